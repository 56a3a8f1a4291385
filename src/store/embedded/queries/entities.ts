// Entity lookups and whole-graph dumps, twins of the Cypher files of the same names.
import { normalizeName } from '../../../graph/keys.js';
import type { DipGraph } from '../graph-file.js';
import type { QueryParams } from '../../store.js';
import { matchesWords } from '../../search-match.js';
import type { DumpEdge, DumpNode, EntityRow } from '../../query-rows.js';
import { isEntity, type Attrs } from './view.js';

const CORE = new Set(['type', 'name', 'aliases']);

function entityRow(key: string, a: Attrs): EntityRow {
  const props = Object.fromEntries(Object.entries(a).filter(([k]) => !CORE.has(k)));
  return { key, name: String(a.name), type: String(a.type), aliases: [...((a.aliases as string[]) ?? [])], props };
}

/** Entities one of whose names normalizes to `name` exactly. */
export function resolve(graph: DipGraph, p: QueryParams): EntityRow[] {
  return graph
    .filterNodes((_, a) => isEntity(a) && [a.name as string, ...((a.aliases as string[]) ?? [])].some((n) => normalizeName(n) === p.name))
    .map((k) => entityRow(k, graph.getNodeAttributes(k)));
}

/** Candidates for a search; the shared layer ranks and trims them, as it does Neo4j's full-text hits. */
export function search(graph: DipGraph, p: QueryParams): EntityRow[] {
  return graph.filterNodes((_, a) => isEntity(a) && matchesWords(p.words as string[], a.name as string, (a.aliases as string[]) ?? [])).map((k) => entityRow(k, graph.getNodeAttributes(k)));
}

export function entity(graph: DipGraph, p: QueryParams): EntityRow[] {
  return (p.keys as string[]).filter((k) => graph.hasNode(k) && isEntity(graph.getNodeAttributes(k))).map((k) => entityRow(k, graph.getNodeAttributes(k)));
}

export function dumpNodes(graph: DipGraph): DumpNode[] {
  return graph.mapNodes((key, attributes) => ({ key, attributes: { ...attributes } }));
}

export function dumpEdges(graph: DipGraph): DumpEdge[] {
  return graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes: { ...attributes } }));
}
