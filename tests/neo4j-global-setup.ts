// Jest globalSetup: make sure a Neo4j answers at NEO4J_URI (default bolt://127.0.0.1:7687).
// If one already does (npm run neo4j:start, Docker, Desktop, Aura), use it; otherwise start the
// project's local server (scripts/neo4j.sh) and note that we did, so that the teardown stops only
// what this setup started. DIPGRAPH_NEO4J=skip turns all of this off.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { auth, driver as neo4jDriver } from 'neo4j-driver';

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
/** Set (as JSON) when this setup started the server; read by neo4j-global-teardown.ts. */
export const STARTED_ENV = 'DIPGRAPH_NEO4J_STARTED_BY_JEST';

/** true if a Neo4j answers, false if nothing listens; throws if it answers but refuses us. */
async function reachable(uri: string): Promise<boolean> {
  const { NEO4J_USER: user, NEO4J_PASSWORD: password } = process.env;
  // No token means scheme "none" (auth.none() exists at runtime but not in neo4j-driver 6.3's typings).
  const token = user ? auth.basic(user, password ?? '') : undefined;
  const driver = neo4jDriver(uri, token, { connectionTimeout: 5000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ServiceUnavailable') return false;
    throw new Error(`Neo4j at ${uri} answered but refused the connection: ${(error as Error).message}`);
  } finally {
    await driver.close();
  }
}

export default async function globalSetup(_globalConfig: unknown, projectConfig?: { rootDir?: string }): Promise<void> {
  if (process.env.DIPGRAPH_NEO4J === 'skip') return;
  const uri = process.env.NEO4J_URI || DEFAULT_NEO4J_URI;
  process.env.NEO4J_URI = uri;
  if (await reachable(uri)) return;

  const url = new URL(uri);
  if (!['127.0.0.1', 'localhost'].includes(url.hostname)) {
    throw new Error(`No Neo4j answers at ${uri}; only a local one (127.0.0.1) can be started here.`);
  }
  const root = projectConfig?.rootDir ?? process.cwd();
  const port = url.port || '7687';
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PORT: port };
  // Another port gets its own pid file and data, apart from the developer's server in neo4j/run.
  if (port !== '7687' && !env.NEO4J_RUN_DIR) env.NEO4J_RUN_DIR = path.join(root, 'neo4j', 'run', `port-${port}`);

  execFileSync('bash', [path.join(root, 'scripts', 'neo4j.sh'), 'start'], { cwd: root, env, stdio: 'inherit', timeout: 300_000 });
  process.env[STARTED_ENV] = JSON.stringify({ root, port, runDir: env.NEO4J_RUN_DIR ?? '' });
  if (!(await reachable(uri))) throw new Error(`Started Neo4j, but ${uri} does not answer.`);
}
