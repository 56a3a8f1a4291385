// The embedded store: persistence, idempotence, replacement, atomic writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../src/extract/extract.js';
import { toRows } from '../../src/graph/rows.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { StoreError } from '../../src/store/store.js';

const SEED = fs.readFileSync(path.join(import.meta.dirname, '../../data/articles/00-seed-russia-japan.txt'), 'utf8');
const rows = (text: string, id = 'seed') => toRows(extractDocument(text, { id }));

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

  it('says what to do when the file is not a graph', () => {
    const file = tempFile();
    fs.writeFileSync(file, '{ not json');
    expect(() => new EmbeddedStore(file)).toThrow(StoreError);
    expect(() => new EmbeddedStore(file)).toThrow(/reset --yes/);
  });
});
