// Opening the stores the suites compare: a fresh embedded file, and the Neo4j
// at NEO4J_URI (set by jest's globalSetup, or by hand).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toRows } from '../../src/graph/rows.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { connectNeo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/store/store.js';
import { goldFiles, goldFragment } from './gold-fragment.js';

const tempDirs: string[] = [];

export function embeddedStore(): EmbeddedStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-test-'));
  tempDirs.push(dir);
  return new EmbeddedStore(path.join(dir, 'graph.json'));
}

/** Call after closing the stores: removes the files embeddedStore() made. */
export function removeTempStores(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export async function neo4jStore(uri = process.env.NEO4J_URI): Promise<GraphStore> {
  if (!uri) throw new Error('NEO4J_URI is not set: start a server (npm run neo4j:start) and export NEO4J_URI=bolt://127.0.0.1:7687, or run jest with its globalSetup');
  return connectNeo4jStore({ uri, user: process.env.NEO4J_USER || undefined, password: process.env.NEO4J_PASSWORD || undefined, database: process.env.NEO4J_DATABASE || undefined });
}

export async function ingestGold(store: GraphStore): Promise<void> {
  for (const f of goldFiles()) await store.ingest(toRows(goldFragment(f)));
}
