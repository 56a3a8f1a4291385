// Capitalized names: titled persons ("Russian President Vladimir Putin"),
// persons known by part of their name, places named by cue or list, bodies
// written out, events and operations named after a place.
import type { Sentence } from '../sentences/split-sentences.js';
import type { Token } from '../sentences/tokens.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import { lookupPerson, registerPerson } from './persons.js';
import { officeholderBySurname, stateLedBy } from './lexicon/officeholders.js';
import { gazetteer } from './gazetteer.js';
import { PLACE_SUFFIXES } from './lexicon/places.js';
import { HONORIFICS, PORTFOLIO_WORDS, type TitleRole } from './lexicon/titles.js';
import { FUNCTION_WORDS, LOCATIVE, MONTHS, NAME_PARTICLES, ORG_HEADS, SAY_VERBS } from './words.js';
import { isCity, placeByContext } from './place-context.js';
import { capWord, matchGazetteer, textOf, type Mention } from './mention.js';
import { appositiveIsArmedGroup, armedGroupTail } from './match-bodies.js';
import { EVENT_HEADS, withPlace } from './match-incidents.js';

/** "Russian President Vladimir Putin", "Foreign Secretary Vikram Misri", "Sheikh Abdullah bin Zayed Al Nahyan". */
export function matchTitledPerson(sentence: Sentence, i: number, titleEnd: number, role: TitleRole, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  let j = titleEnd;
  // Chained titles: "Deputy Prime Minister and Foreign Minister X", "Lieutenant General X".
  for (;;) {
    const more = matchGazetteer(tokens, j);
    if (more?.hits[0]?.kind === 'title' && tokens[j]!.cap) {
      j = more.end;
      continue;
    }
    // "deputy prime minister and foreign minister, Ishaq Dar": lower-case titles chain too.
    if (tokens[j]?.lower === 'and' && matchGazetteer(tokens, j + 1)?.hits[0]?.kind === 'title' && (tokens[j + 1]!.cap || !tokens[i]!.cap)) {
      j = matchGazetteer(tokens, j + 1)!.end;
      continue;
    }
    break;
  }
  // "Assistant Secretary of State for African Affairs Carla Brennan": the portfolio belongs to the title.
  // "Minister of Water and Energy Abebe Tadesse": the name starts after the portfolio's words.
  if (['for', 'of'].includes(tokens[j]?.lower ?? '') && tokens[i]!.cap) {
    let k = j + 1;
    while (k < j + 5 && capWord(tokens[k]) && tokens[k]!.lower !== 'affairs') k++;
    if (tokens[k]?.lower === 'affairs' && capWord(tokens[k + 1])) k++;
    else k = j + 1;
    while (k < j + 8 && ((capWord(tokens[k]) && PORTFOLIO_WORDS.has(tokens[k]!.lower)) || (['and', '&', 'of', ','].includes(tokens[k]?.lower ?? '') && capWord(tokens[k + 1]) && PORTFOLIO_WORDS.has(tokens[k + 1]!.lower)))) k++;
    if (k > j + 1 && capWord(tokens[k])) j = k;
  }
  // "Japan's foreign minister, Iwaya Takeshi, said": the name follows a comma.
  // ("US", upper-case, is the state, not the pronoun.) "The EU's foreign policy
  // spokesperson, Marta Ruiz": lower-case words of the portfolio start the mention.
  let start = i;
  // ("Russia's first deputy ambassador, X": an ordinal rank is part of the title.)
  while (start > 0 && i - start < 3 && /^[a-z]+$/.test(tokens[start - 1]!.text) && (!FUNCTION_WORDS.has(tokens[start - 1]!.lower) || /^(?:first|second)$/.test(tokens[start - 1]!.lower)) && !SAY_VERBS.has(tokens[start - 1]!.lower) && !/ed$/.test(tokens[start - 1]!.lower)) start--;
  if (tokens[start - 1]?.text !== "'s") start = i;
  const prevWord = tokens[start - 1];
  const qualified = prevWord?.text === "'s" || (!!prevWord && /^[A-Z]/.test(prevWord.text) && (!FUNCTION_WORDS.has(prevWord.lower) || /^[A-Z]{2,}$/.test(prevWord.text)));
  // "The US ambassador in Pristina, Mark Ellison": the post's city stands between.
  if (qualified && ['in', 'to'].includes(tokens[j]?.lower ?? '') && capWord(tokens[j + 1])) {
    let k = j + 1;
    while (k < j + 4 && capWord(tokens[k])) k++;
    if (tokens[k]?.text === ',' && capWord(tokens[k + 1]) && nameRun(tokens, k + 1, true) - (k + 1) >= 2) j = k;
  }
  if (tokens[j]?.text === ',' && qualified && capWord(tokens[j + 1]) && nameRun(tokens, j + 1, true) - (j + 1) >= 2) j++;
  if (!tokens[i]!.cap && !/^[A-Z]/.test(tokens[j]?.text ?? '')) return undefined;
  // After a title a country's name can be a given name: "Governor Jordan Hale", "Senator India Marsh".
  const run = nameRun(tokens, j, true);
  if (run <= j) return undefined;
  const title = textOf(sentence, i, titleEnd);
  const person = registerPerson(registry, textOf(sentence, j, run), title, role);
  if (!person) return undefined;
  return { start, end: run, kind: 'person', entity: person, titleRole: role, possessive: false };
}

