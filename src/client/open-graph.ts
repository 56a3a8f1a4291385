// Opening a graph for analysis: the embedded file by path, or Neo4j by URI.
import { openStore, DEFAULT_STORE_FILE } from '../store/open-store.js';
import { DipgraphClient } from './client.js';

export interface OpenOptions {
  /** The embedded graph file (default data/store/graph.json). */
  store?: string;
  /** A Neo4j URI (bolt://, neo4j://, neo4j+s:// ...); wins over `store`. */
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
}

const NEO4J_URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//;

/**
 * `openGraph('data/store/graph.json')`, `openGraph('bolt://127.0.0.1:7687')` or
 * `openGraph({ neo4j, user, password, database })`. Close it when done.
 */
export async function openGraph(target: string | OpenOptions = {}): Promise<DipgraphClient> {
  const opts: OpenOptions = typeof target === 'string' ? (NEO4J_URI.test(target) ? { neo4j: target } : { store: target }) : target;
  const store = await openStore({
    file: opts.store ?? DEFAULT_STORE_FILE,
    neo4jUri: opts.neo4j,
    user: opts.user,
    password: opts.password,
    database: opts.database,
  });
  return new DipgraphClient(store);
}
