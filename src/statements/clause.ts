// Clause-level geometry of a sentence: where quotes open and close, where a
// clause ends, which mention stands in subject position before a verb.
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { PREPOSITIONS, SAY_VERBS } from '../mentions/words.js';

const QUOTE = /^["“”]$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'both', 'all', 'every']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')']);
const CLAUSE_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'however']);

/** For each token, whether it stands inside a quotation. */
export function quoteMask(sentence: Sentence, openAtStart: boolean): { inside: boolean[]; openAtEnd: boolean } {
  let open = openAtStart;
  const inside: boolean[] = [];
  for (const t of sentence.tokens) {
    if (QUOTE.test(t.text)) {
      open = t.text === '“' ? true : t.text === '”' ? false : !open;
      inside.push(false);
      continue;
    }
    inside.push(open);
  }
  unquoteFragments(sentence, inside);
  return { inside, openAtEnd: open };
}

const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my', 'me']);

/**
 * A few quoted words inside reported speech — condemned what it called a
 * "provocative and illegal" move, said London "fully supports" the action —
 * are the reporter's sentence with the speaker's wording, not a quotation
 * with a grammar of its own: clause and subject read straight through them.
 */
function unquoteFragments(sentence: Sentence, inside: boolean[]): void {
  const toks = sentence.tokens;
  for (let a = 1; a < toks.length; a++) {
    if (!QUOTE.test(toks[a]!.text) || inside[a - 1] || QUOTE.test(toks[a - 1]!.text)) continue;
    let b = a + 1;
    while (b < toks.length && !QUOTE.test(toks[b]!.text)) b++;
    if (b >= toks.length || b - a - 1 > 5 || b === a + 1) continue;
    const words = toks.slice(a + 1, b);
    if (words.some((t) => FIRST_PERSON.has(t.lower) || /[.!?]/.test(t.text))) continue;
    for (let k = a + 1; k < b; k++) inside[k] = false;
    a = b;
  }
}

/** Token range [start, end) of the clause around token i. */
export function clauseAround(sentence: Sentence, i: number, quotes: boolean[]): [number, number] {
  const toks = sentence.tokens;
  let s = i;
  while (s > 0) {
    const t = toks[s - 1]!;
    // ("Lavrov did, however, sit down with …": an adverb set off by commas inside the clause.)
    if (t.text === ',' && /^(?:however|though|meanwhile|also|too|instead|nevertheless)$/.test(toks[s - 2]?.lower ?? '') && toks[s - 3]?.text === ',') {
      s -= 3;
      continue;
    }
    if (CLAUSE_BREAK.has(t.text) || quotes[s - 1] !== quotes[i]) break;
    if (t.text === ',' && CLAUSE_WORDS.has(toks[s]?.lower ?? '')) break;
    if (CLAUSE_WORDS.has(t.lower) && toks[s - 2]?.text === ',') break;
    s--;
  }
  let e = i + 1;
  while (e < toks.length) {
    const t = toks[e]!;
    if (CLAUSE_BREAK.has(t.text) || t.text === '.' || quotes[e] !== quotes[i]) break;
    if (t.text === ',' && CLAUSE_WORDS.has(toks[e + 1]?.lower ?? '')) break;
    e++;
  }
  return [s, e];
}

/** The token before a mention, skipping determiners: is it a preposition? */
export function governedByPreposition(sentence: Sentence, m: Mention, allow: Set<string> = new Set()): string | undefined {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]!.lower)) k--;
  const w = sentence.tokens[k]?.lower;
  if (w && PREPOSITIONS.has(w) && !allow.has(w)) return w;
  // "bodies such as the UN": examples inside a larger noun phrase
  if (w === 'as' && sentence.tokens[k - 1]?.lower === 'such') return 'such as';
  return undefined;
}

