// Where statements are made in a sentence: the phrase rules of lexicon.ts,
// then every verb group the phrase rules did not read whose lemma is in the
// predicate lexicon, then obligations ("X must stop", "has to withdraw")
// reported of another side. Voice, modality and negation come from the verb
// group (syntax/verb-groups.ts) and are applied here, once for every trigger.
import type { Sentence } from '../sentences/split-sentences.js';
import { tagSentence } from '../syntax/tagger.js';
import { verbGroups, type VerbGroup } from '../syntax/verb-groups.js';
import { TRIGGERS, type Trigger } from './lexicon.js';
import { needsTags, PREDICATES, reportedShould } from './predicate-lexicon.js';
import { summonBefore, tokenAt } from './clause.js';

export interface TriggerHit {
  trig: Trigger;
  /** Token span of the trigger. */
  ti: number;
  tEnd: number;
  /** Character offset of the trigger in the sentence. */
  at: number;
  /** Negated by its verb group ("did not condemn"); the phrase rules check negation themselves. */
  negated?: boolean;
  /** The trigger's word is tagged as a noun ("their demands are met"), not a verb. */
  nominal?: boolean;
}

const OBLIGATION: Trigger = { p: 'URGES', re: /$^/g, frame: 'obligation', rule: 'obligation-modal', confidence: 0.55 };
const OFFER: Trigger = { p: 'OFFERS', re: /$^/g, frame: 'offer', rule: 'offer-modal', confidence: 0.6 };

export function triggerHits(sentence: Sentence, lower: string): TriggerHit[] {
  const toks = sentence.tokens;
  const hits: TriggerHit[] = [];
  const covered = new Set<number>();
  for (const trig of TRIGGERS) {
    // (exec on the shared pattern: matchAll would copy every pattern for every sentence.)
    trig.re.lastIndex = 0;
    for (let match = trig.re.exec(lower); match; match = trig.re.exec(lower)) {
      if (match[0].length === 0) trig.re.lastIndex++;
      const at = match.index + match[0].indexOf(match[1] ?? match[0]);
      const ti = tokenAt(sentence, at);
      const tEnd = tokenAt(sentence, at + (match[1] ?? match[0]).length - 1) + 1;
      hits.push({ trig, ti, tEnd, at });
      for (let k = ti; k < tEnd; k++) covered.add(k);
    }
  }
  const words = toks.map((t) => t.lower);
  // "their demands" (a noun, no appeal) and "would support" (an offer) are read from the tags.
  const tagDependent = hits.some((h) => /^(?:demand|request|insist)/.test(words[h.ti]!) || (h.trig.p === 'SUPPORTS' && words.some((w) => MODAL_PROMISE.has(w))));
  if (!needsTags(words, covered, tagDependent || reportedShould(toks))) return hits;
  const tags = tagSentence(sentence);
  for (const hit of hits) if (tags[hit.ti]?.pos === 'NOUN') hit.nominal = true;
  const groups = verbGroups(sentence, tags);
  const groupAt = new Map(groups.map((g) => [g.head, g]));
  for (const [k, hit] of hits.entries()) {
    const g = groupAt.get(hit.ti);
    if (hit.trig.p === 'SUPPORTS' && g && promisesHelp(sentence, g)) hits[k] = { ...hit, trig: OFFER };
  }
  for (const g of groups) {
    if (covered.has(g.head)) continue;
    const at = toks[g.start]!.start - sentence.start;
    if (g.modality === 'obligation' && !PREDICATES.has(g.lemma) && !rangeCovered(covered, g.start, g.head)) {
      hits.push({ trig: OBLIGATION, ti: g.start, tEnd: g.head, at });
      continue;
    }
    const predicate = PREDICATES.get(g.lemma);
    if (!predicate || (g.nonFinite && !summonedToSay(sentence, g)) || g.modality === 'possibility') continue;
    if (predicate.requires && !followedBy(sentence, g.head, predicate.requires)) continue;
    if (predicate.promiseOnly && !promisesHelp(sentence, g)) continue;
    let trig = predicate.trigger;
    if (g.modality === 'conditional' || g.modality === 'future') {
      if (promisesHelp(sentence, g)) trig = OFFER;
      else continue;
    }
    hits.push({ trig, ti: g.head, tEnd: g.head + 1, at: toks[g.head]!.start - sentence.start, negated: g.negated });
  }
  return hits;
}

/** "summoned the ambassador to protest …": the purpose of a summons is the summoner's statement. */
function summonedToSay(sentence: Sentence, g: VerbGroup): boolean {
  return g.nonFinite === 'infinitive' && summonBefore(sentence, g.start) >= 0;
}

const HELP_LEMMAS = new Set(['support', 'back', 'help', 'assist']);
const MODAL_PROMISE = new Set(['would', 'will', 'shall', "'ll"]);

/** "would support the next round of talks", "will back any effort": a promise of help is an offer, not an endorsement. */
function promisesHelp(sentence: Sentence, g: VerbGroup): boolean {
  if (!(g.modality === 'conditional' || g.modality === 'future') || g.negated || !HELP_LEMMAS.has(g.lemma)) return false;
  // "asked whether Washington would support …" reports a question, not a promise.
  return !sentence.tokens.slice(Math.max(0, g.start - 6), g.start).some((t) => t.lower === 'whether' || t.lower === 'if');
}

function rangeCovered(covered: Set<number>, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (covered.has(k)) return true;
  return false;
}

/** One of the words follows the verb in its clause ("dismissed the report as …"). */
function followedBy(sentence: Sentence, head: number, words: Set<string>): boolean {
  const toks = sentence.tokens;
  for (let k = head + 1; k < Math.min(toks.length, head + 12); k++) {
    const w = toks[k]!.lower;
    if (words.has(w)) return true;
    if (w === ';' || w === '.') return false;
  }
  return false;
}


