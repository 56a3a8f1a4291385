// The analysts' question set (analyst-questions.json): questions phrased as a
// new analyst asks them, over the articles shipped in data/articles, with
// answers read from the article texts. `optional` names are neither required
// nor counted as wrong: the text supports them only in part.
import fs from 'node:fs';
import path from 'node:path';
import { ask } from '../../src/query/ask.js';
import type { GraphStore } from '../../src/store/store.js';
import { compareAnswer } from './gold-fragment.js';

const HERE = import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname);
export const ARTICLES_DIR = path.resolve(HERE, '../../data/articles');

export interface AnalystQuestion {
  q: string;
  level: 'person' | 'country' | 'entity';
  answer: string[];
  optional?: string[];
  accept?: Record<string, string[]>;
  why: string;
}

export function analystQuestions(): AnalystQuestion[] {
  return JSON.parse(fs.readFileSync(path.join(HERE, 'analyst-questions.json'), 'utf8')) as AnalystQuestion[];
}

export function articlePaths(): string[] {
  return fs.readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(ARTICLES_DIR, f));
}

export interface Scored {
  q: string;
  right: boolean;
  missing: string[];
  extra: string[];
  understood?: string;
}

/** Right and complete: every required name given, nothing beyond the required and optional names. */
export async function scoreQuestion(store: GraphStore, q: AnalystQuestion): Promise<Scored> {
  const r = await ask(store, q.q, { by: q.level });
  if (!('answers' in r)) return { q: q.q, right: false, missing: q.answer, extra: [], understood: r.understood };
  const optional = q.optional ?? [];
  const c = compareAnswer({ q: q.q, level: q.level, answer: [...q.answer, ...optional], accept: q.accept ?? {} }, r.answers.map((a) => a.name));
  const missing = c.missing.filter((m) => !optional.includes(m));
  return { q: q.q, right: !missing.length && !c.extra.length, missing, extra: c.extra };
}
