// The named queries: what each answers, its parameters (zod), and how raw rows
// from either store (cypher/queries/<name>.cypher or src/store/embedded/queries/) become
// answers. Every query sorts its rows, so both stores' answers compare equal.
import { z } from 'zod';
import { STATEMENT_TYPES, type StatementType } from '../model/ontology.js';
import type { GraphStore, QueryRow } from '../store/store.js';
import { QueryParamsError, UnknownQueryError } from './errors.js';
import { action, entityType, flag, isoDate, level, list, operationFact, ref, refs, relationTypes, statementTypes } from './params.js';
import { matchesWords, searchWords } from '../store/search-match.js';
import { normalizeName } from '../graph/keys.js';
import {
  cleanEntity, compareStrings, dayOf, groupAnswers, leveller, resolveRef, resolveRefs, sortAnswers, sortEvidence, sortHits,
} from './shape.js';
import type { AnswerRow, Level, PathStep } from './types.js';
import type { DumpEdge, DumpNode, EntityRow, Evidence, Hit, PathHit, Ref, RollupRow } from '../store/query-rows.js';
import { conflictScope, inConflict } from './conflict.js';
import { contactModeOf } from './contact-mode.js';
import { aboutObject, byDays, goBetweens } from './narrow.js';

export interface QueryDefinition {
  name: string;
  description: string;
  params: z.ZodType;
  /** The Cypher files (cypher/queries/<name>.cypher) the query runs, for --explain. */
  cypher: string[];
}

interface Runnable<P> extends QueryDefinition {
  run(store: GraphStore, params: P): Promise<QueryRow[]>;
  /** For queries answered from edges: the edges themselves (the explorer draws them). */
  hits?(store: GraphStore, params: P): Promise<Hit[]>;
}

type Spec<S extends z.ZodType> = Omit<QueryDefinition, 'params'> & { params: S };

function define<S extends z.ZodType>(d: Spec<S> & { run(store: GraphStore, p: z.output<S>): Promise<object[]> }): Runnable<unknown> {
  return d as unknown as Runnable<unknown>;
}

/**
 * A query whose raw rows are edges (Hits): `hits` fetches them, `answer` shapes
 * them. `counted`, where given, answers the same without fetching every edge
 * (the store counts and samples them), or returns null when it cannot.
 */
function defineHits<S extends z.ZodType>(
  d: Spec<S> & {
    hits(store: GraphStore, p: z.output<S>): Promise<Hit[]>;
    answer(store: GraphStore, found: Hit[], p: z.output<S>): Promise<object[]> | object[];
    counted?(store: GraphStore, p: z.output<S>): Promise<object[] | null>;
  },
): Runnable<unknown> {
  const { hits: fetch, answer, counted, ...rest } = d;
  const hits = async (store: GraphStore, p: z.output<S>) => sortHits(await fetch(store, p));
  const run = async (store: GraphStore, p: z.output<S>) => (await counted?.(store, p)) ?? answer(store, await hits(store, p), p);
  return { ...rest, hits, run } as unknown as Runnable<unknown>;
}

/** Sentences an answer carries at most (the first by document and sentence); `statements` gives how many back it. */
export const EVIDENCE_SAMPLE = 20;

/** A row of statement_answers: one speaker or object, its statement count and evidence sample. */
interface CountedRow {
  answer: Ref;
  statements: number;
  evidence: Evidence[];
}

const edges = async (store: GraphStore, name: string, params: Record<string, unknown>) => (await store.run(name, params)) as unknown as Hit[];
const notAction = (r: Ref): Ref | null => (r.type === 'Action' ? null : r);

/**
 * Answers from statement hits at a level: the speaker, its roll-up, or the
 * object; each with the number of statements behind it and the first
 * EVIDENCE_SAMPLE of their sentences.
 */
