// Jest globalTeardown: stop the local Neo4j only if neo4j-global-setup.ts started it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const STARTED_ENV = 'DIPGRAPH_NEO4J_STARTED_BY_JEST'; // same name as in neo4j-global-setup.ts

export default async function globalTeardown(): Promise<void> {
  const started = process.env[STARTED_ENV];
  if (!started) return;
  const { root, port, runDir } = JSON.parse(started) as { root: string; port: string; runDir: string };
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PORT: port };
  if (runDir) env.NEO4J_RUN_DIR = runDir;
  execFileSync('bash', [path.join(root, 'scripts', 'neo4j.sh'), 'stop'], { cwd: root, env, stdio: 'inherit', timeout: 120_000 });
  delete process.env[STARTED_ENV];
}
