// The statement and fact queries: filters over edges, each the twin of
// cypher/queries/<name>.cypher.
import { compareStrings } from '../../../graph/keys.js';
import { STATEMENT_TYPES } from '../../../model/ontology.js';
import type { DipGraph } from '../graph-file.js';
import type { QueryParams } from '../../store.js';
import type { Evidence, Hit, Ref } from '../../query-rows.js';
import { documentsById, hitsWhere, refOf, within } from './view.js';

type Keys = string[] | null;
const STATEMENTS: readonly string[] = STATEMENT_TYPES;
const OPERATION_FACTS = ['LAUNCHED', 'PARTICIPATES_IN', 'TARGETS', 'RETALIATES_FOR', 'OCCURRED_IN'];

export function statements(graph: DipGraph, p: QueryParams): Hit[] {
  const types = p.types as string[];
  return hitsWhere(graph, (type, s, t, a) =>
    STATEMENTS.includes(type) && types.includes(type) && within(p.sources as Keys, s) && within(p.targets as Keys, t) && (p.action == null || a.action === p.action));
}

/**
 * Twin of statement_answers.cypher: statements counted per speaker or object,
 * with the first `sample` distinct sentences, in one pass over the edges and
 * without building a hit per edge.
 */
export function statementAnswers(graph: DipGraph, p: QueryParams): { answer: Ref; statements: number; evidence: Evidence[] }[] {
  const types = p.types as string[];
  const sample = p.sample as number;
  const byTarget = p.by === 'target';
  const groups = new Map<string, { statements: number; evidence: Evidence[] }>();
  graph.forEachEdge((_edge, a, s, t) => {
    const type = String(a.type);
    if (!STATEMENTS.includes(type) || !types.includes(type) || !within(p.sources as Keys, s) || (p.action != null && a.action !== p.action)) return;
    const key = byTarget ? t : s;
    if (byTarget && graph.getNodeAttribute(key, 'type') === 'Action') return;
    const group = groups.get(key) ?? { statements: 0, evidence: [] };
    group.statements++;
    keepFirst(group.evidence, { doc: String(a.doc), sentence: String(a.sentence) }, sample);
    groups.set(key, group);
  });
  return [...groups].map(([key, g]) => ({ answer: refOf(graph, key), ...g }));
}

const byDocThenSentence = (a: Evidence, b: Evidence) => compareStrings(a.doc, b.doc) || compareStrings(a.sentence, b.sentence);

/** Keeps `sample` the `limit` smallest distinct evidence items, sorted. */
function keepFirst(sample: Evidence[], e: Evidence, limit: number): void {
  if (sample.length === limit && byDocThenSentence(e, sample[limit - 1]!) >= 0) return;
  let i = sample.length;
  while (i > 0 && byDocThenSentence(e, sample[i - 1]!) < 0) i--;
  if (i > 0 && byDocThenSentence(e, sample[i - 1]!) === 0) return;
  sample.splice(i, 0, e);
  if (sample.length > limit) sample.pop();
}

/** Statements by the actor, or also by those who represent it or are part of it. */
export function saidBy(graph: DipGraph, p: QueryParams): Hit[] {
  const speakers = new Set(p.actors as string[]);
  if (p.members) for (const key of p.actors as string[]) for (const m of members(graph, key)) speakers.add(m);
  return hitsWhere(graph, (type, s, t) => STATEMENTS.includes(type) && speakers.has(s) && within(p.targets as Keys, t));
}

/** Nodes with a REPRESENTS/PART_OF path of at most 6 edges up to `key`. */
function members(graph: DipGraph, key: string): Set<string> {
  const seen = new Set<string>();
  let frontier = [key];
  for (let depth = 0; depth < 6 && frontier.length; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachInEdge(node, (_, a, source) => {
        if ((a.type === 'REPRESENTS' || a.type === 'PART_OF') && !seen.has(source)) {
          seen.add(source);
          next.push(source);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function operation(graph: DipGraph, p: QueryParams): Hit[] {
  const ops = p.operations as string[];
  const relations = p.relations as string[];
  return hitsWhere(graph, (type, s, t) => OPERATION_FACTS.includes(type) && relations.includes(type) && (ops.includes(s) || ops.includes(t)));
}

export function contacts(graph: DipGraph, p: QueryParams): Hit[] {
  const actors = p.actors as string[];
  return hitsWhere(graph, (type, s, t) => type === 'CONTACTS' && (actors.includes(s) || actors.includes(t)));
}

export function treatiesCited(graph: DipGraph, p: QueryParams): Hit[] {
  return hitsWhere(graph, (type, _s, t) => type === 'CITES' && within(p.targets as Keys, t));
}

export function offers(graph: DipGraph, p: QueryParams): Hit[] {
  return hitsWhere(graph, (type, _s, t) => type === 'OFFERS' && within(p.targets as Keys, t));
}

export function stance(graph: DipGraph, p: QueryParams): Hit[] {
  const targets = p.targets as string[];
  return hitsWhere(graph, (type, _s, t) => STATEMENTS.includes(type) && targets.includes(t));
}

/** A statement's date is its own, else its document's publication date. */
export function timeline(graph: DipGraph, p: QueryParams): Hit[] {
  const docs = documentsById(graph);
  const from = p.from as string | null;
  const to = p.to as string | null;
  return hitsWhere(graph, (type, s, _t, a) => {
    if (!STATEMENTS.includes(type) || !(p.types as string[]).includes(type) || !within(p.sources as Keys, s)) return false;
    const date = (a.date as string | undefined) ?? (docs.get(String(a.doc))?.published || null);
    return (from == null || (date != null && date >= from)) && (to == null || (date != null && date <= to));
  });
}

/** The documents that name every party (MENTIONS), as conflict_documents.cypher. */
export function conflictDocuments(graph: DipGraph, p: QueryParams): { doc: string }[] {
  const parties = new Set((p.parties as string[]).filter((k) => graph.hasNode(k)));
  if (parties.size < (p.parties as string[]).length) return [];
  const docs: string[] = [];
  graph.forEachNode((node, a) => {
    if (a.type !== 'Document') return;
    const named = new Set<string>();
    graph.forEachOutEdge(node, (_e, ea, _s, target) => {
      if (ea.type === 'MENTIONS' && parties.has(target)) named.add(target);
    });
    if (named.size === parties.size) docs.push(String(a.id));
  });
  return docs.sort().map((doc) => ({ doc }));
}