async function answersAt(store: GraphStore, found: Hit[], by: Level, type?: string): Promise<AnswerRow[]> {
  const up = await leveller(store, by, found.map((h) => h.source));
  const pick = (h: Hit) => (by === 'entity' ? notAction(h.target) : up(h.source));
  const statements = new Map<string, number>();
  for (const h of found) {
    const who = pick(h);
    if (who) statements.set(who.key, (statements.get(who.key) ?? 0) + 1);
  }
  const rows = groupAnswers(found, pick).map((r) => ({ ...r, statements: statements.get(r.key)!, evidence: r.evidence.slice(0, EVIDENCE_SAMPLE) }));
  return type ? rows.filter((r) => r.type === type) : rows;
}

/**
 * The answers of answersAt for questions filtered on the statement alone (its
 * type, speaker, urged action): the store counts the statements per speaker or
 * object and samples their evidence, so a popular answer costs one row, not
 * one per edge. Speakers then roll up to their country here, counts summed.
 */
async function countedAnswersAt(store: GraphStore, params: { types: string[]; sources: string[] | null; action: string | null }, by: Level, type?: string): Promise<AnswerRow[]> {
  const rows = (await store.run('statement_answers', { ...params, by: by === 'entity' ? 'target' : 'source', sample: EVIDENCE_SAMPLE })) as unknown as CountedRow[];
  const up = await leveller(store, by, rows.map((r) => r.answer));
  const merged = new Map<string, AnswerRow & { statements: number }>();
  for (const r of rows) {
    const who = up(r.answer);
    const row = merged.get(who.key) ?? { key: who.key, name: who.name, type: who.type, statements: 0, evidence: [] };
    row.statements += r.statements;
    row.evidence.push(...r.evidence);
    merged.set(who.key, row);
  }
  const answers = sortAnswers([...merged.values()].map((r) => ({ ...r, evidence: sortEvidence(r.evidence).slice(0, EVIDENCE_SAMPLE) })));
  return type ? answers.filter((r) => r.type === type) : answers;
}

/** A statement as a row of said_by and timeline. */
function statementRow(h: Hit) {
  return { speaker: h.source, type: h.type, object: h.target, action: h.action, date: dayOf(h), evidence: { doc: h.doc, sentence: h.sentence, title: h.title, published: h.published } };
}

function byDay(rows: ReturnType<typeof statementRow>[]) {
  return rows.sort((a, b) => compareStrings(a.date ?? '', b.date ?? '') || compareStrings(a.evidence.doc, b.evidence.doc) || compareStrings(a.evidence.sentence, b.evidence.sentence) || compareStrings(a.speaker.key, b.speaker.key) || compareStrings(a.type, b.type) || compareStrings(a.object.key, b.object.key));
}

