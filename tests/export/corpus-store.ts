// The repository's own articles (data/articles) in a fresh embedded store:
// the corpus the exports, the client and the notebooks are tested on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';

export const ROOT = path.join(import.meta.dirname, '../..');
export const ARTICLES = path.join(ROOT, 'data/articles');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `dipgraph-${prefix}-`));
}

/** Ingests data/articles into DIR/graph.json and opens it again from the file, so other processes can read it too. */
export async function corpusStore(dir: string): Promise<EmbeddedStore> {
  const file = path.join(dir, 'graph.json');
  const store = new EmbeddedStore(file);
  const summary = await ingestPaths(store, [ARTICLES]);
  await store.close();
  if (summary.documents !== fs.readdirSync(ARTICLES).length) throw new Error(`ingested ${summary.documents} of the articles in ${ARTICLES}`);
  return new EmbeddedStore(file);
}
