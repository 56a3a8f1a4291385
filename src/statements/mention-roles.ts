// What a mention is doing in its sentence: an actor who can speak, an
// adjective ("Thai forces"), a verb's object, a parenthetical, an example.
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { DETERMINERS } from './clause.js';

const ACTOR_KINDS = new Set(['country', 'org', 'person', 'pronoun', 'anaphor', 'group']);

export function isActor(m: Mention): boolean {
  return ACTOR_KINDS.has(m.kind) && !m.qualifier;
}

const NOT_NOUNS = new Set(['his', 'hers', 'ours', 'yours', 'was', 'were', 'has', 'have', 'had', 'is', 'are', 'also', 'and', 'then', 'who', 'which', 'that', 'to', 'not', 'it', 'they', 'he', 'she', 'we', 'this', 'its', 'as', 'thus', 'always', 'repeatedly', 'publicly', 'jointly', 'both', 'all', 'others', 'afterwards', 'besides', 'nevertheless', 'perhaps', 'sometimes']);

export function unnamedSubject(sentence: Sentence, mentions: Mention[], ti: number): boolean {
  const toks = sentence.tokens;
  const w = toks[ti - 1];
  // "statements calling on X": a participle describes the noun; its speaker is named before.
  if (/ing$/.test(toks[ti]!.lower)) return false;
  if (!w || !/^[a-z]+s$/.test(w.text) || NOT_NOUNS.has(w.lower) || /ly$/.test(w.lower)) return false;
  if (mentions.some((m) => m.end === ti - 1 || m.end === ti) || toks[ti - 2]?.text === ',') return false;
  // "EU foreign ministers urged", "Chinese officials said": the noun names who speaks for the body or state before it.
  if (ACTOR_NOUNS.test(w.lower)) {
    let j = ti - 1;
    while (j > 0 && ti - j < 3 && /^[a-z]+$/.test(toks[j - 1]!.text) && !DETERMINERS.has(toks[j - 1]!.lower) && !/^(?:and|with|of|for)$/.test(toks[j - 1]!.lower)) j--;
    if (mentions.some((m) => m.end === j && (m.kind === 'country' || m.kind === 'org'))) return false;
  }
  // "Washington and its allies urged", "France along with its partners": the noun joins a named actor.
  let k = ti - 2;
  while (k >= 0 && /^[a-z-]+$/.test(toks[k]!.text) && !/^(?:and|with)$/.test(toks[k]!.lower) && ti - k <= 4) k--;
  const joined = /^(?:and|with)$/.test(toks[k]?.lower ?? '') && mentions.some((m) => m.end === k || (m.end === k - 1 && /^(?:along|together)$/.test(toks[k - 1]!.lower)));
  return !joined;
}

/** The mention opens an apposition: ", the UAE's deputy prime minister". */
export function afterComma(sentence: Sentence, m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]!.lower)) k--;
  return sentence.tokens[k]?.text === ',';
}

/** ", which had been mediating between X and Y," — spans whose mentions are not the subject. */
export function relativeClauses(sentence: Sentence, from: number, to: number): Array<[number, number]> {
  const toks = sentence.tokens;
  const spans: Array<[number, number]> = [];
  for (let k = from; k < to; k++) {
    if (toks[k]!.text !== ',' || !/^(?:which|who|whose|where|whom)$/.test(toks[k + 1]?.lower ?? '')) continue;
    let e = k + 2;
    while (e < to && toks[e]!.text !== ',') e++;
    if (e < to) spans.push([k + 1, e]);
  }
  return spans;
}

const ACTOR_NOUNS = /^(?:officials|authorities|leaders|diplomats|side|government|negotiators|ministers|officers|envoys|spokesmen|media|delegation|counterparts?)$/;

const VENUE_NOUNS = /^(?:talks|summit|meetings?|process|conference|negotiations|round|format)$/;
const INCIDENT_NOUNS = /^(?:attacks?|strikes?|airstrikes?|action|operation|raids?|bombing|aggression|campaign|offensive|incursion|missiles?|use)$/;

const NON_STATE_NOUNS = /^(?:rebels?|militants?|insurgents?|fighters?|separatists?|opposition|protesters|demonstrators|militias?|guerrillas?|dissidents?|exiles?|activists?|media|press|newspapers?|lawmakers|legislators|students|workers)$/;

/** "Syrian rebels said", "Rwandan opposition groups announced": the people named are not the state's voice. */
export function namesNonStateGroup(sentence: Sentence, m: Mention): boolean {
  return m.kind === 'country' && (m.form === 'demonym' || m.form === 'adjective') && NON_STATE_NOUNS.test(sentence.tokens[m.end]?.lower ?? '');
}

/** "Thai forces", "Cambodian positions": a demonym used as an adjective names no speaker. */
export function isAdjectival(sentence: Sentence, m: Mention): boolean {
  const next = sentence.tokens[m.end];
  // ("for his first U.N. visit": a body after a possessive and before a noun modifies the noun.)
  if (m.kind === 'org' && !m.possessive && /^(?:his|her|its|their|first|second|latest)$/.test(sentence.tokens[m.start - 1]?.lower ?? '') && next && /^[a-z]+$/.test(next.text) && !/(?:ed|es)$|^(?:said|says|and|or|who|which|that)$/.test(next.lower)) return true;
  if (m.kind !== 'country') return false;
  // "the US attack", "Israel strikes": a country naming whose incident it is.
  if (next && INCIDENT_NOUNS.test(next.lower) && !m.possessive) return true;
  // "the Nairobi talks": a capital naming where talks are held.
  if (m.form === 'capital' && next && VENUE_NOUNS.test(next.lower)) return true;
  if (m.form !== 'demonym' && m.form !== 'adjective') return false;
  if (!next || !/^[a-z]/.test(next.text)) return false;
  // "Palestinians blamed Israel": a plural demonym is a noun, the people of the state.
  if (m.end - m.start === 1 && /(?:ans|is)$/.test(sentence.tokens[m.start]!.text)) return false;
  // "Chinese defense officials": a modifier may stand before the officials.
  const second = sentence.tokens[m.end + 1];
  if (second && /^[a-z]+$/.test(next.text) && ACTOR_NOUNS.test(second.lower)) return false;
  return !ACTOR_NOUNS.test(next.lower) && !/^(?:said|says|say|told|added|urged|called|condemned|have|had|has|were|are|did|do|also)$/.test(next.lower);
}

const NOT_VERBS = new Set(['said', 'says', 'and', 'or', 'but', 'while', 'that', 'as', 'also', 'then', 'when', 'where', 'after', 'before', 'because', 'since', 'if', 'added', 'noted', 'stated', 'told']);

/** Verbs of saying that a reported clause follows: "adding that", "saying that". */
const REPORTING = /^(?:adding|saying|stressing|noting|insisting|arguing|warning|explaining|recalling|said|added|stressed|noted|insisted|argued|warned|explained|recalled)$/;

/** "he accused Thai forces", "condemned Pakistan": the mention is a verb's object, not a subject. */
export function isVerbObject(sentence: Sentence, m: Mention): boolean {
  let k = m.start - 1;
  // ("adding that Guterres was calling": after a verb of saying, "that" opens the reported clause.)
  const reports = (j: number) => sentence.tokens[j]!.lower === 'that' && REPORTING.test(sentence.tokens[j - 1]?.lower ?? '');
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]!.lower) && !reports(k)) k--;
  const w = sentence.tokens[k];
  if (!w || NOT_VERBS.has(w.lower) || !/^[a-z]+$/.test(w.text)) return false;
  return /(?:ed|es|ing)$/.test(w.lower) && w.lower.length > 4;
}