const DEFINITIONS = [
  defineHits({
    name: 'statements',
    description: 'Actors who made statements of a type (who urged restraint, who condemned X, who supported Y, who expressed concern about Z), optionally about an object or addressee, urging an action, or by given actors. by=person: the speakers as recorded (default); country: rolled up through REPRESENTS/PART_OF; entity: the objects/addressees.',
    params: z.object({
      type: statementTypes,
      object: refs.optional(),
      against: flag.default(false).describe('with object: also statements about its people and bodies (REPRESENTS/PART_OF) and about the operations it launched'),
      topic: z.string().trim().min(1).optional().describe('words (a regex alternation) naming a topic: statements about topics so named, or reported in sentences naming it, count as about the object; needs scope'),
      scope: refs.optional().describe('the parties of a conflict: only statements about them or their operations, or reported in articles naming every party'),
      from: isoDate.optional(),
      to: isoDate.optional(),
      wording: z.enum(['accuse', 'blame']).optional().describe('only statements whose sentence says so ("accused")'),
      action: action.optional(),
      actor: refs.optional(),
      answerType: entityType.optional().describe('keep only answers of this type ("which countries ..." = Country)'),
      by: level.default('person'),
    }).strict(),
    cypher: ['statement_answers', 'statements', 'rollup', 'neighbourhood', 'conflict_documents'],
    async hits(store, p) {
      const targets = await resolveRefs(store, list(p.object));
      const wide = p.against || p.topic !== undefined;
      let found = await edges(store, 'statements', {
        types: list(p.type), sources: await resolveRefs(store, list(p.actor)), targets: wide ? null : targets, action: p.action ?? null,
      });
      const scope = p.scope ? await conflictScope(store, (await resolveRefs(store, list(p.scope)))!) : null;
      if (scope) found = found.filter((h) => inConflict(scope, h));
      if (wide) found = await aboutObject(store, found, { targets: targets ?? [], against: p.against, topic: p.topic && scope ? p.topic : undefined });
      if (p.wording) found = found.filter((h) => (p.wording === 'accuse' ? /\baccus/i : /\bblam/i).test(h.sentence));
      return byDays(found, p.from, p.to);
    },
    answer: (store, found, p) => answersAt(store, found, p.by, p.answerType),
    async counted(store, p) {
      const narrowed = p.object || p.against || p.topic || p.scope || p.from || p.to || p.wording;
      if (narrowed) return null;
      return countedAnswersAt(store, { types: list(p.type) ?? [], sources: await resolveRefs(store, list(p.actor)), action: p.action ?? null }, p.by, p.answerType);
    },
  }),
  defineHits({
    name: 'said_by',
    description: 'Everything an actor said: its statements with dates and evidence, oldest first. members=true adds what was said by those who represent it or belong to it (ministers, ministries, spokespeople). object narrows to statements about that entity.',
    params: z.object({ actor: ref, members: flag.default(false), object: refs.optional() }).strict(),
    cypher: ['said_by'],
    async hits(store, p) {
      return edges(store, 'said_by', { actors: await resolveRef(store, p.actor), members: p.members, targets: await resolveRefs(store, list(p.object)) });
    },
    answer: (_store, found) => byDay(found.map(statementRow)),
  }),
  defineHits({
    name: 'operation',
    description: 'Facts around an operation or event: who launched it (LAUNCHED), who took part (PARTICIPATES_IN), what it targeted (TARGETS), what it retaliated for (RETALIATES_FOR), where it happened (OCCURRED_IN). Answers the other side of each fact; by=country rolls it up.',
    params: z.object({ operation: refs, relation: z.union([operationFact, z.array(operationFact).min(1)], { error: `one of ${operationFact.options.join(', ')}, or a list of them` }).optional(), by: level.default('entity') }).strict(),
    cypher: ['operation', 'rollup'],
    async hits(store, p) {
      const relations = list(p.relation) ?? ['LAUNCHED', 'PARTICIPATES_IN', 'TARGETS', 'RETALIATES_FOR', 'OCCURRED_IN'];
      return edges(store, 'operation', { operations: (await resolveRefs(store, list(p.operation)))!, relations });
    },
    async answer(store, found, p) {
      const ops = (await resolveRefs(store, list(p.operation)))!;
      const other = (h: Hit) => (ops.includes(h.source.key) ? h.target : h.source);
      const up = await leveller(store, p.by, found.map(other));
      return groupAnswers(found, (h) => up(other(h)));
    },
  }),
  defineHits({
    name: 'contacts',
    description: 'Who an actor contacted (calls, meetings, talks, letters), in both directions: also those who contacted it. by=country rolls the counterparts up.',
    params: z.object({
      actor: ref,
      mode: z.enum(['meeting', 'call', 'letter']).optional().describe('only contacts made so, as the reporting sentence tells: a call is no meeting'),
      scope: refs.optional().describe('the parties of a conflict: only contacts reported in articles naming every party, or with a party'),
      from: isoDate.optional(),
      to: isoDate.optional(),
      by: level.default('entity'),
    }).strict(),
    cypher: ['contacts', 'rollup', 'neighbourhood', 'conflict_documents'],
    async hits(store, p) {
      let found = await edges(store, 'contacts', { actors: await resolveRef(store, p.actor) });
      if (p.mode) found = found.filter((h) => contactModeOf(h.sentence) === p.mode);
      const scope = p.scope ? await conflictScope(store, (await resolveRefs(store, list(p.scope)))!) : null;
      if (scope) found = found.filter((h) => inConflict(scope, h));
      return byDays(found, p.from, p.to);
    },
    async answer(store, found, p) {
      const actors = await resolveRef(store, p.actor);
      const other = (h: Hit) => (actors.includes(h.source.key) ? (actors.includes(h.target.key) ? null : h.target) : h.source);
      const up = await leveller(store, p.by, found.map(other).filter((r): r is Ref => r !== null));
      return groupAnswers(found, (h) => {
        const o = other(h);
        return o && up(o);
      });
    },
  }),
  defineHits({
    name: 'treaties_cited',
    description: 'Agreements, declarations and resolutions invoked as the basis for a position. by=entity: the treaties (default); person: who cited them; country: who cited them, rolled up.',
    params: z.object({ treaty: refs.optional(), by: level.default('entity') }).strict(),
    cypher: ['treaties_cited', 'rollup'],
    hits: async (store, p) => edges(store, 'treaties_cited', { targets: await resolveRefs(store, list(p.treaty)) }),
    answer: (store, found, p) => answersAt(store, found, p.by),
  }),
  defineHits({
    name: 'offers',
    description: 'Who offered mediation, help or a constructive role, optionally to given parties. by=person (default), country (rolled up) or entity (the parties offered to).',
    params: z.object({ to: refs.optional(), by: level.default('person') }).strict(),
    cypher: ['offers', 'rollup'],
    hits: async (store, p) => edges(store, 'offers', { targets: await resolveRefs(store, list(p.to)) }),
    answer: (store, found, p) => answersAt(store, found, p.by),
  }),
  defineHits({
    name: 'mediators',
    description: 'Go-betweens of a conflict: actors, not of its parties, who were in contact with both sides or offered help to both (counterparts rolled up through REPRESENTS/PART_OF). by=country (default) or person.',
    params: z.object({ parties: refs, from: isoDate.optional(), to: isoDate.optional(), by: level.default('country') }).strict(),
    cypher: ['statements', 'rollup'],
    async hits(store, p) {
      const parties = (await resolveRefs(store, list(p.parties)))!;
      const found = byDays(await edges(store, 'statements', { types: ['CONTACTS', 'OFFERS'], sources: null, targets: null, action: null }), p.from, p.to);
      return goBetweens(store, found, parties);
    },
    async answer(store, found, p) {
      const parties = (await resolveRefs(store, list(p.parties)))!;
      const up = await leveller(store, 'country', found.flatMap((h) => [h.source, h.target]));
      const at = await leveller(store, p.by === 'entity' ? 'person' : p.by, found.flatMap((h) => [h.source, h.target]));
      const side = (r: Ref) => parties.includes(up(r).key);
      return groupAnswers(found, (h) => at(side(h.source) && h.type === 'CONTACTS' ? h.target : h.source));
    },
  }),
  define({
    name: 'conflict',
    description: 'A conflict by its parties: the operations and events they launched or suffered, and the articles naming every party (the scope that `scope` parameters apply).',
    params: z.object({ parties: refs }).strict(),
    cypher: ['conflict_documents', 'neighbourhood'],
    async run(store, p) {
      const scope = await conflictScope(store, (await resolveRefs(store, list(p.parties)))!);
      const entities = sortAnswers([...scope.entities.values()]).map((e) => ({ ...e, role: scope.parties.includes(e.key) ? 'party' : 'event' }));
      return [{ entities, documents: [...scope.documents].sort() }];
    },
  }),
  defineHits({
    name: 'stance',
    description: 'The stance table for one object or a conflict (its parties, its operations): actors x statement types, with counts and evidence. by=country (default) rolls actors up; person keeps speakers.',
    params: z.object({ object: refs, by: level.default('country') }).strict(),
    cypher: ['stance', 'rollup'],
    hits: async (store, p) => edges(store, 'stance', { targets: await resolveRefs(store, list(p.object)) }),
    async answer(store, found, p) {
      const up = await leveller(store, p.by === 'entity' ? 'person' : p.by, found.map((h) => h.source));
      return groupAnswers(found, (h) => up(h.source)).map((row) => {
        const mine = found.filter((h) => up(h.source).key === row.key);
        const stances: Partial<Record<StatementType, number>> = {};
        for (const t of STATEMENT_TYPES) {
          const n = new Set(mine.filter((h) => h.type === t).map((h) => h.edge)).size;
          if (n) stances[t] = n;
        }
        return { ...row, stances };
      });
    },
  }),
  defineHits({
    name: 'timeline',
    description: "Statements between two dates (inclusive; a statement without its own date takes its article's publication date), oldest first, optionally of given types or by given actors.",
    params: z.object({ from: isoDate.optional(), to: isoDate.optional(), type: statementTypes.optional(), actor: refs.optional() }).strict(),
    cypher: ['timeline'],
    async hits(store, p) {
      return edges(store, 'timeline', { from: p.from ?? null, to: p.to ?? null, types: list(p.type) ?? [...STATEMENT_TYPES], sources: await resolveRefs(store, list(p.actor)) });
    },
    answer: (_store, found) => byDay(found.map(statementRow)),
  }),
  defineHits({
    name: 'neighbourhood',
    description: 'Every edge among an entity and the entities within `depth` edges of it (1 to 4), optionally following only some relation types; one row per edge, with evidence.',
    params: z.object({ focus: ref, depth: z.coerce.number().int().min(1).max(4).default(1), types: relationTypes.optional() }).strict(),
    cypher: ['neighbourhood'],
    hits: async (store, p) => edges(store, 'neighbourhood', { focus: await resolveRef(store, p.focus), depth: p.depth, types: list(p.types) ?? null }),
    answer: (_store, found) => found,
  }),
  define({
    name: 'path',
    description: 'The shortest chain of edges (at most 6, either direction) linking two entities; one row per hop with every edge of that hop and its evidence.',
    params: z.object({ from: ref, to: ref }).strict(),
    cypher: ['path'],
    async run(store, p) {
      const [from] = await resolveRef(store, p.from);
      const [to] = await resolveRef(store, p.to);
      if (from === to) return [];
      const rows = (await store.run('path', { from, to })) as unknown as PathHit[];
      const steps: PathStep[] = [];
      for (const r of rows) {
        const step = (steps[r.step] ??= { step: r.step, from: r.from, to: r.to, edges: [] });
        step.edges.push({ type: r.type, forward: r.forward, action: r.action, doc: r.doc, sentence: r.sentence });
      }
      return steps.map((s) => ({ ...s, edges: s.edges.sort((a, b) => compareStrings(a.type, b.type) || compareStrings(a.doc, b.doc) || compareStrings(a.sentence, b.sentence) || compareStrings(a.action ?? '', b.action ?? '')) }));
    },
  }),
  define({
    name: 'search',
    description: 'Entities whose name or an alias has words starting with every word of `text` (full-text index on Neo4j); exact name matches first.',
    params: z.object({ text: z.string().trim().min(1), limit: z.coerce.number().int().min(1).max(500).default(20) }).strict(),
    cypher: ['search'],
    async run(store, p) {
      const words = searchWords(p.text);
      if (!words.length) return [];
      // Lucene prefix terms over both indexed fields; the words are [a-z0-9] only.
      const query = words.map((w) => `${w}*`).join(' AND ');
      const candidates = (await store.run('search', { words, query, limit: 1000 })) as unknown as EntityRow[];
      const exact = (e: EntityRow) => (searchWords(e.name).join(' ') === words.join(' ') || e.aliases.some((a) => searchWords(a).join(' ') === words.join(' ')) ? 0 : 1);
      return candidates
        .map(cleanEntity)
        .filter((e) => e.type !== 'Action' && matchesWords(words, e.name, e.aliases))
        .sort((a, b) => exact(a) - exact(b) || compareStrings(a.name, b.name) || compareStrings(a.key, b.key))
        .slice(0, p.limit)
        .map(({ key, name, type, aliases }) => ({ key, name, type, aliases }));
    },
  }),
  define({
    name: 'entity',
    description: 'One entity by key or exact name/alias, with its aliases and properties (title, killed, targets, year ...).',
    params: z.object({ key: ref }).strict(),
    cypher: ['entity'],
    async run(store, p) {
      const rows = (await store.run('entity', { keys: await resolveRef(store, p.key) })) as unknown as EntityRow[];
      return sortAnswers(rows.map(cleanEntity));
    },
  }),
  define({
    name: 'resolve',
    description: 'Entities one of whose names or aliases equals `name` once normalized (case, accents, punctuation, a leading "the").',
    params: z.object({ name: z.string().trim().min(1) }).strict(),
    cypher: ['resolve'],
    async run(store, p) {
      const rows = (await store.run('resolve', { name: normalizeName(p.name) })) as unknown as EntityRow[];
      return sortAnswers(rows.map(cleanEntity)).map(({ key, name, type, aliases }) => ({ key, name, type, aliases }));
    },
  }),
  define({
    name: 'rollup',
    description: 'What each actor answers as at country level: the nearest Country up its REPRESENTS/PART_OF chains, else the top of its chain (the UN for its spokesman), else itself.',
    params: z.object({ actor: refs }).strict(),
    cypher: ['rollup'],
    async run(store, p) {
      const keys = (await resolveRefs(store, list(p.actor))) ?? [];
      const rows = (await store.run('rollup', { keys })) as unknown as RollupRow[];
      return rows.sort((a, b) => compareStrings(a.key, b.key));
    },
  }),
  define({
    name: 'dump_nodes',
    description: 'Every node with its attributes, Documents included (for export).',
    params: z.object({}).strict(),
    cypher: ['dump_nodes'],
    async run(store) {
      const rows = (await store.run('dump_nodes', {})) as unknown as DumpNode[];
      return rows.map((r) => ({ key: r.key, attributes: withoutStorage(r.attributes) })).sort((a, b) => compareStrings(a.key, b.key));
    },
  }),
  define({
    name: 'dump_edges',
    description: 'Every edge with its attributes, MENTIONS included (for export).',
    params: z.object({}).strict(),
    cypher: ['dump_edges'],
    async run(store) {
      const rows = (await store.run('dump_edges', {})) as unknown as (DumpEdge & { type?: string })[];
      return rows
        .map((r) => ({ key: r.key, source: r.source, target: r.target, attributes: { ...withoutStorage(r.attributes), type: r.type ?? r.attributes.type } }))
        .sort((a, b) => compareStrings(a.key, b.key));
    },
  }),
];

