// Validates data/actors/officeholders.json and prints counts by role and by body.
// Run: npx tsx scripts/check-actor-data.ts [path]   (exit code 1 when a problem is found)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROLES = ['head', 'minister', 'spokesperson', 'diplomat', 'military', 'official', 'un'] as const;
const FOR_TYPES = ['Country', 'Organization'] as const;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const ENTRY_KEYS = ['name', 'aliases', 'office', 'role', 'for', 'forType', 'from', 'to', 'source'];

interface Entry {
  name: string;
  aliases: string[];
  office: string;
  role: string;
  for: string;
  forType: string;
  from: string;
  to: string | null;
  source: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? path.join(here, '..', 'data', 'actors', 'officeholders.json');
const problems: string[] = [];
const problem = (where: string, what: string): void => {
  problems.push(`${where}: ${what}`);
};

function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() === v && v.length > 0;

const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
if (typeof raw !== 'object' || raw === null) throw new Error('top level is not an object');
const doc = raw as Record<string, unknown>;
if (!isText(doc.about)) problem('about', 'missing or empty');
const sources = doc.sources;
if (typeof sources !== 'object' || sources === null || Array.isArray(sources)) problem('sources', 'not an object');
const sourceKeys = new Set(Object.keys((sources as Record<string, unknown>) ?? {}));
for (const [k, v] of Object.entries((sources as Record<string, unknown>) ?? {})) {
  if (!isText(v)) problem(`sources.${k}`, 'description missing');
}
if (!Array.isArray(doc.entries)) throw new Error('entries is not an array');
const entries = doc.entries as unknown[];
const usedSources = new Set<string>();
const valid: Entry[] = [];
const mononyms: string[] = [];

entries.forEach((x, i) => {
  const at = `entries[${i}]`;
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return problem(at, 'not an object');
  const e = x as Record<string, unknown>;
  const where = `${at} (${String(e.name)}, ${String(e.for)})`;
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.includes(k)) problem(where, `unknown key "${k}"`);
  for (const k of ['name', 'office', 'for', 'source'] as const) if (!isText(e[k])) problem(where, `${k} missing, empty or padded`);
  if (!ROLES.includes(e.role as (typeof ROLES)[number])) problem(where, `unknown role "${String(e.role)}"`);
  if (!FOR_TYPES.includes(e.forType as (typeof FOR_TYPES)[number])) problem(where, `unknown forType "${String(e.forType)}"`);
  if (!isIsoDate(e.from)) problem(where, `from "${String(e.from)}" is not an ISO date`);
  if (e.to !== null && !isIsoDate(e.to)) problem(where, `to "${String(e.to)}" is neither null nor an ISO date`);
  if (isIsoDate(e.from) && isIsoDate(e.to) && e.from > e.to) problem(where, `from ${e.from} is after to ${e.to}`);
  if (isIsoDate(e.from) && e.from > '2026-12-31') problem(where, `from ${e.from} is after the covered period`);
  if (isIsoDate(e.to) && e.to < '2017-01-01') problem(where, `to ${e.to} is before the covered period`);
  if (typeof e.source === 'string') {
    usedSources.add(e.source);
    if (!sourceKeys.has(e.source)) problem(where, `source "${e.source}" is not defined in sources`);
  }
  if (!Array.isArray(e.aliases)) problem(where, 'aliases is not an array');
  else {
    const seen = new Set<string>();
    for (const a of e.aliases as unknown[]) {
      if (!isText(a)) { problem(where, `alias ${JSON.stringify(a)} empty or not a string`); continue; }
      if (a === e.name) problem(where, `alias "${a}" repeats the name`);
      if (seen.has(a)) problem(where, `alias "${a}" twice`);
      seen.add(a);
      // A surname alone (one word) would match any namesake; full names have at least two words.
      if (!/\s/.test(a)) problem(where, `alias "${a}" is a single word (surname-only aliases are not allowed)`);
    }
  }
  // A one-word name is allowed only for people known by a single name (e.g. Indonesia's Sugiono);
  // they are listed at the end so that a reviewer sees them.
  if (typeof e.name === 'string' && !/\s/.test(e.name)) mononyms.push(`${e.name} (${String(e.for)})`);
  valid.push(e as unknown as Entry);
});

for (const k of sourceKeys) if (!usedSources.has(k)) problem(`sources.${k}`, 'defined but used by no entry');

// The same name (or alias) must not point to two different bodies on the same day.
const END = '9999-12-31';
const byName = new Map<string, Entry[]>();
for (const e of valid) {
  for (const n of new Set([e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])])) {
    if (typeof n !== 'string') continue;
    const key = n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const list = byName.get(key) ?? [];
    list.push(e);
    byName.set(key, list);
  }
}
for (const [n, list] of byName) {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.for === b.for) continue;
      // Touching intervals (one ends the day the other begins) are a hand-over, not an overlap.
      if (a.from < (b.to ?? END) && b.from < (a.to ?? END)) {
        problem(`name "${n}"`, `overlapping dates for different bodies: ${a.for} ${a.from}..${a.to ?? ''} and ${b.for} ${b.from}..${b.to ?? ''}`);
      }
    }
  }
}

// Exact duplicates.
const seenEntries = new Set<string>();
for (const e of valid) {
  const k = `${e.name}|${e.for}|${e.office}|${e.from}`;
  if (seenEntries.has(k)) problem(k, 'duplicate entry');
  seenEntries.add(k);
}

const count = (f: (e: Entry) => string): [string, number][] => {
  const m = new Map<string, number>();
  for (const e of valid) m.set(f(e), (m.get(f(e)) ?? 0) + 1);
  return [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
};
console.log(`${file}: ${entries.length} entries, ${new Set(valid.map((e) => e.name)).size} people, ${sourceKeys.size} sources`);
console.log('by role:', count((e) => e.role).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('by forType:', count((e) => e.forType).map(([k, n]) => `${k} ${n}`).join(', '));
console.log(`by for (${count((e) => e.for).length} bodies):`);
console.log(count((e) => e.for).map(([k, n]) => `  ${k} ${n}`).join('\n'));
console.log(`in office on 2017-01-01: ${valid.filter((e) => e.from <= '2017-01-01' && (e.to ?? END) >= '2017-01-01').length}; open-ended (to null): ${valid.filter((e) => e.to === null).length}`);
if (mononyms.length) console.log(`one-word names (mononyms, check by hand): ${mononyms.join(', ')}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('OK: no problems found');
