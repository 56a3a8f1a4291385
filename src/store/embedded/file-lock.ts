// One writer at a time per graph file, across processes: FILE.lock is created
// exclusively and names its holder. A holder that died (its pid is gone on this
// host) leaves a stale lock, which the next writer breaks; a live one is waited for.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../store.js';

export interface LockOptions {
  /** How long to wait for another writer before giving up with a message. */
  waitMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
  /** Makes each lock's text unique, which is how a lock is told from its successor (inodes get reused). */
  nonce: string;
}

// A writer holds the lock only while it merges and saves, so waits are short;
// one that outlasts this is stuck, and the person at the terminal should know.
const DEFAULT_WAIT_MS = 120_000;
// A lock file still empty after this long was left by a creator that died before writing its name.
const UNNAMED_STALE_MS = 10_000;

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

export async function withFileLock<T>(file: string, work: () => T, options: LockOptions = {}): Promise<T> {
  const lock = lockPathOf(file);
  fs.mkdirSync(path.dirname(path.resolve(lock)), { recursive: true });
  const mine = await acquire(file, lock, options.waitMs ?? DEFAULT_WAIT_MS);
  try {
    return work();
  } finally {
    release(lock, mine);
  }
}

/** Returns the text of the lock it created. */
async function acquire(file: string, lock: string, waitMs: number): Promise<string> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const mine = tryCreate(lock);
    if (mine !== undefined) return mine;
    const seen = inspect(lock);
    if (seen === undefined) continue;
    if (seen.stale) {
      breakStale(lock, seen.text);
      continue;
    }
    if (Date.now() - started > waitMs) {
      const who = seen.holder ? `process ${seen.holder.pid} on ${seen.holder.host} (since ${seen.holder.since})` : 'another process';
      throw new StoreError(
        `the store ${file} is being written by ${who}; wait for it to finish, or, if no dipgraph process is running, delete ${lock}`,
      );
    }
    await sleep(Math.min(5 * 2 ** Math.min(attempt, 5), 100) + Math.random() * 10);
  }
}

function tryCreate(lock: string): string | undefined {
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new StoreError(`cannot create the lock file ${lock} (${(err as Error).message}); is its folder writable?`, { cause: err });
  }
  try {
    const holder: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), nonce: randomUUID() };
    const text = JSON.stringify(holder);
    fs.writeSync(fd, text);
    return text;
  } finally {
    fs.closeSync(fd);
  }
}

/** The current lock's text and whether its holder is gone; undefined when it vanished meanwhile. */
function inspect(lock: string): { text: string; holder?: Holder; stale: boolean } | undefined {
  let stat: fs.Stats;
  let text: string;
  try {
    stat = fs.statSync(lock);
    text = fs.readFileSync(lock, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let holder: Holder | undefined;
  try {
    holder = JSON.parse(text) as Holder;
  } catch {
    return { text, stale: Date.now() - stat.mtimeMs > UNNAMED_STALE_MS };
  }
  // A holder on another host cannot be checked; it is waited for.
  const stale = holder.host === os.hostname() && !alive(holder.pid);
  return { text, holder, stale };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves the stale lock aside under a name of our own, so that of two writers
 * breaking it at once only one succeeds; if what was moved is not the stale lock
 * (a live writer took the path meanwhile), it is put back.
 */
function breakStale(lock: string, staleText: string): void {
  const aside = `${lock}.broken-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs.renameSync(lock, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (fs.readFileSync(aside, 'utf8') !== staleText) {
    try {
      fs.linkSync(aside, lock);
    } catch {
      // Someone else holds the path now; the moved lock's owner will find it gone at release.
    }
  }
  fs.rmSync(aside, { force: true });
}

function release(lock: string, mine: string): void {
  try {
    // Only our own lock: a writer that outlived its lock must not remove the next one's.
    if (fs.readFileSync(lock, 'utf8') === mine) fs.unlinkSync(lock);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
