// The import graph of src/ (madge), type imports included, checked for cycles
// between its folders: a stage imports the stages below it, never the reverse
// (store does not import query, mentions does not import entities). Exits 1
// naming each cycle and one import that closes it. Run by npm test.
import madge from 'madge';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..');
// The explorer is a browser app with its own tsconfig; it imports nothing of the rest.
const result = await madge(path.join(ROOT, 'src'), { fileExtensions: ['ts'], tsConfig: path.join(ROOT, 'tsconfig.json'), excludeRegExp: [/^explorer\//] });

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '.');
/** folder -> imported folder -> one import that makes the link, for the message. */
const links = new Map<string, Map<string, string>>();
for (const [file, imports] of Object.entries(result.obj())) {
  for (const imported of imports) {
    const from = folderOf(file);
    const to = folderOf(imported);
    if (from === to) continue;
    if (!links.has(from)) links.set(from, new Map());
    if (!links.get(from)!.has(to)) links.get(from)!.set(to, `${file} -> ${imported}`);
  }
}

// Depth-first search for a path back to where it started, from every folder.
const cycles = new Set<string>();
const found: string[][] = [];
for (const start of [...links.keys()].sort()) {
  const walk = (folder: string, trail: string[]): void => {
    for (const next of [...(links.get(folder)?.keys() ?? [])].sort()) {
      if (next === start) {
        const cycle = [...trail, start];
        const key = [...cycle.slice(0, -1)].sort().join(',');
        if (!cycles.has(key)) {
          cycles.add(key);
          found.push(cycle);
        }
      } else if (!trail.includes(next) && next > start) walk(next, [...trail, next]);
    }
  };
  walk(start, [start]);
}

if (found.length === 0) {
  console.log(`import cycles: none between the ${links.size} folders of src/`);
} else {
  for (const cycle of found) {
    console.error(`import cycle: ${cycle.join(' -> ')}`);
    for (let i = 0; i + 1 < cycle.length; i++) console.error(`  ${links.get(cycle[i]!)!.get(cycle[i + 1]!)}`);
  }
  process.exit(1);
}