/** Mentions chained to m by commas and "and" to its left ("Britain, France and Germany"). */
export function coordinatedLeft(sentence: Sentence, mentions: Mention[], m: Mention, accept: (x: Mention) => boolean): Mention[] {
  const out = [m];
  let cur = m;
  // "German Chancellor Friedrich Merz": coordination runs before the qualifier.
  // ("A and her Chinese counterpart B": and before the possessive that opens it.)
  const startOf = (x: Mention): number => {
    const q = mentions.find((y) => y.qualifier && (y.end === x.start || y.end + 1 === x.start));
    if (!q) return x.start;
    return /^(?:his|her|its|their)$/.test(sentence.tokens[q.start - 1]?.lower ?? '') ? q.start - 1 : q.start;
  };
  for (;;) {
    const curStart = startOf(cur);
    const prev = [...mentions].reverse().find((x) => x.end <= curStart && !x.qualifier);
    if (!prev || !accept(prev)) break;
    const between = sentence.tokens.slice(prev.end, curStart).map((t) => t.lower);
    if (!isCoordinator(between)) break;
    // "In a letter to the UN, Araghchi ...": an introductory phrase, not a list.
    // (Once two members are chained it is a list: "the ministers of Brazil, Mexico and Colombia".)
    if (between.join(' ') === ',' && out.length === 1 && governedByPreposition(sentence, prev) && !governedByPreposition(sentence, cur)) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** Mentions chained to m by commas and "and" to its right. */
export function coordinatedRight(sentence: Sentence, mentions: Mention[], m: Mention, accept: (x: Mention) => boolean): Mention[] {
  const out = [m];
  let curEnd = m.end;
  for (;;) {
    // "A and Indian Minister B": coordination runs through the qualifier to the person.
    const first = mentions.find((x) => x.start >= curEnd);
    // "met X in Berlin, Y in Paris and Z in Brussels": where each item stands is no list break.
    // ("Chancellor Anna Vogel of Germany in Berlin and …": nor is the state after "of".)
    if (first && (isWhere(first) || (first.kind === 'country' && sentence.tokens[curEnd]?.lower === 'of')) && /^(?:in|at|of)$/.test(sentence.tokens[curEnd]?.lower ?? '') && first.start - curEnd <= 2) {
      curEnd = first.end;
      continue;
    }
    const next = first?.qualifier ? mentions.find((x) => x.start >= first.end && !x.qualifier) : first;
    if (!first || !next || !accept(next)) break;
    const between = sentence.tokens.slice(curEnd, first.start).map((t) => t.lower);
    if (!isCoordinator(between)) break;
    // "MINURSO, the UN mission that …": an apposition, not a list.
    if (between.join(' ') === ', the' && /^[a-z]+$/.test(sentence.tokens[next.end]?.text ?? '') && !['and', 'or', 'said', 'says'].includes(sentence.tokens[next.end]!.lower)) break;
    // "with Abdou Maiga, the Russian Foreign Ministry said": an attribution, not a list.
    if (between.filter((x) => !DETERMINERS.has(x)).join(' ') === ',' && SAY_VERBS.has(sentence.tokens[next.end]?.lower ?? '')) break;
    out.push(next);
    curEnd = next.end;
  }
  return out;
}

function isWhere(m: Mention): boolean {
  return m.kind === 'place' || (m.kind === 'country' && m.form === 'capital');
}

function isCoordinator(words: string[]): boolean {
  const w = words.filter((x) => !DETERMINERS.has(x) || x === 'both');
  const s = w.join(' ');
  return [',', 'and', ', and', 'or', ', or', 'as well as', ', as well as', 'and with', ', and with', 'and by', ', and by', 'and to', 'and also', 'with'].includes(s);
}

/**
 * Where the object of a trigger resumes past a quotation: condemned "in the
 * strongest terms" the coup, or "strongly condemns" the seizure of power. The
 * clause stops at a quote mark; the object phrase does not. Returns the
 * object's token range, or undefined when no quotation interrupts.
 */
export function objectPastQuote(sentence: Sentence, tEnd: number, quotes: boolean[]): [number, number] | undefined {
  const toks = sentence.tokens;
  // "condemned in the strongest terms the storming of …": an unquoted manner phrase before the object.
  const manner = /^in (?:the (?:strongest|harshest|clearest|firmest)(?: possible)?|no uncertain) terms\b/.exec(toks.slice(tEnd, tEnd + 6).map((t) => t.lower).join(' '));
  if (manner) {
    const resume = tEnd + manner[0].split(' ').length;
    const next = toks[resume];
    if (!next || !(DETERMINERS.has(next.lower) || /^\p{Lu}/u.test(next.text))) return undefined;
    return [resume, clauseAround(sentence, resume, quotes)[1]];
  }
  if (!QUOTE.test(toks[tEnd]?.text ?? '')) return undefined;
  let resume = tEnd + 1;
  // An odd number of marks before this one: it closes a quotation the trigger stands in.
  const marks = toks.slice(0, tEnd).filter((t) => QUOTE.test(t.text)).length;
  const closes = toks[tEnd]!.text === '”' || (toks[tEnd]!.text === '"' && marks % 2 === 1);
  if (!closes) {
    // An adverbial quotation right after the verb: skip to its closing mark.
    let q = tEnd + 1;
    while (q < toks.length && q < tEnd + 8 && !QUOTE.test(toks[q]!.text)) q++;
    if (q >= toks.length || !QUOTE.test(toks[q]!.text)) return undefined;
    resume = q + 1;
  }
  const next = toks[resume];
  if (!next || !(DETERMINERS.has(next.lower) || /^\p{Lu}/u.test(next.text))) return undefined;
  const [, end] = clauseAround(sentence, resume, quotes);
  return [resume, end];
}

/**
 * "condemned what she called "the latest reckless action by China"": the
 * quoted words after the framing are the object. Returns their token range.
 */
export function objectAfterFraming(sentence: Sentence, tEnd: number): [number, number] | undefined {
  const toks = sentence.tokens;
  let k = tEnd;
  if (toks[k]?.lower !== 'what' || !/^(?:he|she|it|they)$/.test(toks[k + 1]?.lower ?? '')) return undefined;
  k += 2;
  if (/^(?:called|calls|termed|terms)$/.test(toks[k]?.lower ?? '')) k++;
  else if (/^(?:described|describes)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'as') k += 2;
  else return undefined;
  return quotedPhrase(sentence, k);
}

/** The words of a quotation opening at token k, as a token range, if one does. */
export function quotedPhrase(sentence: Sentence, k: number): [number, number] | undefined {
  const toks = sentence.tokens;
  if (!QUOTE.test(toks[k]?.text ?? '') || toks[k]!.text === '”') return undefined;
  let close = k + 1;
  while (close < toks.length && !QUOTE.test(toks[close]!.text)) close++;
  return close < toks.length && close > k + 1 ? [k + 1, close] : undefined;
}

/** Words of the tokens [a, b), as written. */
export function textBetween(sentence: Sentence, a: number, b: number): string {
  if (b <= a) return '';
  const s = sentence.tokens[a]!.start - sentence.start;
  const e = sentence.tokens[b - 1]!.end - sentence.start;
  return sentence.text.slice(s, e);
}

/** The token index at a character offset inside the sentence. */
export function tokenAt(sentence: Sentence, offset: number): number {
  const abs = sentence.start + offset;
  const i = sentence.tokens.findIndex((t) => t.end > abs);
  return i < 0 ? sentence.tokens.length - 1 : i;
}

export { DETERMINERS };

/** Where "summoned" stands within the twelve tokens before `at` ("summoned the ambassador … to protest"), else -1. */
export function summonBefore(sentence: Sentence, at: number): number {
  return verbBefore(sentence, at, SUMMON);
}

/** "spoke with his Iranian counterpart, X, to demand …": a contact (a summons among them) whose purpose the infinitive states. */
export function contactBefore(sentence: Sentence, at: number): number {
  return verbBefore(sentence, at, CONTACT);
}

const SUMMON = /^summon(?:s|ed|ing)?$/;
const CONTACT = /^(?:summon(?:s|ed|ing)?|spoke|speaks|met|meets|called|phoned|telephoned|visited|wrote|travell?ed|flew|flown)$/;

/** The first of the twelve tokens before `at` that the pattern matches, or -1. */
function verbBefore(sentence: Sentence, at: number, verb: RegExp): number {
  for (let k = Math.max(0, at - 12); k < at; k++) if (verb.test(sentence.tokens[k]!.lower)) return k;
  return -1;
}
