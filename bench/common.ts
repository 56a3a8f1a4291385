// What every bench script shares: flags, the synthetic corpus as store rows,
// percentiles, the machine and commit, and where results go.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTextArticle } from '../src/document/text-article.js';
import { extractDocument } from '../src/extract/extract.js';
import { toRows, type DocumentRows } from '../src/graph/rows.js';
import { syntheticArticles } from './synthetic-articles.js';

export const BENCH_DIR = import.meta.dirname;
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
/** Raw output (profiles, store files): git-ignored. */
export const RAW_DIR = path.join(RESULTS_DIR, 'raw');

export function flag(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

export function numberFlag(name: string, fallback: number): number {
  const value = Number(flag(name, String(fallback)));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

/** Synthetic documents extracted into store rows, `size` at a time, so 100k documents never sit in memory at once. */
export function* syntheticRows(count: number, seed: number, size: number): Generator<DocumentRows[]> {
  let batch: DocumentRows[] = [];
  for (const article of syntheticArticles(count, seed)) {
    batch.push(toRows(extractDocument(parseTextArticle(article.text, article.id))));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** CPU seconds a process has used so far (Linux /proc), or null where unknown. */
export function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The pid of the project's local Neo4j serving NEO4J_URI's port (scripts/neo4j.sh's run dir), if this machine runs it. */
export function localNeo4jPid(uri: string | undefined): number | null {
  const port = uri ? new URL(uri).port || '7687' : '7687';
  const root = path.resolve(BENCH_DIR, '..');
  const candidates = [process.env.NEO4J_RUN_DIR, path.join(root, 'neo4j', 'run', `port-${port}`), path.join(root, 'neo4j', 'run')];
  for (const dir of candidates) {
    if (!dir) continue;
    try {
      const info = fs.readFileSync(path.join(dir, 'neo4j.instance'), 'utf8');
      if (!info.split('\n').includes(`port=${port}`)) continue;
      return Number(fs.readFileSync(path.join(dir, 'neo4j.pid'), 'utf8').trim());
    } catch {
      // not this run dir
    }
  }
  return null;
}

export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN, 2);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1] ?? NaN, 2), n: sorted.length };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function mib(bytes: number): number {
  return round(bytes / 1048576, 0);
}

export function machine(): Record<string, unknown> {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH_DIR, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: the figures still stand, without a commit
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory_gib: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    load_average_1_5_15_min: os.loadavg().map((l) => round(l, 2)),
  };
}

export function writeResult(name: string, result: Record<string, unknown>): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...result, machine: machine() }, null, 2)}\n`);
  console.log(`→ ${path.relative(process.cwd(), file)}`);
}
