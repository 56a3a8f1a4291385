// Bodies of states and armed groups: "the Russian Foreign Ministry",
// "Pakistan's army", "the Indian Army, Air Force, and Navy", "the M23 rebels".
import type { Sentence } from '../sentences/split-sentences.js';
import type { Token } from '../sentences/tokens.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import { gazetteer, type GazetteerHit } from './gazetteer.js';
import { GOVERNMENT_BODIES } from './lexicon/organizations.js';
import { capWord, matchGazetteer, textOf, type Mention } from './mention.js';

const GROUP_ARMED = new Set(['militant', 'terror', 'terrorist', 'armed', 'rebel', 'insurgent', 'jihadist', 'separatist', 'extremist', 'paramilitary']);

const GROUP_NOUN_ORG = new Set(['group', 'groups', 'rebels', 'militia', 'militias', 'militants', 'outfit', 'outfits', 'organisation', 'organization', 'movement']);

const BODY_FIRST_WORDS = new Set(Object.keys(GOVERNMENT_BODIES).map((k) => k.split(' ')[0]!));
const BODY_MAX_WORDS = Math.max(...Object.keys(GOVERNMENT_BODIES).map((k) => k.split(' ').length));

/** The longest government-body head starting at i ("foreign ministry", "army"). */
function matchBodyHead(tokens: Token[], i: number): { head: string; end: number } | undefined {
  if (!tokens[i] || !BODY_FIRST_WORDS.has(tokens[i]!.lower)) return undefined;
  const keys: string[] = [];
  for (let n = 1; n <= Math.min(BODY_MAX_WORDS, tokens.length - i); n++) keys.push(n === 1 ? tokens[i]!.lower : `${keys[n - 2]} ${tokens[i + n - 1]!.lower}`);
  for (let n = keys.length; n >= 1; n--) {
    const head = GOVERNMENT_BODIES[keys[n - 1]!];
    if (head) return { head, end: i + n };
  }
  return undefined;
}

export function linkOrganization(org: Entity, partOf: string | undefined, code: string | undefined, registry: EntityRegistry, sentence: Sentence): void {
  if (org.upTo) return;
  const gz = gazetteer();
  if (partOf) org.upTo = registry.get('Organization', partOf);
  else if (code) org.upTo = registry.get('Country', gz.byCode.get(code)!.name);
  if (org.upTo) org.upEvidence = { sentence: sentence.index, rule: 'lexicon-membership' };
}

/** "Russian Foreign Ministry", "Pakistan's Foreign Office", "the Indian government", "Royal Thai Army". */
export function matchGovernmentBody(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  const gz = gazetteer();
  let j = i;
  const royal = tokens[j]?.text === 'Royal';
  if (royal) j++;
  const country = matchGazetteer(tokens, j);
  const hit = country?.hits.find((h) => h.kind === 'country');
  if (!country || !hit || hit.kind !== 'country') return undefined;
  let k = country.end;
  if (tokens[k]?.text === "'s") k++;
  const head = matchBodyHead(tokens, k);
  if (!head) return undefined;
  // "Indian military operations": the head is an adjective here.
  if (['armed forces', 'Army', 'Navy', 'Air Force'].includes(head.head) && ADJECTIVAL_NEXT.test(tokens[head.end]?.text ?? '')) return undefined;
  // "the Indian government" names the state itself.
  if (head.head === 'government') {
    const c = registry.get('Country', hit.country.name, textOf(sentence, i, head.end));
    return { start: i, end: head.end, kind: 'country', entity: c, form: 'name', possessive: false };
  }
  // "the country's foreign minister" is a title, not a body: leave it to the title matcher.
  if (['minister', 'secretary'].includes(tokens[head.end]?.lower ?? '')) return undefined;
  const adjective = gz.adjective(hit.country);
  let end = head.end;
  let name = `${royal ? 'Royal ' : ''}${adjective} ${head.head}`;
  // "US Embassy in Bangkok"
  if (head.head === 'Embassy' && tokens[end]?.lower === 'in' && capWord(tokens[end + 1])) {
    const where = matchGazetteer(tokens, end + 1);
    const placeEnd = where?.end ?? end + 2;
    name = `${name} in ${textOf(sentence, end + 1, placeEnd)}`;
    end = placeEnd;
  }
  const org = registry.get('Organization', name, textOf(sentence, i, end));
  registry.get('Country', hit.country.name, textOf(sentence, j, country.end));
  if (royal) registry.alias(org, `${adjective} ${head.head}`);
  if (!org.upTo) {
    org.upTo = registry.get('Country', hit.country.name);
    org.upEvidence = { sentence: sentence.index, rule: 'body-of-state' };
  }
  return { start: i, end, kind: 'org', entity: org, possessive: false };
}

/**
 * "In Ankara, the foreign ministry said …", and later in that paragraph
 * "according to the Ministry of National Defence": a state body named
 * without its state belongs to the state the paragraph is set in.
 */