/**
 * "National Council for Safeguarding the Republic", "Civil Liberties Union of
 * Georgia": a body's name runs on through "for"/"of" and capitalized words.
 */
export function orgNameTail(tokens: Token[], end: number): number {
  // "Mission to Moldova", "Delegation to the UN", "Support Mission in Libya"
  const to = /^(?:to|in)$/.test(tokens[end]?.lower ?? '') && /^(?:mission|embassy|delegation|office)$/.test(tokens[end - 1]?.lower ?? '');
  if ((!['of', 'for'].includes(tokens[end]?.lower ?? '') && !to) || !capWord(tokens[end + 1])) return end;
  let k = end + 1;
  while (k < tokens.length && (capWord(tokens[k]) || (['the', 'and', 'of', 'for'].includes(tokens[k]!.lower) && capWord(tokens[k + 1])))) k++;
  return k - end <= 8 ? k : end;
}

const GEO_FIRST = new Set(['salar', 'lake', 'mount', 'gulf', 'cape', 'port', 'fort', 'bay', 'river', 'island', 'islands', 'valley', 'plateau', 'desert', 'strait', 'canal', 'pass', 'sierra', 'cerro', 'rio', 'wadi', 'jebel', 'lac', 'mont']);
const DE_FACTO = /^(?:administration|authorities|leadership|side|separatists|rebels|militia|forces)$/;

const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);

/**
 * "Infrastructure Minister", "Deputy Energy Minister", "Trade Secretary": a
 * portfolio the lexicon does not list is still an office when its capitalized
 * words end in Minister or Secretary. Returns where the title ends.
 */
export function matchPortfolioTitle(tokens: Token[], i: number): number | undefined {
  const gz = gazetteer();
  // "South Korean Foreign Minister": a (multi-word) demonym is the qualifier, not part of the portfolio.
  if (matchGazetteer(tokens, i)?.hits.some((h) => h.kind === 'country' || h.kind === 'org' || h.kind === 'title')) return undefined;
  let k = i;
  while (k < i + 3 && capWord(tokens[k]) && !PORTFOLIO_HEADS.has(tokens[k]!.lower) && !gz.phrases.get(tokens[k]!.lower)?.some((h) => h.kind === 'country' || h.kind === 'org')) k++;
  if (k === i || !tokens[k]?.cap || !PORTFOLIO_HEADS.has(tokens[k]!.lower)) return undefined;
  return k + 1;
}

/**
 * Tokens of a personal name from j: capitalized words and inner particles. A
 * country's name opens a name only after a title, and only with a surname after it.
 */
/** Words of how an attack was made: "Salisbury nerve agent attack", "Kabul suicide bombing". */
const WEAPON_WORDS = /^(?:nerve|agent|terror|terrorist|suicide|bomb|car|drone|missile|rocket|chemical|gas|militant|gun|knife|mortar|grenade|arson)$/;

const COLLECTIVE_POSSESSORS = new Set(['people', 'peoples', 'workers', 'women', 'farmers']);

/** "People's" in "Tigray People's Liberation Front": the possessive at k belongs to a body's name. */
export function isCollectivePossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.text === "'s" || t.text === "'") && COLLECTIVE_POSSESSORS.has(tokens[k - 1]?.lower ?? '') && capWord(tokens[k + 1]);
}

