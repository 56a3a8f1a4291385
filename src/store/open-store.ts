// Picks the store: Neo4j when a URI is given (flag or NEO4J_URI), else the
// embedded graph file.
import fs from 'node:fs';
import path from 'node:path';
import { EmbeddedStore } from './embedded/embedded-store.js';
import { StoreError, type GraphStore } from './store.js';

export const DEFAULT_STORE_FILE = path.join('data', 'store', 'graph.json');

export interface StoreSelection {
  /** Path of the embedded graph file. */
  file?: string;
  /** Bolt/neo4j URI; wins over `file`. */
  neo4jUri?: string;
  user?: string;
  password?: string;
  database?: string;
}

export function selectionFromEnv(flags: { store?: string; neo4j?: string }, env: NodeJS.ProcessEnv = process.env): StoreSelection {
  const neo4jUri = flags.neo4j ?? (env.NEO4J_URI || undefined);
  return {
    file: flags.store ?? env.DIPGRAPH_STORE ?? DEFAULT_STORE_FILE,
    neo4jUri,
    user: env.NEO4J_USER || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
}

export interface OpenOptions {
  /** For commands that only read: a missing graph file is an error, not an empty graph. */
  mustExist?: boolean;
}

export async function openStore(selection: StoreSelection, { mustExist = false }: OpenOptions = {}): Promise<GraphStore> {
  if (selection.neo4jUri) {
    const { connectNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return connectNeo4jStore({
      uri: selection.neo4jUri,
      user: selection.user,
      password: selection.password,
      database: selection.database,
    });
  }
  const file = selection.file ?? DEFAULT_STORE_FILE;
  if (mustExist && !fs.existsSync(file)) {
    throw new StoreError(`there is no graph at ${file}: create it with \`dipgraph ingest data/articles --store ${file}\`, or name an existing one with --store (or DIPGRAPH_STORE)`);
  }
  return new EmbeddedStore(file);
}
