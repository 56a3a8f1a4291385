// One embedded store file, used the way analysts do: two ingests at once lose
// nothing and duplicate nothing; a missing or corrupt store is said to be so.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeArticleVariants } from '../../scripts/article-variants.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';

const ROOT = path.join(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'src/cli/main.ts');
// The embedded store: the Neo4j set up for other suites must not leak in.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && k !== 'DIPGRAPH_STORE'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-cli-safety-'));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function dipgraph(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dipgraphAsync(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('one store file, several processes', () => {
  const half = 40;
  const a = path.join(tmp, 'half-a');
  const b = path.join(tmp, 'half-b');
  beforeAll(() => {
    writeArticleVariants(a, half, 'a');
    writeArticleVariants(b, half, 'b');
  });

  it('two ingests of disjoint halves at once keep every document', async () => {
    const store = path.join(tmp, 'disjoint.json');
    const [ra, rb] = await Promise.all([dipgraphAsync('ingest', a, '--store', store), dipgraphAsync('ingest', b, '--store', store)]);
    for (const r of [ra, rb]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`ingested ${half} document\\(s\\) \\(${half} new`));
    }
    expect((await new EmbeddedStore(store).counts()).documents).toBe(2 * half);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('disjoint.json'))).toEqual(['disjoint.json']);
  });

  it('two ingests of the same documents at once store each once', async () => {
    const alone = path.join(tmp, 'alone.json');
    expect(dipgraph('ingest', a, '--store', alone).code).toBe(0);
    const store = path.join(tmp, 'same.json');
    const runs = await Promise.all([dipgraphAsync('ingest', a, '--store', store), dipgraphAsync('ingest', a, '--store', store)]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    // Same counts of every node and edge type as one ingest alone: nothing doubled, nothing lost.
    expect(await new EmbeddedStore(store).counts()).toEqual(await new EmbeddedStore(alone).counts());
    expect((await new EmbeddedStore(store).counts()).documents).toBe(half);
  });
});

describe('missing and corrupt stores', () => {
  it('ask on a store file that does not exist says so and how to create it', () => {
    const missing = path.join(tmp, 'nowhere', 'graph.json');
    for (const args of [['ask', 'who urged restraint?'], ['query', 'stance', '--param', 'object=India'], ['export']]) {
      const r = dipgraph(...args, '--store', missing);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`there is no graph at ${missing}`);
      expect(r.stderr).toMatch(/create it with `dipgraph ingest data\/articles --store /);
    }
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('ingest into a corrupt store stops with its path and leaves it untouched', () => {
    const store = path.join(tmp, 'corrupt.json');
    fs.writeFileSync(store, '{"nodes": [ truncated');
    const r = dipgraph('ingest', path.join(ROOT, 'data/articles/00-seed-russia-japan.txt'), '--store', store);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the graph file ${store} is not a dipgraph graph`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(store, 'utf8')).toBe('{"nodes": [ truncated');
  });
});
