// The predicate lexicon (data/lexicon/predicates.json) as triggers by lemma.
// The phrase rules of lexicon.ts read fixed wordings; these entries read any
// verb group whose head lemma is a statement verb, whatever its inflection,
// voice or the words between it and its object.
import { createRequire } from 'node:module';
import type { StatementType } from '../model/ontology.js';
import { SAY_VERBS } from '../mentions/words.js';
import type { ObjectFrame, Trigger } from './lexicon.js';

interface PredicateEntry {
  lemma: string;
  p: StatementType;
  frame: ObjectFrame;
  cameo: string;
  source: string;
  /** A word that must follow the verb in its clause ("dismissed X as …", "charged X with …"); alternatives with |. */
  requires?: string;
  /** "promise": the verb is a statement only under will/would/shall. */
  when?: 'promise';
}

export interface Predicate {
  trigger: Trigger;
  requires?: Set<string>;
  promiseOnly: boolean;
}

const require = createRequire(import.meta.url);
const data = require('../../data/lexicon/predicates.json') as { sources: Record<string, string>; predicates: PredicateEntry[] };

export const PREDICATES: ReadonlyMap<string, Predicate> = new Map(
  data.predicates.map((e) => {
    if (!data.sources[e.source]) throw new Error(`data/lexicon/predicates.json: "${e.lemma}" cites unknown source "${e.source}"`);
    const trigger: Trigger = { p: e.p, re: /$^/g, frame: e.frame, rule: `lemma:${e.lemma}`, confidence: 0.65 };
    return [e.lemma, { trigger, requires: e.requires ? new Set(e.requires.split('|')) : undefined, promiseOnly: e.when === 'promise' }];
  }),
);

/** Every inflection of the lexicon's verbs ("condemns", "slammed", "met"), to skip tagging sentences that hold none. */
const FORMS = new Set<string>(['met', 'must', 'ought']);
/** The words a form's verb requires after it, where its entry names some ("offered … help"). */
const FORM_REQUIRES = new Map<string, ReadonlySet<string>>();
for (const [lemma, predicate] of PREDICATES) {
  const stem = lemma.replace(/e$/, '');
  const doubled = lemma + lemma.slice(-1);
  const forms = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}d`, `${lemma}ed`, `${stem}ed`, `${stem}ing`, `${lemma}ing`, `${doubled}ed`, `${doubled}ing`];
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  for (const f of forms) {
    FORMS.add(f);
    if (predicate.requires) FORM_REQUIRES.set(f, predicate.requires);
  }
}
const OBLIGATION_LEAD = /^(?:has|have|had|need|needs|needed)$/;

/**
 * Whether a sentence needs its tags: a lexicon verb the phrase rules did not
 * read, an obligation ("must", "has to"), or a phrase-rule trigger whose
 * reading depends on its tag or its modal. Tagging is the extractor's largest
 * cost, so the other sentences skip it.
 */
export function needsTags(words: readonly string[], covered: ReadonlySet<number>, tagDependent: boolean): boolean {
  if (tagDependent) return true;
  // (A verb that reads only with a word after it, "offered … help", needs no tags without one.)
  const required = (w: string, k: number) => {
    const words2 = FORM_REQUIRES.get(w);
    return !words2 || words.slice(k + 1, k + 12).some((x) => words2.has(x));
  };
  return words.some((w, k) => (FORMS.has(w) && !covered.has(k) && required(w, k)) || (OBLIGATION_LEAD.test(w) && words[k + 1] === 'to'));
}

/** "the bloc should engage": a body named by its epithet. */
const BODY_EPITHETS = /^(?:bloc|alliance|union|council|organi[sz]ation|kingdom|government)$/;

/**
 * "India said China should reassess …": a weak obligation is read only where a named party is obliged and
 * someone is reported saying it. Most sentences with "should" are neither, and tagging them all costs a
 * fifth of the extraction speed.
 */
export function reportedShould(toks: readonly { text: string; lower: string }[]): boolean {
  return toks.some((t, k) => t.lower === 'should' && k > 1 && (/^[A-Z]/.test(toks[k - 1]!.text) || BODY_EPITHETS.test(toks[k - 1]!.lower))) && toks.some((t) => SAY_VERBS.has(t.lower) || t.lower === 'according');
}
