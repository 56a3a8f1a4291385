// The suites that use the shared Neo4j at NEO4J_URI each reset it, so they take
// turns: a suite holds this lock (a directory naming its pid, created
// exclusively) from its first test to its last. A dead holder's lock is broken.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lockDir = () => path.join(os.tmpdir(), `dipgraph-neo4j-${new URL(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687').port || '7687'}.lock`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the shared Neo4j to be free and takes it; returns the release. */
export async function takeSharedNeo4j(): Promise<() => void> {
  const dir = lockDir();
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => fs.rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(path.join(dir, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      if (holder && !alive(holder)) fs.rmSync(dir, { recursive: true, force: true });
      else await sleep(500);
    }
  }
}

/** Jest hooks around a suite: wait for the shared Neo4j (as long as the other suite needs), free it at the end. */
export function useSharedNeo4j(): void {
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await takeSharedNeo4j();
  }, 30 * 60_000);
  afterAll(() => release?.());
}
