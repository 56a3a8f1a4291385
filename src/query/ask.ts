// Answers a question in English: the grammar picks a named query, entity
// phrases resolve through the store's names and aliases, and the query's rows
// become answers with their evidence.
import type { GraphStore, QueryRow } from '../store/store.js';
import { findQuery, runNamedQuery } from './catalog.js';
import { queryCypher } from '../store/neo4j/cypher-files.js';
import { clean, parse, type Intent } from './grammar.js';
import { describedEntities } from './description.js';
import { possessor } from './describe.js';
import { EXAMPLES, NAME_ABBREVIATIONS } from './lexicon.js';
import type { AnswerRow, Level, PathStep } from './types.js';
import type { Evidence } from '../store/query-rows.js';

export type { Level } from './types.js';

export interface Answer {
  name: string;
  type: string;
  evidence: Evidence[];
  /** Statements behind the answer, when `evidence` holds a sample of their sentences. */
  statements?: number;
}

export interface AskResult {
  question: string;
  /** What the question was read as, with the entities a description was matched to. */
  understood: string;
  query: string;
  params: Record<string, unknown>;
  answers: Answer[];
  cypher?: string;
}

export interface NotUnderstood {
  question: string;
  understood: string;
  suggestions: string[];
}

/**
 * Levels: `person` gives speakers as recorded, `country` rolls them up through
 * REPRESENTS/PART_OF, `entity` gives the objects (addressees, treaties, targets,
 * contacts). Without `by`, each question form takes its natural level: "who
 * urged ..." the speakers (person), "which countries ..." country, questions
 * asking for objects ("which treaties were cited", "what did X target", "who
 * did X contact") entity.
 */
export interface AskOptions {
  by?: Level;
  /** The parties of a conflict to scope the answer to ("Thailand", "Cambodia"), besides any the question names. */
  conflict?: string[];
}

/** Parameters whose phrase may describe an event rather than name it. */
const DESCRIBABLE = new Set(['object', 'operation']);
/** Parameters naming a conflict's parties, resolved first: descriptions use them. */
const PARTY_PARAMS = ['scope', 'parties'];

export async function ask(store: GraphStore, question: string, opts: AskOptions = {}): Promise<AskResult | NotUnderstood> {
  const intent = parse(question);
  if (!('query' in intent)) return notUnderstood(question, intent.understood);
  const refs = { ...intent.refs };
  let understood = intent.understood;
  if (opts.conflict?.length) {
    const param = intent.query === 'mediators' ? 'parties' : 'scope';
    if (intent.query !== 'mediators' && !(param in (findQuery(intent.query)!.params as unknown as { shape: object }).shape)) {
      return notUnderstood(question, `${understood}, but that question cannot be scoped to a conflict`);
    }
    refs[param] = [...(refs[param] ?? []), ...opts.conflict];
    understood += `, in the conflict between ${opts.conflict.join(' and ')}`;
  }
  const params: Record<string, unknown> = { ...intent.params };
  const order = Object.keys(refs).sort((a, b) => Number(PARTY_PARAMS.includes(b)) - Number(PARTY_PARAMS.includes(a)));
  for (const param of order) {
    const keys: string[] = [];
    for (const p of refs[param]!) {
      let found = await resolveName(store, p);
      // A bare topic ("the strikes") is a description too: within a conflict it means its operations.
      if (DESCRIBABLE.has(param) && found.every((k) => k.startsWith('Topic:'))) {
        const scope = [params.scope ?? []].flat() as string[];
        const described = await describedEntities(store, p, (n) => resolveName(store, n), scope);
        if (described && (described.keys.length || (intent.query === 'statements' && described.topicWords))) {
          found = [...new Set([...found, ...described.keys])];
          understood += `; ${described.understood}`;
          if (described.topicWords) params.topic = described.topicWords;
          if (described.parties.length) params.scope = [...new Set([...scope, ...described.parties])];
          if (!found.length) continue;
        }
      }
      if (!found.length) return notUnderstood(question, `${understood}, but no entity is named "${p}"`, await nearNames(store, question, p));
      keys.push(...found);
    }
    if (keys.length) params[param] = keys.length === 1 ? keys[0] : keys;
  }
  const by = opts.by ?? intent.defaultBy;
  const def = findQuery(intent.query)!;
  if (hasParam(def.params, 'by')) params.by = by;
  const typed = intent.answerType && (intent.asks === 'object') === (by === 'entity') ? intent.answerType : undefined;
  if (typed && hasParam(def.params, 'answerType')) params.answerType = typed;
  const rows = await runNamedQuery(store, intent.query, params);
  const answers = toAnswers(intent, rows).filter((a) => !typed || a.type === typed);
  return { question, understood, query: intent.query, params, answers, cypher: def.cypher.map((f) => queryCypher(f)).join('\n') };
}

