// Answers a question in English: the grammar picks a named query, entity
// phrases resolve through the store's names and aliases, and the query's rows
// become answers with their evidence.
import type { GraphStore, QueryRow } from '../store/store.js';
import { findQuery, runNamedQuery } from './catalog.js';
import { queryCypher } from './cypher-files.js';
import { clean, parse, type Intent } from './grammar.js';
import { EXAMPLES } from './lexicon.js';
import type { AnswerRow, Level, PathStep } from './types.js';

export type { Level } from './types.js';

export interface Answer {
  name: string;
  type: string;
  evidence: { doc: string; sentence: string }[];
}

export interface AskResult {
  question: string;
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
export async function ask(store: GraphStore, question: string, opts: { by?: Level } = {}): Promise<AskResult | NotUnderstood> {
  const intent = parse(question);
  if (!('query' in intent)) return notUnderstood(question, intent.understood);
  const params: Record<string, unknown> = { ...intent.params };
  for (const [param, phrases] of Object.entries(intent.refs)) {
    const keys: string[] = [];
    for (const p of phrases) {
      const found = await resolvePhrase(store, p);
      if (!found.length) return notUnderstood(question, `${intent.understood}, but no entity is named "${p}"`, await nearNames(store, question, p));
      keys.push(...found);
    }
    params[param] = keys.length === 1 ? keys[0] : keys;
  }
  const by = opts.by ?? intent.defaultBy;
  const def = findQuery(intent.query)!;
  if (hasParam(def.params, 'by')) params.by = by;
  const typed = intent.answerType && (intent.asks === 'object') === (by === 'entity') ? intent.answerType : undefined;
  if (typed && hasParam(def.params, 'answerType')) params.answerType = typed;
  const rows = await runNamedQuery(store, intent.query, params);
  const answers = toAnswers(intent, rows).filter((a) => !typed || a.type === typed);
  return { question, query: intent.query, params, answers, cypher: def.cypher.map((f) => queryCypher(f)).join('\n') };
}

function hasParam(schema: unknown, name: string): boolean {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return !!shape && name in shape;
}

/** Keys of the entity a phrase names; "India and Pakistan" names two. */
async function resolvePhrase(store: GraphStore, phrase: string): Promise<string[]> {
  const whole = (await runNamedQuery(store, 'resolve', { name: phrase })) as { key: string }[];
  if (whole.length) return whole.map((r) => r.key);
  const parts = phrase.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
  if (parts.length < 2) return [];
  const keys: string[] = [];
  for (const part of parts) {
    const found = (await runNamedQuery(store, 'resolve', { name: part })) as { key: string }[];
    if (!found.length) return [];
    keys.push(...found.map((r) => r.key));
  }
  return keys;
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
  return (rows as unknown as AnswerRow[]).map((r) => ({ name: r.name, type: r.type, evidence: r.evidence }));
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
