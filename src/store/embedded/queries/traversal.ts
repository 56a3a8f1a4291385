// Walks over the graph: neighbourhoods, shortest paths and the roll-up of
// speakers to their countries, mirroring the Cypher files step for step.
import type { DipGraph } from '../graph-file.js';
import type { QueryParams } from '../../store.js';
import type { Hit, PathHit, RollupRow } from '../../query-rows.js';
import { documentsById, hitOf, refOf } from './view.js';

const UP = new Set(['REPRESENTS', 'PART_OF']);
/** Longest REPRESENTS/PART_OF chain followed, as `*0..6` in rollup.cypher. */
const MAX_UP = 6;
/** Longest path searched, as `*..6` in path.cypher. */
const MAX_PATH = 6;

function passes(graph: DipGraph, edge: string, types: string[] | null): boolean {
  const type = graph.getEdgeAttribute(edge, 'type') as string;
  return type !== 'MENTIONS' && (types == null || types.includes(type));
}

/** The focus nodes, everything within `depth` edges, and the edges among them. */
export function neighbourhood(graph: DipGraph, p: QueryParams): Hit[] {
  const types = p.types as string[] | null;
  const reached = new Set((p.focus as string[]).filter((k) => graph.hasNode(k)));
  let frontier = [...reached];
  for (let d = 0; d < (p.depth as number); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const other = source === node ? target : source;
        if (passes(graph, edge, types) && !reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const docs = documentsById(graph);
  return graph.filterEdges((edge, _a, source, target) => reached.has(source) && reached.has(target) && passes(graph, edge, types)).map((e) => hitOf(graph, e, docs));
}

/**
 * The shortest undirected path, and among equally short ones the one whose node
 * keys sort first, so both stores pick the same; every edge along each hop.
 */
export function path(graph: DipGraph, p: QueryParams): PathHit[] {
  const from = p.from as string;
  const to = p.to as string;
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return [];
  const dist = new Map([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= MAX_PATH && frontier.length && !dist.has(from); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of neighbours(graph, node)) {
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  if (!dist.has(from)) return [];
  const keys = [from];
  for (let cur = from; cur !== to; ) {
    const left = dist.get(cur)! - 1;
    cur = [...neighbours(graph, cur)].filter((n) => dist.get(n) === left).sort()[0]!;
    keys.push(cur);
  }
  const rows: PathHit[] = [];
  for (let i = 0; i + 1 < keys.length; i++) {
    const x = keys[i]!;
    const y = keys[i + 1]!;
    graph.forEachEdge(x, (_edge, a, source, target) => {
      if (a.type === 'MENTIONS' || (source === x ? target : source) !== y) return;
      rows.push({ step: i, from: refOf(graph, x), to: refOf(graph, y), type: String(a.type), forward: source === x, action: (a.action as string) ?? null, doc: String(a.doc), sentence: String(a.sentence) });
    });
  }
  return rows;
}

function neighbours(graph: DipGraph, node: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (_edge, a, source, target) => {
    if (a.type !== 'MENTIONS') out.add(source === node ? target : source);
  });
  return out;
}

/**
 * What each actor answers as at country level: the nearest Country up its
 * REPRESENTS/PART_OF chains; without one, the top of the longest chain (the
 * UN for its spokesman); without any chain, itself. Ties go to the smaller key.
 */
export function rollup(graph: DipGraph, p: QueryParams): RollupRow[] {
  const rows: RollupRow[] = [];
  for (const key of p.keys as string[]) {
    if (!graph.hasNode(key)) continue;
    let country: [number, string] | null = null;
    let top: [number, string] | null = null;
    walkUp(graph, key, 0, new Set(), (node, len) => {
      if (graph.getNodeAttribute(node, 'type') === 'Country' && (!country || len < country[0] || (len === country[0] && node < country[1]))) country = [len, node];
      const sink = !graph.someOutEdge(node, (_, a) => UP.has(a.type as string));
      if (sink && (!top || len > top[0] || (len === top[0] && node < top[1]))) top = [len, node];
    });
    const chosen = (country as [number, string] | null)?.[1] ?? (top as [number, string] | null)?.[1] ?? key;
    rows.push({ key, to: refOf(graph, chosen) });
  }
  return rows;
}

/** Visits every path of distinct edges up to MAX_UP long, as Cypher's variable-length match does. */
function walkUp(graph: DipGraph, node: string, len: number, used: Set<string>, visit: (node: string, len: number) => void): void {
  visit(node, len);
  if (len === MAX_UP) return;
  graph.forEachOutEdge(node, (edge, a, _s, target) => {
    if (!UP.has(a.type as string) || used.has(edge)) return;
    used.add(edge);
    walkUp(graph, target, len + 1, used, visit);
    used.delete(edge);
  });
}
