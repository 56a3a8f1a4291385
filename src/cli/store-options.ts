// The store flags shared by every command that touches a store.
import type { OptionSpec } from './command.js';
import { openStore, selectionFromEnv, type OpenOptions } from '../store/open-store.js';
import type { GraphStore } from '../store/store.js';

export const STORE_OPTIONS: OptionSpec = {
  store: { type: 'string' },
  neo4j: { type: 'string' },
};

export const STORE_HELP = `Store:
  --store PATH     embedded graph file (default data/store/graph.json, or DIPGRAPH_STORE)
  --neo4j URI      use Neo4j instead (or NEO4J_URI; NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)`;

export function openStoreFromFlags(values: Record<string, unknown>, options?: OpenOptions): Promise<GraphStore> {
  return openStore(selectionFromEnv({ store: values.store as string | undefined, neo4j: values.neo4j as string | undefined }), options);
}
