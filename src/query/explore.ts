// What the explorer and the HTTP API read: entity search, one entity with its
// edges and evidence, and subgraphs (around an entity, or answering a question)
// in graphology's serialized JSON.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { GraphStore } from '../store/store.js';
import { ask, type AskOptions, type AskResult } from './ask.js';
import { queryHits, runNamedQuery } from './catalog.js';
import { QueryParamsError } from './errors.js';
import { compareStrings, cleanEntity } from './shape.js';
import type { Level, PathStep } from './types.js';
import type { DumpEdge, DumpNode, EntityRow, Hit } from '../store/query-rows.js';

export async function searchEntities(store: GraphStore, text: string, limit = 20): Promise<{ key: string; name: string; type: string; aliases: string[] }[]> {
  if (!text.trim()) return [];
  return (await runNamedQuery(store, 'search', { text, limit })) as unknown as { key: string; name: string; type: string; aliases: string[] }[];
}

export interface EntityStatement {
  type: string;
  direction: 'out' | 'in';
  other: { key: string; name: string; type: string };
  action?: string;
  date?: string;
  evidence: { doc: string; sentence: string; title?: string; published?: string };
}

export interface EntityDetail {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  props: Record<string, unknown>;
  statements: EntityStatement[];
}

/** An entity by key with every edge touching it (statements and facts), or null when there is none. */
export async function entityDetail(store: GraphStore, key: string): Promise<EntityDetail | null> {
  const rows = (await store.run('entity', { keys: [key] })) as unknown as EntityRow[];
  if (!rows.length) return null;
  const entity = cleanEntity(rows[0]!);
  const around = (await queryHits(store, 'neighbourhood', { focus: key, depth: 1 }))!;
  const statements = around
    .filter((h) => h.source.key === key || h.target.key === key)
    .map((h): EntityStatement => {
      const out = h.source.key === key;
      return {
        type: h.type,
        direction: out ? 'out' : 'in',
        other: out ? h.target : h.source,
        ...(h.action && { action: h.action }),
        ...(h.date && { date: h.date }),
        evidence: { doc: h.doc, sentence: h.sentence, ...(h.title && { title: h.title }), ...(h.published && { published: h.published }) },
      };
    })
    .sort((a, b) => compareStrings(a.type, b.type) || compareStrings(a.direction, b.direction) || compareStrings(a.other.name, b.other.name)
      || compareStrings(a.evidence.doc, b.evidence.doc) || compareStrings(a.evidence.sentence, b.evidence.sentence));
  return { ...entity, statements };
}

export interface SubgraphOptions {
  focus?: string;
  depth?: number;
  types?: string[];
  question?: string;
  by?: Level;
  /** The parties of a conflict to scope the question's answer to. */
  conflict?: string[];
}

/**
 * With `question`: the speakers, their statement edges and the objects behind
 * the answer. With `focus`: the neighbourhood to `depth`. With neither: the
 * whole graph without documents.
 */
export async function subgraph(store: GraphStore, opts: SubgraphOptions): Promise<SerializedGraph> {
  const graph = new Graph.MultiDirectedGraph({ allowSelfLoops: true });
  if (opts.question) return answerGraph(store, graph, opts.question, { by: opts.by, conflict: opts.conflict });
  if (!opts.focus) return wholeGraph(store, graph);
  const found = (await queryHits(store, 'neighbourhood', { focus: opts.focus, depth: opts.depth ?? 1, ...(opts.types?.length && { types: opts.types }) }))!;
  const focus = (await runNamedQuery(store, 'entity', { key: opts.focus })) as unknown as EntityRow[];
  await addNodes(store, graph, [...focus.map((f) => f.key), ...found.flatMap((h) => [h.source.key, h.target.key])]);
  for (const h of found) addHit(graph, h);
  return graph.export();
}

async function answerGraph(store: GraphStore, graph: InstanceType<typeof Graph.MultiDirectedGraph>, question: string, opts: AskOptions): Promise<SerializedGraph> {
  const result = await ask(store, question, opts);
  if (!('answers' in result)) throw new QueryParamsError(`not understood: ${result.understood}; try: ${result.suggestions.join(' | ')}`);
  if (result.query === 'path') return pathGraph(store, graph, result);
  const found = (await queryHits(store, result.query, result.params)) ?? [];
  // Only the edges whose sentences support an answer: "which countries ..." drops the rest.
  const supporting = new Set(result.answers.flatMap((a) => a.evidence.map((e) => `${e.doc}\u0000${e.sentence}`)));
  const kept = found.filter((h) => supporting.has(`${h.doc}\u0000${h.sentence}`));
  await addNodes(store, graph, kept.flatMap((h) => [h.source.key, h.target.key]));
  for (const h of kept) addHit(graph, h);
  return graph.export();
}

async function pathGraph(store: GraphStore, graph: InstanceType<typeof Graph.MultiDirectedGraph>, result: AskResult): Promise<SerializedGraph> {
  const steps = (await runNamedQuery(store, 'path', result.params)) as unknown as PathStep[];
  await addNodes(store, graph, steps.flatMap((s) => [s.from.key, s.to.key]));
  for (const s of steps) {
    s.edges.forEach((e, i) => {
      const [source, target] = e.forward ? [s.from.key, s.to.key] : [s.to.key, s.from.key];
      graph.mergeEdgeWithKey(`path:${s.step}:${i}`, source, target, { type: e.type, doc: e.doc, sentence: e.sentence, ...(e.action && { action: e.action }) });
    });
  }
  return graph.export();
}

async function wholeGraph(store: GraphStore, graph: InstanceType<typeof Graph.MultiDirectedGraph>): Promise<SerializedGraph> {
  for (const n of (await runNamedQuery(store, 'dump_nodes', {})) as unknown as DumpNode[]) {
    if (n.attributes.type !== 'Document') graph.addNode(n.key, n.attributes);
  }
  for (const e of (await runNamedQuery(store, 'dump_edges', {})) as unknown as DumpEdge[]) {
    if (e.attributes.type !== 'MENTIONS') graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  return graph.export();
}

async function addNodes(store: GraphStore, graph: InstanceType<typeof Graph.MultiDirectedGraph>, keys: string[]): Promise<void> {
  const unique = [...new Set(keys)].sort();
  if (!unique.length) return;
  const rows = ((await store.run('entity', { keys: unique })) as unknown as EntityRow[]).map(cleanEntity).sort((a, b) => compareStrings(a.key, b.key));
  for (const e of rows) graph.mergeNode(e.key, { ...e.props, name: e.name, type: e.type, aliases: e.aliases });
}

function addHit(graph: InstanceType<typeof Graph.MultiDirectedGraph>, h: Hit): void {
  graph.mergeEdgeWithKey(h.edge, h.source.key, h.target.key, {
    type: h.type, doc: h.doc, sentence: h.sentence,
    ...(h.action && { action: h.action }), ...(h.date && { date: h.date }), ...(h.title && { title: h.title }), ...(h.published && { published: h.published }),
  });
}
