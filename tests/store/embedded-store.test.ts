// The embedded store: persistence, idempotence, replacement, atomic writes,
// corrupt files, writes killed half-way, and several writers on one file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTextArticle } from '../../src/document/text-article.js';
import { extractDocument } from '../../src/extract/extract.js';
import { toRows } from '../../src/graph/rows.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { withFileLock } from '../../src/store/embedded/file-lock.js';
import { StoreError } from '../../src/store/store.js';
import { syntheticRows } from './fixtures/synthetic-rows.js';

const ROOT = path.join(import.meta.dirname, '../..');

const SEED = fs.readFileSync(path.join(import.meta.dirname, '../../data/articles/00-seed-russia-japan.txt'), 'utf8');
const rows = (text: string, id = 'seed') => toRows(extractDocument(parseTextArticle(text, id)));

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-store-')), 'graph.json');
}

describe('EmbeddedStore', () => {
  it('persists the graph to its file and reads it back', async () => {
    const file = tempFile();
    const a = new EmbeddedStore(file);
    expect((await a.ingest(rows(SEED))).status).toBe('created');
    const counts = await a.counts();
    await a.close();
    expect(fs.existsSync(file)).toBe(true);
    const b = new EmbeddedStore(file);
    expect(await b.counts()).toEqual(counts);
    expect(counts.documents).toBe(1);
    expect(counts.nodes.Country).toBe(4);
    expect(counts.edges.URGES).toBe(4);
  });

  it('changes nothing when the same document comes twice', async () => {
    const store = new EmbeddedStore(tempFile());
    await store.ingest(rows(SEED));
    const once = await store.counts();
    expect((await store.ingest(rows(SEED))).status).toBe('unchanged');
    expect(await store.counts()).toEqual(once);
  });

  it('replaces the old version of a document that changed', async () => {
    const store = new EmbeddedStore(tempFile());
    await store.ingest(rows('title: A\n\nMexico condemned the raid. Chile urged restraint.', 'doc'));
    const out = await store.ingest(rows('title: A\n\nMexico condemned the raid.', 'doc'));
    expect(out.status).toBe('replaced');
    const counts = await store.counts();
    expect(counts.documents).toBe(1);
    expect(counts.edges.URGES ?? 0).toBe(0);
    expect(counts.edges.CONDEMNS).toBe(1);
  });

  it('never leaves a temporary file behind, and reset empties the file', async () => {
    const file = tempFile();
    const store = new EmbeddedStore(file);
    await store.ingest(rows(SEED));
    await store.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['graph.json']);
    await store.reset();
    expect((await new EmbeddedStore(file).counts()).documents).toBe(0);
  });

  it.each([
    ['half a JSON document', '{"nodes": [{"key": "a"'],
    ['random bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff])],
    ['JSON that is not a graph', '{"hello": "world"}'],
    ['a JSON array', '[1, 2, 3]'],
    ['null', 'null'],
    ['edges to missing nodes', JSON.stringify({ options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [], edges: [{ key: 'e', source: 'a', target: 'b' }] })],
  ])('reports %s with its path and leaves the file as it was', (_, content) => {
    const file = tempFile();
    fs.writeFileSync(file, content);
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      new EmbeddedStore(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/not a dipgraph graph .*Move it aside/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps the previous graph whole when a writer is killed in the middle of saving', async () => {
    const file = tempFile();
    const base = new EmbeddedStore(file);
    for (let i = 0; i < 40; i++) await base.ingest(syntheticRows(`base-${i}`));
    await base.close();
    // node itself, not the tsx wrapper: the pid killed must be the writer's.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/save-forever.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let saves = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      saves += chunk.toString().split('\n').filter((l) => l.startsWith('saved')).length;
    });
    // Kill it while its temporary file is being written, after a few whole saves.
    const tmp = `${file}.${child.pid}.tmp`;
    while ((saves < 2 || !fs.existsSync(tmp)) && child.exitCode === null) await new Promise((r) => setImmediate(r));
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const after = new EmbeddedStore(file);
    const documents = (await after.counts()).documents;
    expect(documents).toBeGreaterThanOrEqual(40 + saves);
    expect(documents).toBeLessThanOrEqual(40 + saves + 1);
    // The next save clears what the killed writer left.
    await after.ingest(syntheticRows('after-kill'));
    await after.close();
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['graph.json']);
    expect((await new EmbeddedStore(file).counts()).documents).toBe(documents + 1);
  });

  it('merges the documents of two stores writing one file, never losing either', async () => {
    const file = tempFile();
    const a = new EmbeddedStore(file);
    const b = new EmbeddedStore(file);
    await a.ingest(syntheticRows('from-a', 5));
    await b.ingest(syntheticRows('from-b', 5));
    await a.ingest(syntheticRows('shared', 5));
    await b.ingest(syntheticRows('shared', 5));
    await Promise.all([a.close(), b.close()]);
    const counts = await new EmbeddedStore(file).counts();
    expect(counts.documents).toBe(3);
    expect(counts.edges.URGES).toBe(15);
    // A reader sees what another writer saved since it opened the file.
    const reader = new EmbeddedStore(file);
    const writer = new EmbeddedStore(file);
    await writer.ingest(syntheticRows('later', 5));
    await writer.close();
    expect((await reader.counts()).documents).toBe(4);
  });

  it('waits for a live lock, names its holder when it gives up, and breaks a dead holder\'s lock', async () => {
    const file = tempFile();
    const lock = `${file}.lock`;
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'now', nonce: 'x' }));
    await expect(withFileLock(file, () => 'got it', { waitMs: 200 })).rejects.toThrow(
      new RegExp(`being written by process ${process.pid} .*delete ${lock.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(fs.existsSync(lock)).toBe(true);
    // A pid that cannot be running: the lock is stale, broken, and released after use.
    fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 1, host: os.hostname(), since: 'then', nonce: 'y' }));
    expect(await withFileLock(file, () => 'got it', { waitMs: 200 })).toBe('got it');
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });
});