function hasParam(schema: unknown, name: string): boolean {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return !!shape && name in shape;
}

/** Keys of the entity a phrase names; "India and Pakistan" names two, "Iran's nuclear sites" Iran. */
async function resolveName(store: GraphStore, phrase: string): Promise<string[]> {
  const whole = await resolveOne(store, phrase);
  if (whole.length) return whole;
  const parts = phrase.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
  if (parts.length >= 2) {
    const keys: string[] = [];
    for (const part of parts) {
      const found = await resolveOne(store, part);
      if (!found.length) return [];
      keys.push(...found);
    }
    return keys;
  }
  const owner = possessor(phrase);
  return owner ? resolveOne(store, owner) : [];
}

async function resolveOne(store: GraphStore, name: string): Promise<string[]> {
  const spelled = NAME_ABBREVIATIONS[name.trim().toLowerCase()] ?? name;
  return ((await runNamedQuery(store, 'resolve', { name: spelled })) as { key: string }[]).map((r) => r.key);
}

function toAnswers(intent: Intent, rows: QueryRow[]): Answer[] {
  if (intent.shape === 'statements') {
    return (rows as unknown as StatementRow[]).map((r) => ({
      name: `${r.speaker.name} ${r.type} ${r.object.name}${r.action ? ` (${r.action})` : ''}${r.date ? `, ${r.date}` : ''}`,
      type: r.type,
      evidence: [{ doc: r.evidence.doc, sentence: r.evidence.sentence }],
    }));
  }
  if (intent.shape === 'path') {
    return (rows as unknown as PathStep[]).map((s) => ({
      name: s.to.name,
      type: s.to.type,
      evidence: s.edges.map((e) => ({ doc: e.doc, sentence: e.sentence })),
    }));
  }
  return (rows as unknown as AnswerRow[]).map((r) => ({ name: r.name, type: r.type, evidence: r.evidence, ...(r.statements !== undefined && { statements: r.statements }) }));
}

interface StatementRow {
  speaker: { name: string };
  type: string;
  object: { name: string };
  action: string | null;
  date: string | null;
  evidence: { doc: string; sentence: string };
}

/** The question again with the unknown phrase replaced by names the store does have. */
async function nearNames(store: GraphStore, question: string, phrase: string): Promise<string[]> {
  const found = (await runNamedQuery(store, 'search', { text: phrase, limit: 5 }).catch(() => [])) as { name: string }[];
  const q = clean(question);
  return found.map((f) => `${q.replace(phrase, f.name)}?`);
}

function notUnderstood(question: string, understood: string, near: string[] = []): NotUnderstood {
  const words = new Set(clean(question).toLowerCase().split(/\W+/));
  const overlap = (e: string) => e.toLowerCase().split(/\W+/).filter((w) => words.has(w)).length;
  const closest = [...EXAMPLES].sort((a, b) => overlap(b) - overlap(a)).slice(0, 5 - Math.min(near.length, 3));
  return { question, understood, suggestions: [...near.slice(0, 3), ...closest] };
}