/**
 * A body whose name is written out in [start, end). "The Tigray People's Liberation Front" is "the TPLF"
 * later, whether or not the text spells the acronym out: its initials (three to six capitals) find it.
 */
export function writtenOutBody(sentence: Sentence, start: number, end: number, registry: EntityRegistry): Entity {
  const body = registry.get('Organization', textOf(sentence, start, end));
  const caps = sentence.tokens.slice(start, end).filter((w) => capWord(w)).map((w) => w.text[0]!.toUpperCase());
  const initials = caps.join('');
  if (caps.length >= 3 && caps.length <= 6 && !gazetteer().phrases.has(initials.toLowerCase()) && !registry.find('Organization', initials)) registry.lookupName(body, initials);
  return body;
}

function nameRun(tokens: Token[], j: number, afterTitle = false): number {
  let k = j;
  const gz = gazetteer();
  while (k < tokens.length) {
    const t = tokens[k]!;
    // (A body's one-word name stops the run only as written: "Kim Jong Un" is no "UN".)
    if (capWord(t) && !gz.phrases.get(t.lower)?.some((h) => h.kind === 'title' || (h.kind === 'org' && [h.org.name, ...h.org.aliases].includes(t.text))) && t.text !== 'Operation') {
      const hit = gz.phrases.get(t.lower);
      const givenName = afterTitle && capWord(tokens[k + 1]) && !gz.phrases.has(tokens[k + 1]!.lower) && !ORG_HEADS.has(tokens[k + 1]!.lower);
      if (hit?.some((h) => h.kind === 'country' && h.form !== 'capital') && k === j && !givenName) break;
      k++;
      continue;
    }
    // "Theresa May", "Zhang Jun": a month's name after a given name is a surname, unless a day follows.
    if (k > j && t.cap && MONTHS.has(t.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/^\d/.test(tokens[k + 1]?.text ?? '') && capWord(tokens[k - 1])) {
      k++;
      continue;
    }
    // "Tigray People's Liberation Front", "Kurdistan Workers' Party": a collective possessive inside a body's name.
    if (k > j && isCollectivePossessive(tokens, k)) {
      k++;
      continue;
    }
    // "al-Jubeir", "el-Sisi", "bin-Salman": a particle fused to a name.
    if (/^(?:al|el|ad|ud|bin|ibn|abu)-\p{Lu}/u.test(t.text) && k > j) {
      k++;
      continue;
    }
    // "Ursula von der Leyen": particles may run in pairs before the surname.
    if (NAME_PARTICLES.has(t.lower) && k > j && (capWord(tokens[k + 1]) || (NAME_PARTICLES.has(tokens[k + 1]?.lower ?? '') && capWord(tokens[k + 2])))) {
      k++;
      continue;
    }
    break;
  }
  // A name ends before a possessive-less country word: "Trump Route" is not a name, but we cannot know; keep at most 5 words.
  return Math.min(k, j + 5);
}

/** A run of capitalized words: a known person's name or part of it, a new person, a place, a body or an event. */
export function matchCapitalizedRun(sentence: Sentence, i: number, registry: EntityRegistry, vessels?: ReadonlySet<string>, published?: string): Mention | undefined {
  const tokens = sentence.tokens;
  let start = i;
  if (HONORIFICS.has(tokens[i]!.lower)) start = i + 1;
  // "May told parliament": a known person's surname that is also a month's name.
  if (MONTHS.has(tokens[start]!.lower) && tokens[start]!.cap && !/^\d/.test(tokens[start + 1]?.text ?? '')) {
    const known = lookupPerson(registry, tokens[start]!.text);
    if (known) return { start: i, end: start + 1, kind: 'person', entity: known, possessive: false };
  }
  // "Deputy State Department spokesperson X": a rank word opens the title, not the body's name.
  if (/^(?:deputy|acting|interim|former|vice)$/.test(tokens[start]!.lower) && matchGazetteer(tokens, start + 1)) return undefined;
  const end = nameRun(tokens, start);
  if (end <= start) return undefined;
  const text = textOf(sentence, start, end);
  const next = tokens[end];
  const nextLower = next?.lower ?? '';
  const prev = tokens[i - 1]?.lower;

  // "<Place> attack", "Salisbury nerve agent attack", "Kabul suicide bombing": a named event.
  let headAt = end;
  while (headAt < end + 2 && /^[a-z-]+$/.test(tokens[headAt]?.text ?? '') && !EVENT_HEADS.has(tokens[headAt]!.lower) && WEAPON_WORDS.test(tokens[headAt]!.lower)) headAt++;
  // ("Drone attacks on two facilities …" opens a sentence: a weapon's name is no place's.)
  const weaponWord = end - start === 1 && WEAPON_WORDS.test(tokens[start]!.lower);
  if (weaponWord && (EVENT_HEADS.has(tokens[headAt]?.lower ?? '') || EVENT_HEADS.has(nextLower))) return undefined;
  if (headAt > end && EVENT_HEADS.has(tokens[headAt]?.lower ?? '') && end - start <= 3 && !lookupPerson(registry, text)) {
    const head = tokens[headAt]!.lower.replace(/s$/, '') === 'attack' ? 'attack' : tokens[headAt]!.lower;
    const e = registry.get('Event', `${text} ${head}`, textOf(sentence, start, headAt + 1));
    if (vessels?.has(text)) return { start: i, end: headAt + 1, kind: 'event', entity: e, possessive: false };
    return { start: i, end: headAt + 1, kind: 'event', entity: withPlace(e, registry.get('Place', text)), possessive: false };
  }
  if (EVENT_HEADS.has(nextLower) && end - start <= 3) {
    const e = registry.get('Event', `${text} ${nextLower.replace(/s$/, '') === 'attack' ? 'attack' : nextLower}`, `${text} ${next!.text}`);
    // "the Aegean Star attack": an attack on a ship happened at sea, not at a place of that name.
    if (vessels?.has(text)) return { start: i, end: end + 1, kind: 'event', entity: e, possessive: false };
    const place = registry.get('Place', text);
    return { start: i, end: end + 1, kind: 'event', entity: withPlace(e, place), possessive: false };
  }
  // "<Place> airstrikes": a named operation.
  if (['airstrikes', 'airstrike', 'strikes'].includes(nextLower) && end - start === 1 && !gazetteer().phrases.has(tokens[start]!.lower)) {
    const op = registry.get('Operation', `${text} ${nextLower === 'strikes' ? 'strikes' : 'airstrikes'}`, text);
    return { start: i, end: end + 1, kind: 'operation', entity: op, possessive: false };
  }
  // "<Name> province", "Ta Moan Thom temple"
  if (PLACE_SUFFIXES.has(nextLower) && nextLower !== 'border') {
    return { start: i, end, kind: 'place', entity: registry.get('Place', text, `${text} ${next!.text}`), possessive: false };
  }
  // "the Jaish-e-Mohammed and Lashkar-e-Taiba militant groups", "the M23 rebels"
  const armed = !['a', 'an'].includes(prev ?? '') && armedGroupTail(tokens, end);
  if (armed) return { start: i, end, kind: 'org', entity: registry.get('Organization', text), possessive: false };
  // "the Biden administration", "the Netanyahu government": the state its leader led.
  if (/^(?:administration|government|cabinet)$/.test(nextLower)) {
    const state = stateLedBy(text);
    if (state) return { start: i, end: end + 1, kind: 'country', entity: registry.get('Country', state, `${text} ${next!.text}`), form: 'name', possessive: false };
  }
  // "the Transnistrian administration", "Abkhaz authorities": a de facto government the gazetteer does not list.
  if (end - start === 1 && /(?:ian|ese|ish|an|i|z)$/.test(tokens[start]!.text) && DE_FACTO.test(nextLower)) {
    return { start: i, end: end + 1, kind: 'org', entity: registry.get('Organization', `${text} ${next!.text}`), possessive: false };
  }
  // "the Salar de Coipasa", "Lake Chad", "Mount Hermon": a geographic word opens a place's name.
  if (end - start >= 2 && GEO_FIRST.has(tokens[start]!.lower)) {
    return { start: i, end, kind: 'place', entity: registry.get('Place', text), possessive: false };
  }
  // "Yacimientos de Litio Bolivianos (YLB)": a name with an acronym is a body's, not a person's.
  if (next?.text === '(' && /^[A-Z]{2,6}$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ')' && end - start >= 2) {
    const body = registry.get('Organization', text);
    registry.alias(body, tokens[end + 1]!.text);
    return { start: i, end, kind: 'org', entity: body, possessive: false };
  }
  // "<Name> Council", "... Party": a body written out.
  const last = tokens[end - 1]!.lower;
  const full = ORG_HEADS.has(last) ? orgNameTail(tokens, end) : end;
  if (ORG_HEADS.has(last) && (end - start >= 2 || full > end)) {
    // "the Polisario Front" is "the Polisario" later.
    if (full === end && /^(?:front|movement)$/.test(last)) {
      const short = textOf(sentence, start, end - 1);
      if (!gazetteer().phrases.has(short.toLowerCase())) registry.alias(registry.get('Organization', textOf(sentence, start, full)), short);
    }
    return { start: i, end: full, kind: 'org', entity: writtenOutBody(sentence, start, full, registry), possessive: false };
  }
  // "MINURSO, the UN mission that monitors …": an acronym named as a body, part of the body in its apposition.
  if (/^[A-Z]{3,8}$/.test(text) && next?.text === ',' && /^(?:the|a|an)$/.test(tokens[end + 1]?.lower ?? '')) {
    const kindAt = tokens.slice(end + 2, end + 6).findIndex((t) => /^(?:mission|force|agency|body|operation|office|commission|court|tribunal|programme|program|observers?)$/.test(t.lower));
    if (kindAt >= 0) {
      const body = registry.get('Organization', text);
      const parent = matchGazetteer(tokens, end + 2)?.hits.find((h) => h.kind === 'org');
      if (parent?.kind === 'org' && !body.upTo) {
        body.upTo = registry.get('Organization', parent.org.name);
        body.upEvidence = { sentence: sentence.index, rule: 'acronym-apposition' };
      }
      return { start: i, end, kind: 'org', entity: body, possessive: false };
    }
  }
  // "the FDLR, a Hutu militia"
  if (/^[A-Z0-9]{2,8}$/.test(text) && next?.text === ',' && appositiveIsArmedGroup(tokens, end + 1)) {
    return { start: i, end, kind: 'org', entity: registry.get('Organization', text), possessive: false };
  }

  // "told Cadena SER radio", "in an interview with Al Arabiya television": a broadcaster or paper, not a person.
  if (MEDIA_NOUNS.test(nextLower) && !lookupPerson(registry, text)) return { start: i, end, kind: 'org', entity: registry.get('Organization', text), possessive: false };
  const known = lookupPerson(registry, text);
  if (known) return { start: i, end, kind: 'person', entity: known, possessive: false };
  const known2 = registry.find('Organization', text);
  if (known2) {
    registry.alias(known2, text);
    return { start: i, end, kind: 'org', entity: known2, possessive: false };
  }
  const knownPlace = registry.find('Place', text);
  if (knownPlace) return { start: i, end, kind: 'place', entity: knownPlace, possessive: false };

  // (Not in a title-case headline, where every word is capitalized: "Deadliest Clash in Decades".)
  if (((prev && LOCATIVE.has(prev)) || placeByContext(tokens, i) || (isCity(text) && !capWord(next) && !HONORIFICS.has(prev ?? ''))) && (!sentence.heading || isCity(text))) {
    return { start: i, end, kind: 'place', entity: registry.get('Place', text), possessive: false };
  }
  const words = end - start;
  // "Putin said": a bare surname of the one officeholder of that name on the article's date.
  // (Never a word of the language: "Said", "X" of "Frederik X".)
  const plainWord = SAY_VERBS.has(text.toLowerCase()) || FUNCTION_WORDS.has(text.toLowerCase()) || /^[IVXLC]+$/.test(text) || text.length < 3;
  const holder = words === 1 && published && !plainWord && !gazetteer().phrases.has(text.toLowerCase()) ? officeholderBySurname(text, published) : undefined;
  if (holder) {
    const person = registerPerson(registry, holder, undefined, undefined);
    if (person) {
      registry.alias(person, text);
      return { start: i, end, kind: 'person', entity: person, possessive: false };
    }
  }
  const sentenceInitial = i === 0 || ['"', '“', '(', '—'].includes(tokens[i - 1]!.text);
  const saysNext = SAY_VERBS.has(nextLower) || (next?.text === ',' && /^(?:a|an|the|who|[A-Z])/.test(tokens[end + 1]?.text ?? '') && !sentenceInitial);
  // "Edgar Kagan and Ouyang Yujing, the American and Chinese ambassadors": two names coordinated before an apposition.
  const partnerEnd = nextLower === 'and' ? nameRun(tokens, end + 1) : end;
  const namedPair = partnerEnd - (end + 1) >= 2 && (tokens[partnerEnd]?.text === ',' || SAY_VERBS.has(tokens[partnerEnd]?.lower ?? ''));
  // "Gonzalo Mercado accused the Carabineros": a sentence-opening name followed by a verb in the past.
  const actsNext = /^[a-z]+ed$/.test(next?.text ?? '') || /^(?:met|spoke|wrote|told|sent|made|gave|took|led|held|left|went|struck|won|lost)$/.test(next?.text ?? '');
  // "the US special envoy for the Horn of Africa, Daniel Whitford, met …": a name set off after an office.
  const afterOffice = prev === ',' && next?.text === ',' && tokens.slice(Math.max(0, i - 9), i - 1).some((t) => OFFICE_NOUNS.test(t.lower));
  // "Line of Actual Control", "Museum of Modern Art": the tail of a longer name, not a person.
  const nameTail = prev === 'of' && capWord(tokens[i - 2]);
  // ("the Nord Stream pipelines", "the Tren de Aragua gang": no person's name takes an article.)
  const article = prev === 'the' || prev === 'a' || prev === 'an';
  if (words >= 2 && !sentence.heading && !nameTail && !article && (!sentenceInitial || saysNext || actsNext || next?.text === ',' || namedPair || afterOffice)) {
    const person = registerPerson(registry, text, undefined, undefined);
    if (person) return { start: i, end, kind: 'person', entity: person, possessive: false };
  }
  return undefined;
}

const MEDIA_NOUNS = /^(?:radio|television|tv|newspaper|daily|weekly|channel|broadcaster|network|magazine)$/;

const OFFICE_NOUNS = /^(?:envoy|ambassador|minister|secretary|spokes(?:man|woman|person)|president|chairman|chairperson|chair|commissioner|representative|coordinator|adviser|advisor|director|head|chief|commander|negotiator|mediator|rapporteur)$/;

const STRIKE_VERBS = new Set(['hit', 'struck', 'targeted', 'attacked', 'shelled', 'bombed', 'seized', 'captured', 'pounded', 'raided']);

/** "hit Sialkot, Shakargarh and Muridke": names listed after a strike verb or beside a place are places. */
export function matchListedPlace(sentence: Sentence, i: number, out: Mention[], registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  const known = lookupPerson(registry, tokens[i]!.text) ?? registry.find('Organization', tokens[i]!.text);
  if (known) return undefined;
  let k = i - 1;
  const connector: string[] = [];
  while (k >= 0 && [',', 'and', 'as', 'well'].includes(tokens[k]!.lower)) connector.unshift(tokens[k--]!.lower);
  const afterStrike = connector.length === 0 && STRIKE_VERBS.has(tokens[i - 1]?.lower ?? '');
  const last = out[out.length - 1];
  const afterPlace = connector.length > 0 && last?.kind === 'place' && last.end === k + 1 && ['and', ',', ', and', 'as well as', ', as well as'].includes(connector.join(' ').replace(' ,', ','));
  if (!afterStrike && !afterPlace) return undefined;
  // "the envoy for the Horn of Africa, Daniel Whitford,": the office's holder, not another place.
  if (afterPlace && tokens.slice(Math.max(0, i - 9), i).some((t) => OFFICE_NOUNS.test(t.lower))) return undefined;
  let end = i + 1;
  while (capWord(tokens[end]) && end < i + 3) end++;
  // "Ahmedpur East", but a following body or title word means it is not a place
  if (gazetteer().phrases.has(tokens[i]!.lower)) return undefined;
  // "struck Polisario Front positions": a body, not a town
  if (ORG_HEADS.has(tokens[end - 1]!.lower)) return undefined;
  const name = textOf(sentence, i, end);
  return { start: i, end, kind: 'place', entity: registry.get('Place', name), possessive: false };
}