function withoutStorage(attributes: Record<string, unknown>): Record<string, unknown> {
  const { key: _key, norms: _norms, ...rest } = attributes;
  if (Array.isArray(rest.aliases)) rest.aliases = [...(rest.aliases as string[])].sort();
  return rest;
}

export const QUERY_CATALOG: readonly QueryDefinition[] = DEFINITIONS;

export function findQuery(name: string): QueryDefinition | undefined {
  return DEFINITIONS.find((d) => d.name === name);
}

function validated(name: string, params: unknown): [Runnable<unknown>, unknown] {
  const def = DEFINITIONS.find((d) => d.name === name);
  if (!def) throw new UnknownQueryError(name, DEFINITIONS.map((d) => d.name));
  const parsed = def.params.safeParse(params ?? {});
  if (!parsed.success) throw new QueryParamsError(`bad parameters for "${name}": ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
  return [def, parsed.data];
}

/** Validates the parameters, then runs the query; the rows are sorted deterministically. */
export async function runNamedQuery(store: GraphStore, name: string, params: unknown): Promise<QueryRow[]> {
  const [def, parsed] = validated(name, params);
  return def.run(store, parsed);
}

/** The edges behind a query's answers, for queries answered from edges; null for the others. */
export async function queryHits(store: GraphStore, name: string, params: unknown): Promise<Hit[] | null> {
  const [def, parsed] = validated(name, params);
  return def.hits ? def.hits(store, parsed) : null;
}

export { QueryParamsError, UnknownQueryError } from './errors.js';
