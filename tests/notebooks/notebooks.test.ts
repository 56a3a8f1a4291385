// Every notebook in notebooks/ runs headless, top to bottom, in the tslab kernel
// under Debian's Jupyter (jupyter nbconvert --execute): a cell that throws fails
// the run, and so this test. Needs what .ci/run installs (see README, Notebooks).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../export/corpus-store.js';

const NOTEBOOKS = path.join(ROOT, 'notebooks');
const notebooks = fs.readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();
// tslab must be on PATH for its kernel spec; the notebooks build their own embedded graph.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));
env.PATH = `${path.join(NOTEBOOKS, 'node_modules/.bin')}:${process.env.PATH}`;

interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: { output_type: string; text?: string | string[]; ename?: string; evalue?: string }[];
}

let out: string;

function execute(file: string) {
  return spawnSync('jupyter', ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=600', '--output-dir', out, file], {
    cwd: NOTEBOOKS, env, encoding: 'utf8', timeout: 900_000,
  });
}

beforeAll(() => {
  const missing = [
    spawnSync('jupyter', ['nbconvert', '--version'], { env }).status !== 0 && 'jupyter nbconvert (apt-get install jupyter-nbconvert python3-ipykernel python3-nbclient)',
    !fs.existsSync(path.join(NOTEBOOKS, 'node_modules/.bin/tslab')) && 'tslab (cd notebooks && npm ci && npx tslab install --python /usr/bin/python3)',
  ].filter(Boolean);
  if (missing.length) throw new Error(`the notebooks need ${missing.join(' and ')}; .ci/run installs both`);
  // The notebooks import 'dipgraph', i.e. the client compiled to dist/.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit', timeout: 600_000 });
  out = tempDir('notebooks');
}, 700_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

test('there are at least two notebooks', () => {
  expect(notebooks.length).toBeGreaterThanOrEqual(2);
});

test.each(notebooks)('%s runs headless, every cell, without an error', (file) => {
  const run = execute(file);
  expect(run.stderr).not.toMatch(/CellExecutionError/);
  expect(run.status).toBe(0);
  const cells = (JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as { cells: Cell[] }).cells.filter((c) => c.cell_type === 'code');
  // tslab leaves execution counts empty: that every cell ran shows in its outputs (all but the closing one have some).
  const silent = cells.filter((c) => !c.outputs?.length).map((c) => [c.source].flat().join('').trim());
  expect(silent).toEqual(['await g.close();']);
  expect(cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
  // The first cell ingests data/articles: all of them.
  const printed = (cells[0]!.outputs ?? []).filter((o) => o.output_type === 'stream').map((o) => [o.text ?? ''].flat().join('')).join('');
  expect(printed).toMatch(new RegExp(`^${fs.readdirSync(path.join(ROOT, 'data/articles')).length} articles`));
}, 900_000);

test('a cell that throws fails the run', () => {
  const file = path.join(out, 'failing.ipynb');
  fs.writeFileSync(file, JSON.stringify({
    cells: [{ cell_type: 'code', id: 'fails', execution_count: null, metadata: {}, outputs: [], source: ["throw new Error('this cell fails');"] }],
    metadata: { kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' } },
    nbformat: 4,
    nbformat_minor: 5,
  }));
  const run = spawnSync('jupyter', ['nbconvert', '--to', 'notebook', '--execute', '--output', 'failed', file], { cwd: out, env, encoding: 'utf8', timeout: 900_000 });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/this cell fails/);
}, 900_000);
