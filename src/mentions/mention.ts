// A mention: a span of a sentence that names or points at something, and the
// small token helpers every matcher shares.
import type { Sentence } from '../sentences/split-sentences.js';
import type { Token } from '../sentences/tokens.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import { gazetteer, type GazetteerHit } from './gazetteer.js';
import type { TitleRole } from './lexicon/titles.js';
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from './words.js';

export type MentionKind = 'country' | 'org' | 'person' | 'operation' | 'event' | 'treaty' | 'place' | 'group' | 'pronoun' | 'opnoun' | 'treatynoun' | 'anaphor';

export interface Mention {
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  kind: MentionKind;
  entity?: Entity;
  /** Followed by "'s". */
  possessive: boolean;
  /** A title in front of a person, or a person's apposition. */
  titleRole?: TitleRole;
  /** How the country was named, for the capital-as-place rule. */
  form?: 'name' | 'capital' | 'demonym' | 'adjective';
  /** Surface word for pronouns, group nouns, anaphors and generic operation nouns. */
  word?: string;
  /** A country or body that only qualifies the titled person after it ("Pakistani Prime Minister X"). */
  qualifier?: boolean;
  /** For anaphors opened by "his" or "her": the head belongs to a person ("his country"). */
  owner?: 'his' | 'her';
}

export interface MentionContext {
  registry: EntityRegistry;
  /** Named operations of the document so far (most recent last). */
  recentOps: Entity[];
  /** The capital the current paragraph is set in ("In Ankara, …"), if it opened on one. */
  setting?: string;
  /** The state the paragraph's last sentence opened on ("Iran rejected the claims."), for a bare "foreign ministry spokesman" next. */
  subjectState?: string;
  /** The article's date, for the officeholder a bare surname names ("Putin said"). */
  published?: string;
  /** Names of ships ("the tanker Aegean Star"): neither persons nor places. */
  vessels?: Set<string>;
}

// Whether a word can be part of a name depends on its text alone, and the same words recur in every
// sentence, so each answer is kept.
const capWordOf = new Map<string, boolean>();

export function capWord(t: Token | undefined): boolean {
  if (!t) return false;
  let known = capWordOf.get(t.text);
  if (known === undefined) {
    known = /^(?:al|el|ad|bin|ibn|abu)-\p{Lu}/u.test(t.text) || (t.cap && /^[\p{Lu}0-9]/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower));
    capWordOf.set(t.text, known);
  }
  return known;
}

type GazetteerMatch = { hits: GazetteerHit[]; end: number } | undefined;

// Several matchers probe the same position; a sentence's tokens are never changed once split.
const matchCache = new WeakMap<Token[], Map<number, GazetteerMatch>>();

export function matchGazetteer(tokens: Token[], i: number): GazetteerMatch {
  let cache = matchCache.get(tokens);
  if (!cache) matchCache.set(tokens, (cache = new Map()));
  if (cache.has(i)) return cache.get(i);
  const found = probeGazetteer(tokens, i);
  cache.set(i, found);
  return found;
}

function probeGazetteer(tokens: Token[], i: number): GazetteerMatch {
  const gz = gazetteer();
  if (!tokens[i] || !gz.firstWords.has(tokens[i]!.lower)) return undefined;
  // The keys of every length from i, built once; tried longest first.
  const keys: string[] = [];
  for (let n = 1; n <= Math.min(gz.maxTokens, tokens.length - i); n++) {
    const k = n === 1 ? tokens[i]!.lower : `${keys[n - 2]} ${tokens[i + n - 1]!.lower}`;
    if (!gz.prefixes.has(k)) break;
    keys.push(k);
  }
  for (let n = keys.length; n >= 1; n--) {
    const k = keys[n - 1]!;
    const hits = gz.phrases.get(k);
    if (!hits) continue;
    const first = tokens[i]!;
    // Names need their capital letter ("Turkey" the country, not the bird); titles don't; an
    // acronym needs all of them ("WHO", not "Who is to blame?").
    const surface = tokens.slice(i, i + n).map((t) => t.text).join(' ');
    const acronymOnly = (h: GazetteerHit) => h.kind === 'org' && [h.org.name, ...h.org.aliases].some((a) => a.toLowerCase() === k && /^[A-Z]{2,}$/.test(a)) && surface !== surface.toUpperCase();
    const usable = hits.filter((h) => h.kind === 'title' || (first.cap && !acronymOnly(h) && (h.kind !== 'country' || h.form !== 'name' || !/^[a-z]/.test(first.text))));
    if (usable.length) return { hits: usable, end: i + n };
  }
  return undefined;
}

export function textOf(sentence: Sentence, start: number, end: number): string {
  const a = sentence.tokens[start]!;
  const b = sentence.tokens[end - 1]!;
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
}
