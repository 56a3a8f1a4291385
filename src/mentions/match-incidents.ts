// Incidents: "Operation Sindoor", "the April 22 attack", "the killing of 26
// people at Pahalgam", and the generic words that point back at them ("the strikes").
import type { Sentence } from '../sentences/split-sentences.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import { gazetteer } from './gazetteer.js';
import { MONTHS } from './words.js';
import { capWord, textOf, type Mention } from './mention.js';

const OP_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes', 'attack', 'attacks', 'operation', 'operations', 'raid', 'raids', 'bombing', 'bombings', 'action', 'campaign', 'aggression', 'offensive', 'incursion', 'offensives', 'assault', 'operation', 'missiles', 'killings', 'massacre', 'use of force']);

export const EVENT_HEADS = new Set(['attack', 'attacks', 'bombing', 'massacre', 'killings', 'shooting', 'blast', 'explosion', 'genocide', 'clashes', 'uprising', 'earthquake', 'offensive']);

/** Generic words for an operation or attack: "the strikes", "India's overnight military operation". */
export function matchOpNoun(sentence: Sentence, i: number): Mention | undefined {
  const tokens = sentence.tokens;
  const t = tokens[i]!.lower;
  if (OP_NOUNS.has(t)) return { start: i, end: i + 1, kind: 'opnoun', word: t, possessive: false };
  if (t === 'use' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'force') return { start: i, end: i + 3, kind: 'opnoun', word: 'use of force', possessive: false };
  return undefined;
}

/** Generic words for an agreement named earlier: "the deal", "the new port agreement". */
const TREATY_NOUNS = new Set(['deal', 'agreement', 'accord', 'accords', 'pact', 'treaty', 'resolution', 'declaration', 'charter', 'convention', 'memorandum']);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);

/**
 * "the deal", "this accord", "the maritime agreement": a definite agreement word that can point back at a named treaty;
 * so can the head word of a treaty already named ("the Five-Point Consensus" … "the consensus").
 */
export function matchTreatyNoun(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  const t = tokens[i]!.lower;
  const listed = TREATY_NOUNS.has(t);
  if (!listed && (tokens[i]!.cap || !AGREEMENT_HEADS.has(t))) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (DEFINITE.has(tokens[k]!.lower)) return listed || namedTreatyHead(registry, t) ? { start: i, end: i + 1, kind: 'treatynoun', word: t, possessive: false } : undefined;
    // ("the 1904 treaty": a year may qualify it.)
    if (!/^(?:[a-z-]+|1[89]\d\d|20\d\d)$/.test(tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/** "the April 22 attack", "the October 7 attacks": an event named by its date. */
export function matchDatedEvent(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const toks = sentence.tokens;
  if (!MONTHS.has(toks[i]!.lower) || !/^\d{1,2}$/.test(toks[i + 1]?.text ?? '')) return undefined;
  let k = i + 2;
  while (k < i + 5 && toks[k] && /^(?:terror|terrorist|militant|deadly|suicide)$/.test(toks[k]!.lower)) k++;
  const head = toks[k]?.lower ?? '';
  if (!EVENT_HEADS.has(head)) return undefined;
  const name = `${toks[i]!.text} ${toks[i + 1]!.text} ${head === 'attacks' ? 'attack' : head}`;
  const e = registry.get('Event', name, textOf(sentence, i, k + 1));
  const where = placeAfter(sentence, k + 1, registry);
  if (where) withPlace(e, where);
  return { start: i, end: k + 1, kind: 'event', entity: e, possessive: false };
}

/** "... attack at Pahalgam" (with `on`, "attack on Abqaiq"): the place right after an event word. */
function placeAfter(sentence: Sentence, k: number, registry: EntityRegistry, on = false): Entity | undefined {
  const toks = sentence.tokens;
  if (!['at', 'in', 'near', ...(on ? ['on'] : [])].includes(toks[k]?.lower ?? '') || !capWord(toks[k + 1])) return undefined;
  if (gazetteer().phrases.get(toks[k + 1]!.lower)?.some((h) => h.kind === 'country' && h.form !== 'capital')) return undefined;
  // "attacks on Iranian-backed groups", "the attack on Europe", "the attack on Kyiv": what is attacked is
  // a people, a region or a state (by its capital), not a place the incident is named after.
  if (toks[k]!.lower === 'on' && (/-[a-z]+$/.test(toks[k + 1]!.text) || gazetteer().phrases.get(toks[k + 1]!.lower)?.some((h) => h.kind === 'country' || h.kind === 'region'))) return undefined;
  let end = k + 2;
  while (capWord(toks[end]) && end < k + 4) end++;
  // "attacks on Durga Puja pandals": the name qualifies a plural noun; the things attacked are no place.
  if (/^[a-z]{3,}s$/.test(toks[end]?.text ?? '') && !/^(?:was|has|this|thus|as|is|his|its|ms)$/.test(toks[end]!.text)) return undefined;
  return registry.get('Place', textOf(sentence, k + 1, end));
}

/** "the killing of 26 people at Pahalgam", "an attack near Pahalgam", "the attack on Abqaiq": an event named by its place. */
export function matchPlacedIncident(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const toks = sentence.tokens;
  const w = toks[i]!.lower;
  if (!/^(?:attack|attacks|killing|killings|massacre|bombing)$/.test(w)) return undefined;
  let k = i + 1;
  if (w.startsWith('killing') || w === 'massacre') {
    if (toks[k]?.lower !== 'of') return undefined;
    k++;
    while (k < i + 6 && toks[k] && /^(?:\d+|[a-z]+)$/.test(toks[k]!.text) && !['at', 'in', 'near'].includes(toks[k]!.lower)) k++;
  }
  // ("the attack on Abqaiq": a place attacked; "the attack on Israel" is on a state, no place.)
  const where = placeAfter(sentence, k, registry, /^(?:attack|attacks|bombing)$/.test(w));
  if (!where) return undefined;
  const e = registry.get('Event', `${where.name} attack`, textOf(sentence, i, k + 1 + where.name.split(' ').length));
  withPlace(e, where);
  return { start: i, end: k + 1 + where.name.split(' ').length, kind: 'event', entity: e, possessive: false };
}

export function withPlace(event: Entity, place: Entity): Entity {
  event.place ??= place;
  return event;
}

/** Other words that end agreements' names ("Five-Point Consensus", "Minsk Protocol", "Belt and Road Initiative"). */
const AGREEMENT_HEADS = new Set(['consensus', 'protocol', 'protocols', 'initiative', 'roadmap', 'framework', 'compact', 'understanding', 'arrangement', 'communique', 'communiqué', 'principles', 'plan', 'formula', 'process', 'award', 'statement']);

/** A word that ends the name of a treaty the document has named ("consensus" of "Five-Point Consensus"). */
function namedTreatyHead(registry: EntityRegistry, word: string): boolean {
  return registry.all().some((e) => e.type === 'Treaty' && e.name.toLowerCase().split(/[\s-]+/).pop() === word);
}
