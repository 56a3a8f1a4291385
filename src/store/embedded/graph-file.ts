// Persistence of the embedded graph: graphology's serialized JSON in one file,
// written to a temporary file and renamed so a crash never leaves half a graph.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { StoreError } from '../store.js';

export type DipGraph = InstanceType<typeof Graph.MultiDirectedGraph>;

export function emptyGraph(): DipGraph {
  return new Graph.MultiDirectedGraph({ allowSelfLoops: true });
}

export function loadGraph(file: string): DipGraph {
  const graph = emptyGraph();
  if (!fs.existsSync(file)) return graph;
  let data: SerializedGraph;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as SerializedGraph;
  } catch (err) {
    throw new StoreError(
      `the graph file ${file} is not readable JSON (${(err as Error).message}); move it aside or run \`dipgraph reset --yes\``,
      { cause: err },
    );
  }
  graph.import(data);
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
