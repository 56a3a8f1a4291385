// Graph measures for analysts, on graphology's own implementations: degree and
// betweenness centrality, Louvain communities, and the co-stance network. The
// measures run on a simple undirected weighted view of a graph, since several
// statements between the same two actors are one tie of more weight.
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { StatementRow } from '../export/statement-rows.js';
import { compareStrings } from '../query/shape.js';

// Both packages are CommonJS (module.exports = fn) with typings that say `export default`:
// under NodeNext the default import is that function, which the typings call `.default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

export type WeightedGraph = InstanceType<typeof Graph.UndirectedGraph>;

interface AnyGraph {
  forEachNode(cb: (key: string, attributes: Attributes) => void): void;
  forEachEdge(cb: (key: string, attributes: Attributes, source: string, target: string) => void): void;
}

/**
 * One undirected edge per pair of nodes that any edge links, `weight` = how many
 * edges do; self-loops dropped. `types` keeps only edges of those relation types.
 */
export function collapse(graph: AnyGraph, opts: { types?: string[] } = {}): WeightedGraph {
  const simple = new Graph.UndirectedGraph();
  graph.forEachNode((key, a) => simple.addNode(key, { name: a.name, type: a.type }));
  graph.forEachEdge((_key, a, source, target) => {
    if (source === target || (opts.types && !opts.types.includes(a.type as string))) return;
    simple.updateEdge(source, target, (e) => ({ weight: ((e.weight as number | undefined) ?? 0) + 1 }));
  });
  return simple;
}

export interface CentralityRow {
  key: string;
  name: string;
  type: string;
  /** Distinct neighbours. */
  degree: number;
  /** Edges to them, counted with their weight. */
  weightedDegree: number;
  /** Normalized betweenness (0..1): how often the node lies on shortest paths between others. */
  betweenness: number;
}

/** Degree and betweenness of every node of `graph` (collapsed first), most central first. */
export function centrality(graph: AnyGraph): CentralityRow[] {
  const simple = collapse(graph);
  const between = betweenness(simple, { normalized: true });
  return simple
    .mapNodes((key, a): CentralityRow => ({
      key,
      name: String(a.name ?? key),
      type: String(a.type ?? ''),
      degree: simple.degree(key),
      weightedDegree: simple.reduceEdges(key, (sum, _e, e) => sum + ((e.weight as number | undefined) ?? 1), 0),
      betweenness: between[key] ?? 0,
    }))
    .sort((a, b) => b.betweenness - a.betweenness || b.weightedDegree - a.weightedDegree || compareStrings(a.name, b.name));
}

export interface Community {
  id: number;
  members: { key: string; name: string; type: string }[];
}

export interface CommunityResult {
  /** Largest first; members by name. */
  communities: Community[];
  /** Node key to community id. */
  byNode: Record<string, number>;
  modularity: number;
}

/** A seeded generator, so that Louvain gives the same communities on every run. */
function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Louvain communities of `graph` (collapsed first, weighted); isolated nodes are left out. */
export function communities(graph: AnyGraph, opts: { resolution?: number; seed?: number } = {}): CommunityResult {
  const simple = collapse(graph);
  simple.filterNodes((key) => simple.degree(key) === 0).forEach((key) => simple.dropNode(key));
  if (simple.size === 0) return { communities: [], byNode: {}, modularity: 0 };
  const result = louvain.detailed(simple, { getEdgeWeight: 'weight', resolution: opts.resolution ?? 1, rng: mulberry32(opts.seed ?? 1) });
  const groups = new Map<number, Community['members']>();
  simple.forEachNode((key, a) => {
    const id = result.communities[key]!;
    groups.set(id, [...(groups.get(id) ?? []), { key, name: String(a.name ?? key), type: String(a.type ?? '') }]);
  });
  const ordered = [...groups.values()]
    .map((members) => members.sort((a, b) => compareStrings(a.name, b.name)))
    .sort((a, b) => b.length - a.length || compareStrings(a[0]!.name, b[0]!.name));
  const byNode: Record<string, number> = {};
  ordered.forEach((members, id) => members.forEach((m) => (byNode[m.key] = id)));
  return { communities: ordered.map((members, id) => ({ id, members })), byNode, modularity: result.modularity };
}

export interface CoStanceOptions {
  /** country: a speaker counts as what it rolls up to, its country or its body (default); speaker: as itself. */
  level?: 'country' | 'speaker';
  /** Relation types that express a position (default: every statement type but CONTACTS). */
  types?: string[];
  /** Keep ties of at least this many shared positions (default 1). */
  minShared?: number;
}

const POSITION_TYPES = ['CONDEMNS', 'CRITICIZES', 'URGES', 'EXPRESSES_CONCERN', 'SUPPORTS', 'CITES', 'OFFERS'];

/**
 * Actors linked by the positions they share: the same relation towards the same
 * object (and, for URGES, the same action). Nodes: actors, with `statements`;
 * edges: `weight` = shared positions, `positions` = what they were.
 */
export function coStanceGraph(rows: StatementRow[], opts: CoStanceOptions = {}): WeightedGraph {
  const types = opts.types ?? POSITION_TYPES;
  const byCountry = (opts.level ?? 'country') === 'country';
  const holders = new Map<string, Set<string>>();
  const graph = new Graph.UndirectedGraph();
  for (const r of rows) {
    if (!types.includes(r.relation)) continue;
    const actor = byCountry ? r.speakerRollup : r.speaker;
    if (actor === r.object) continue;
    graph.updateNode(actor, (a) => ({ name: actor, statements: ((a.statements as number | undefined) ?? 0) + 1 }));
    const position = `${r.relation} ${r.object}${r.action ? ` (${r.action})` : ''}`;
    holders.set(position, (holders.get(position) ?? new Set()).add(actor));
  }
  for (const [position, actors] of [...holders].sort(([a], [b]) => compareStrings(a, b))) {
    const list = [...actors].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        graph.updateEdge(list[i]!, list[j]!, (e) => ({
          weight: ((e.weight as number | undefined) ?? 0) + 1,
          positions: [...((e.positions as string[] | undefined) ?? []), position],
        }));
      }
    }
  }
  const min = opts.minShared ?? 1;
  graph.filterEdges((_e, a) => (a.weight as number) < min).forEach((e) => graph.dropEdge(e));
  return graph;
}
