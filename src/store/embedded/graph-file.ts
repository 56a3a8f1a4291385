// Persistence of the embedded graph: graphology's serialized JSON in one file,
// written to a temporary file and renamed so a crash never leaves half a graph.
// A file that is not a graph is reported with its path and never overwritten.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { StoreError } from '../store.js';

export type DipGraph = InstanceType<typeof Graph.MultiDirectedGraph>;

export function emptyGraph(): DipGraph {
  return new Graph.MultiDirectedGraph({ allowSelfLoops: true });
}

/** Which write of the file is on disk: every save renames a new file into place. */
export interface FileVersion {
  ino: number;
  mtimeMs: number;
  size: number;
}

export function versionOf(file: string): FileVersion | undefined {
  try {
    const { ino, mtimeMs, size } = fs.statSync(file);
    return { ino, mtimeMs, size };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export function sameVersion(a: FileVersion | undefined, b: FileVersion | undefined): boolean {
  return a?.ino === b?.ino && a?.mtimeMs === b?.mtimeMs && a?.size === b?.size;
}

function corrupt(file: string, why: string, cause?: unknown): StoreError {
  return new StoreError(
    `the graph file ${file} is not a dipgraph graph (${why}); it was left as it is. Move it aside (mv ${file} ${file}.broken) and ingest again, or point --store elsewhere`,
    { cause },
  );
}

export function loadGraph(file: string): DipGraph {
  const graph = emptyGraph();
  if (!fs.existsSync(file)) return graph;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw corrupt(file, `not readable JSON: ${(err as Error).message}`, err);
  }
  const shape = data as Partial<SerializedGraph> | null;
  if (typeof shape !== 'object' || shape === null || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) {
    throw corrupt(file, 'JSON without the nodes and edges of a serialized graph');
  }
  try {
    graph.import(shape as SerializedGraph);
  } catch (err) {
    throw corrupt(file, (err as Error).message, err);
  }
  return graph;
}

export function saveGraph(graph: DipGraph, file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(graph.export()));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** Temporary files of writers killed mid-save; only safe to call while holding the file's lock. */
export function removeAbandonedTemporaries(file: string): void {
  const dir = path.dirname(path.resolve(file));
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) fs.rmSync(path.join(dir, name), { force: true });
  }
}
