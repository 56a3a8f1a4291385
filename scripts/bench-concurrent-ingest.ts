// Several `dipgraph ingest` processes writing one embedded store at once: how
// many documents the store holds afterwards, against how many were ingested.
// Prints numbers; asserts nothing.
//   npm run bench:concurrent-ingest [-- --processes=2 --per=500]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.js';
import { writeArticleVariants } from './article-variants.js';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const processes = arg('processes', 2);
const per = arg('per', 500);
const ROOT = path.join(import.meta.dirname, '..');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));

function ingest(dir: string, store: string): Promise<{ code: number | null; summary: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'ingest', dir, '--store', store], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.resume();
    child.on('close', (code) => resolve({ code, summary: out.trim().split('\n').pop() ?? '' }));
  });
}

async function run(label: string, dirs: string[], store: string, expected: number): Promise<void> {
  const t0 = performance.now();
  const results = await Promise.all(dirs.map((d) => ingest(d, store)));
  const seconds = (performance.now() - t0) / 1000;
  for (const [i, r] of results.entries()) console.log(`  process ${i + 1}: exit ${r.code}; ${r.summary.replace(/ → .*/, '')}`);
  const counts = await new EmbeddedStore(store).counts();
  console.log(`${label}: ${counts.documents} documents in the store, ${expected} expected, in ${seconds.toFixed(1)} s wall`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-bench-concurrent-'));
try {
  const dirs = Array.from({ length: processes }, (_, i) => {
    const dir = path.join(tmp, `part-${i + 1}`);
    writeArticleVariants(dir, per, `p${i + 1}`);
    return dir;
  });
  console.log(`${processes} concurrent \`dipgraph ingest\` processes × ${per} articles, one embedded store:`);
  await run('disjoint documents', dirs, path.join(tmp, 'disjoint.json'), processes * per);
  await run('the same documents', dirs.map(() => dirs[0]!), path.join(tmp, 'same.json'), per);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