export function matchSettingBody(sentence: Sentence, i: number, registry: EntityRegistry, setting: string | undefined, subjectState?: string): Mention | undefined {
  const tokens = sentence.tokens;
  // "the foreign ministry said", or "foreign ministry spokesman X" (the body then qualifies the title)
  const from = tokens[i]?.lower === 'the' ? i + 1 : i;
  const head = matchBodyHead(tokens, from);
  if (!head || ['government', 'armed forces', 'Army', 'Navy', 'Air Force', 'Embassy'].includes(head.head)) return undefined;
  if (['minister', 'secretary'].includes(tokens[head.end]?.lower ?? '')) return undefined;
  // Without a paragraph setting, the state the sentence opens on, for "foreign ministry spokesperson X"
  // only: "China, whose …, took note with concern, foreign ministry spokesperson Sun Wei said".
  const spokesperson = /^(?:spokesman|spokeswoman|spokesperson)$/.test(tokens[head.end]?.lower ?? '');
  // Else the state the previous sentence opened on: "Iran rejected the claims. Foreign Ministry spokesman X …".
  const opening = !setting && spokesperson ? matchGazetteer(tokens, 0)?.hits.find((h) => h.kind === 'country' && (h.form === 'name' || h.form === 'capital')) : undefined;
  const place = setting ?? (spokesperson ? subjectState : undefined);
  if (!place && !opening) return undefined;
  const entry = opening || gazetteer().phrases.get(place!.toLowerCase())?.find((h) => h.kind === 'country');
  if (entry?.kind !== 'country') return undefined;
  const country = registry.get('Country', entry.country.name);
  const org = registry.get('Organization', `${gazetteer().adjective(entry.country)} ${head.head}`, textOf(sentence, from, head.end));
  if (!org.upTo) {
    org.upTo = country;
    org.upEvidence = { sentence: sentence.index, rule: 'body-of-setting' };
  }
  return { start: i, end: head.end, kind: 'org', entity: org, possessive: false };
}

const ADJECTIVAL_NEXT = /^(?:operations?|actions?|showdown|escalation|options?|conflict|strikes?|response|installations|targets|sites|leaders|aid|power|presence|pressure|officials|sources|spokesman|chief|commanders?|exercises?|drills?)$/;

/** "India-Pakistan", "US-Iranian": two countries in one hyphenated word. */
export function matchCountryPair(sentence: Sentence, i: number, registry: EntityRegistry): Mention[] {
  const t = sentence.tokens[i]!;
  if (!t.text.includes('-') || !t.cap) return [];
  const parts = t.text.split('-');
  if (parts.length !== 2) return [];
  const gz = gazetteer();
  const found = parts.map((p) => gz.phrases.get(p.toLowerCase())?.find((h) => h.kind === 'country' && h.form !== 'capital'));
  if (!found[0] || !found[1] || found[0].kind !== 'country' || found[1].kind !== 'country') return [];
  return found.map((h, k) => ({
    start: i,
    end: i + 1,
    kind: 'country' as const,
    entity: registry.get('Country', (h as Extract<GazetteerHit, { kind: 'country' }>).country.name, parts[k]),
    form: 'adjective' as const,
    possessive: false,
    word: 'pair',
  }));
}

export function coordinatedBodies(sentence: Sentence, body: Mention, registry: EntityRegistry): Mention[] {
  const tokens = sentence.tokens;
  const first = body.entity;
  const country = first?.upTo;
  if (!first || !country || country.type !== 'Country') return [];
  const adjective = first.name.replace(/ [^ ]+(?: [^ ]+)?$/, '').replace(/^Royal /, '');
  const out: Mention[] = [];
  let k = body.end;
  for (;;) {
    let j = k;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.lower === 'and') j++;
    if (j === k || !tokens[j]?.cap) break;
    const head = matchBodyHead(tokens, j);
    if (!head || head.head === 'government') break;
    const org = registry.get('Organization', `${adjective} ${head.head}`, textOf(sentence, j, head.end));
    if (!org.upTo) {
      org.upTo = country;
      org.upEvidence = { sentence: sentence.index, rule: 'body-of-state' };
    }
    out.push({ start: j, end: head.end, kind: 'org', entity: org, possessive: false });
    k = head.end;
  }
  return out;
}

export function armedGroupTail(tokens: Token[], end: number): boolean {
  let k = end;
  // coordinated names share the tail: "X and Y militant groups"
  while (tokens[k] && (tokens[k]!.lower === 'and' || tokens[k]!.text === ',' || capWord(tokens[k]))) k++;
  if (GROUP_ARMED.has(tokens[k]?.lower ?? '')) k++;
  return GROUP_NOUN_ORG.has(tokens[k]?.lower ?? '') && (GROUP_ARMED.has(tokens[k - 1]?.lower ?? '') || ['rebels', 'militia', 'militias', 'militants'].includes(tokens[k]!.lower));
}

export function appositiveIsArmedGroup(tokens: Token[], k: number): boolean {
  for (let n = k; n < Math.min(tokens.length, k + 6); n++) {
    const w = tokens[n]!.lower;
    if (['militia', 'rebels', 'group', 'movement', 'insurgency', 'militants'].includes(w)) return true;
    if (w === ',' || w === '.') return false;
  }
  return false;
}
