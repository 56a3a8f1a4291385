// Finds what a sentence names: countries (by name, demonym or capital),
// bodies, titled persons, operations, events, treaties, places, and the
// words that point back at them ("she", "the ministry", "both sides").
import type { Sentence } from '../sentences/split-sentences.js';
import type { Token } from '../sentences/tokens.js';
import type { Entity, EntityRegistry } from '../entities/registry.js';
import { gazetteer, type GazetteerHit } from './gazetteer.js';
import { GOVERNMENT_BODIES } from './lexicon/organizations.js';
import { PLACE_SUFFIXES } from './lexicon/places.js';
import { HONORIFICS, type TitleRole } from './lexicon/titles.js';
import { FUNCTION_WORDS, GROUP_NOUNS, LOCATIVE, MONTHS, NAME_PARTICLES, ORG_HEADS, SAY_VERBS, TREATY_HEADS, WEEKDAYS } from './words.js';
import { lookupPerson, registerPerson } from '../entities/persons.js';

export type MentionKind = 'country' | 'org' | 'person' | 'operation' | 'event' | 'treaty' | 'place' | 'group' | 'pronoun' | 'opnoun' | 'anaphor';

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
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'him', 'her', 'them', 'us', 'i']);
const ANAPHOR_HEADS = new Set(['ministry', 'department', 'committee', 'council', 'statement', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'country', 'kingdom', 'government', 'embassy', 'office', 'presidency', 'army', 'military', 'envoy', 'ambassador', 'president', 'premier', 'chancellor']);
const OP_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes', 'attack', 'attacks', 'operation', 'operations', 'raid', 'raids', 'bombing', 'bombings', 'action', 'campaign', 'aggression', 'offensive', 'incursion', 'offensives', 'assault', 'operation', 'missiles', 'killings', 'massacre', 'use of force']);
const GROUP_ARMED = new Set(['militant', 'terror', 'terrorist', 'armed', 'rebel', 'insurgent', 'jihadist', 'separatist', 'extremist', 'paramilitary']);
const GROUP_NOUN_ORG = new Set(['group', 'groups', 'rebels', 'militia', 'militias', 'militants', 'outfit', 'outfits', 'organisation', 'organization', 'movement']);
const EVENT_HEADS = new Set(['attack', 'attacks', 'bombing', 'massacre', 'killings', 'shooting', 'blast', 'explosion', 'genocide', 'clashes', 'uprising', 'earthquake', 'offensive']);

export interface MentionContext {
  registry: EntityRegistry;
  /** Named operations of the document so far (most recent last). */
  recentOps: Entity[];
}

function capWord(t: Token | undefined): boolean {
  if (t && /^(?:al|el|ad|bin|ibn|abu)-\p{Lu}/u.test(t.text)) return true;
  return !!t && t.cap && /^[\p{Lu}0-9]/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower);
}

function matchGazetteer(tokens: Token[], i: number): { hits: GazetteerHit[]; end: number } | undefined {
  const gz = gazetteer();
  for (let n = Math.min(gz.maxTokens, tokens.length - i); n >= 1; n--) {
    const k = tokens
      .slice(i, i + n)
      .map((t) => t.lower)
      .join(' ');
    const hits = gz.phrases.get(k);
    if (!hits) continue;
    const first = tokens[i]!;
    // Names need their capital letter ("Turkey" the country, not the bird); titles don't.
    const usable = hits.filter((h) => h.kind === 'title' || (first.cap && (h.kind !== 'country' || h.form !== 'name' || !/^[a-z]/.test(first.text))));
    if (usable.length) return { hits: usable, end: i + n };
  }
  return undefined;
}

/** The longest government-body head starting at i ("foreign ministry", "army"). */
function matchBodyHead(tokens: Token[], i: number): { head: string; end: number } | undefined {
  for (let n = 6; n >= 1; n--) {
    if (i + n > tokens.length) continue;
    const k = tokens
      .slice(i, i + n)
      .map((t) => t.lower)
      .join(' ');
    const head = GOVERNMENT_BODIES[k];
    if (head) return { head, end: i + n };
  }
  return undefined;
}

export function findMentions(sentence: Sentence, ctx: MentionContext): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const { registry } = ctx;
  const gz = gazetteer();
  const possessiveAt = (end: number): boolean => tokens[end]?.text === "'s";
  let i = 0;
  const push = (m: Omit<Mention, 'possessive'>): void => {
    out.push({ ...m, possessive: possessiveAt(m.end) });
    i = m.end;
  };

  while (i < tokens.length) {
    const t = tokens[i]!;

    // Operation <Name>
    if (t.text === 'Operation' && capWord(tokens[i + 1])) {
      let end = i + 1;
      while (end < tokens.length && (capWord(tokens[end]) || (tokens[end]!.text === '-' && capWord(tokens[end + 1])))) end++;
      const name = textOf(sentence, i, end).replace(/\s*-\s*/g, '-');
      const op = registry.get('Operation', name);
      registry.alias(op, textOf(sentence, i + 1, end));
      if (!ctx.recentOps.includes(op)) ctx.recentOps.push(op);
      push({ start: i, end, kind: 'operation', entity: op });
      continue;
    }

    const dated = matchDatedEvent(sentence, i, registry);
    if (dated) {
      push(dated);
      continue;
    }

    const treaty = matchTreaty(sentence, i, registry);
    if (treaty) {
      push(treaty);
      continue;
    }

    const body = matchGovernmentBody(sentence, t.lower === 'the' ? i + 1 : i, registry);
    if (body) {
      push(body);
      // "the Indian Army, Air Force, and Navy": the following heads share the country.
      for (const more of coordinatedBodies(sentence, body, registry)) push(more);
      continue;
    }

    const pair = matchCountryPair(sentence, i, registry);
    if (pair.length) {
      for (const m of pair) out.push(m);
      i++;
      continue;
    }

    const gzm = matchGazetteer(tokens, i);
    if (gzm) {
      const hit = gzm.hits[0]!;
      if (hit.kind === 'country') {
        const c = hit.country;
        const prev = tokens[i - 1]?.lower;
        const locative = hit.form === 'capital' && prev !== undefined && LOCATIVE.has(prev) && !/^the$/.test(prev);
        if (locative) {
          const place = registry.get('Place', textOf(sentence, i, gzm.end));
          push({ start: i, end: gzm.end, kind: 'place', entity: place });
          continue;
        }
        const country = registry.get('Country', c.name, textOf(sentence, i, gzm.end));
        push({ start: i, end: gzm.end, kind: 'country', entity: country, form: hit.form });
        continue;
      }
      if (hit.kind === 'org') {
        const o = hit.org;
        const org = registry.get('Organization', o.name, textOf(sentence, i, gzm.end));
        linkOrganization(org, o.partOf, o.country, registry, sentence);
        if (o.members && !org.members) org.members = o.members.map((code) => registry.get('Country', gz.byCode.get(code)!.name));
        push({ start: i, end: gzm.end, kind: 'org', entity: org });
        continue;
      }
      if (hit.kind === 'region') {
        push({ start: i, end: gzm.end, kind: 'place', entity: registry.get('Place', hit.name, textOf(sentence, i, gzm.end)) });
        continue;
      }
      if (hit.kind === 'title') {
        const person = matchTitledPerson(sentence, i, gzm.end, hit.role, registry);
        if (person) {
          push(person);
          continue;
        }
      }
    }

    const group = matchGroupReference(tokens, i);
    if (group) {
      push(group);
      continue;
    }

    // "the three ministers", "the two leaders": the group just named.
    if (t.lower === 'the' && /^(?:two|three|four|five|six|seven|eight)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:ministers|foreign ministers|leaders|officials|envoys|diplomats|governments|countries)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 2]!.lower !== 'countries' && tokens[i + 2]!.lower !== 'governments') {
      push({ start: i, end: i + 3, kind: 'pronoun', word: /ministers|leaders|officials|envoys|diplomats/.test(tokens[i + 2]!.lower) ? 'people-group' : 'they' });
      continue;
    }
    if (PRONOUNS.has(t.lower)) {
      push({ start: i, end: i + 1, kind: 'pronoun', word: t.lower });
      continue;
    }

    const ana = matchAnaphor(tokens, i);
    if (ana) {
      push(ana);
      continue;
    }

    const placed = matchPlacedIncident(sentence, i, registry);
    if (placed) {
      push(placed);
      continue;
    }

    const opnoun = matchOpNoun(sentence, i);
    if (opnoun) {
      push(opnoun);
      continue;
    }

    if (capWord(t) || (HONORIFICS.has(t.lower) && capWord(tokens[i + 1]))) {
      const listed = matchListedPlace(sentence, i, out, registry);
      if (listed) {
        push(listed);
        continue;
      }
      const named = matchCapitalizedRun(sentence, i, registry);
      if (named) {
        push(named);
        continue;
      }
    }
    i++;
  }
  markQualifiers(out);
  return out;
}

function markQualifiers(mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1]!;
    if (next.kind !== 'person' || !['country', 'org', 'anaphor'].includes(m.kind)) continue;
    if ((next.titleRole && m.end === next.start) || (m.possessive && m.end + 1 === next.start)) m.qualifier = true;
  }
}

function textOf(sentence: Sentence, start: number, end: number): string {
  const a = sentence.tokens[start]!;
  const b = sentence.tokens[end - 1]!;
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
}

function linkOrganization(org: Entity, partOf: string | undefined, code: string | undefined, registry: EntityRegistry, sentence: Sentence): void {
  if (org.upTo) return;
  const gz = gazetteer();
  if (partOf) org.upTo = registry.get('Organization', partOf);
  else if (code) org.upTo = registry.get('Country', gz.byCode.get(code)!.name);
  if (org.upTo) org.upEvidence = { sentence: sentence.index, rule: 'lexicon-membership' };
}

/** "Russian Foreign Ministry", "Pakistan's Foreign Office", "the Indian government", "Royal Thai Army". */
function matchGovernmentBody(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
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

const ADJECTIVAL_NEXT = /^(?:operations?|actions?|showdown|escalation|options?|conflict|strikes?|response|installations|targets|sites|leaders|aid|power|presence|pressure|officials|sources|spokesman|chief|commanders?|exercises?|drills?)$/;

const TREATY_NAMED = /^(?:[A-Z][\p{L}'’.-]*|of|the|and|on|for|in)$/u;

/** Named agreements: "the 1972 Shimla Agreement", "the UN Charter", "Security Council resolution 2773". */
function matchTreaty(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  let j = i;
  let year: number | undefined;
  // "a 2000 memorandum of understanding", "the 2015 nuclear deal": a dated agreement without a proper name.
  if (/^(1[89]|20)\d\d$/.test(tokens[j]?.text ?? '') && !tokens[j + 1]?.cap) {
    const rest = tokens.slice(j + 1, j + 5).map((t) => t.lower).join(' ');
    const m = /^(?:(?:peace|ceasefire|nuclear|border|trade)\s+)?(?:memorandum of understanding|agreement|accord|treaty|declaration|deal|protocol|pact)\b/.exec(rest);
    if (m) {
      const n = m[0].split(' ').length;
      const e = registry.get('Treaty', m[0], textOf(sentence, j, j + 1 + n));
      e.props.year ??= Number(tokens[j]!.text);
      return { start: i, end: j + 1 + n, kind: 'treaty', entity: e, possessive: false };
    }
  }
  if (/^(1[89]|20)\d\d$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.cap) {
    year = Number(tokens[j]!.text);
    j++;
  }
  // "Article 51 of the UN Charter" cites the Charter.
  if (tokens[j]?.text === 'Article' && /^\d+$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.lower === 'of') {
    const rest = matchTreaty(sentence, j + 3 + (tokens[j + 3]?.lower === 'the' ? 1 : 0), registry);
    if (rest) return { ...rest, start: i };
  }
  if ((!capWord(tokens[j]) && !(tokens[j]?.text === 'UN')) || sentence.heading) return undefined;
  // Scan a capitalized name that ends in a treaty head.
  let k = j;
  let headEnd = -1;
  while (k < tokens.length && k - j < 10) {
    const tk = tokens[k]!;
    const isHead = TREATY_HEADS.has(tk.lower) && (tk.cap || (k - j >= 2 && /^resolutions?$/.test(tk.lower)));
    if (isHead) {
      headEnd = k + 1;
      break;
    }
    if (!(TREATY_NAMED.test(tk.text) || tk.text === '-' || tk.text === 'UN' || /^[A-Z]+$/.test(tk.text))) break;
    if (tk.lower === 'of' && !capWord(tokens[k + 1]) && tokens[k + 1]?.lower !== 'the') break;
    k++;
  }
  // "Franco-Siamese treaty of 1907"
  if (headEnd < 0 && capWord(tokens[j]) && tokens[j + 1] && ['treaty', 'convention', 'agreement', 'accord', 'declaration'].includes(tokens[j + 1]!.lower)) {
    headEnd = j + 2;
    if (tokens[headEnd]?.lower === 'of' && /^(1[89]|20)\d\d$/.test(tokens[headEnd + 1]?.text ?? '')) {
      year = Number(tokens[headEnd + 1]!.text);
      const name = `${tokens[j]!.text} Treaty`;
      const e = registry.get('Treaty', name, textOf(sentence, j, headEnd + 2));
      registry.alias(e, textOf(sentence, j, headEnd));
      e.props.year ??= year;
      return { start: i, end: headEnd + 2, kind: 'treaty', entity: e, possessive: false };
    }
  }
  if (headEnd < 0) return undefined;
  let end = headEnd;
  // "Charter of the United Nations", "resolution 2773"
  let name = textOf(sentence, j, end);
  if (tokens[end - 1]!.lower.startsWith('resolution') && /^\d+$/.test(tokens[end]?.text ?? '')) {
    end++;
    name = textOf(sentence, j, end);
  } else if (tokens[end]?.lower === 'of' && tokens[end + 1]?.lower === 'the' && capWord(tokens[end + 2])) {
    let e2 = end + 2;
    while (capWord(tokens[e2])) e2++;
    name = textOf(sentence, j, e2);
    end = e2;
  }
  const words = name.split(/\s+/);
  // A lone head word ("Agreement") or a sentence-initial "The Statement" is not a name.
  if (words.length < 2) return undefined;
  const canonical = canonicalTreatyName(name);
  const e = registry.get('Treaty', canonical, name);
  if (year) e.props.year ??= year;
  return { start: i, end, kind: 'treaty', entity: e, possessive: false };
}

function canonicalTreatyName(name: string): string {
  const m = /^Charter of the United Nations$/i.exec(name);
  if (m) return 'United Nations Charter';
  return name.replace(/^UN Charter$/, 'United Nations Charter').replace(/^U\.N\. Charter$/, 'United Nations Charter');
}

/** "Russian President Vladimir Putin", "Foreign Secretary Vikram Misri", "Sheikh Abdullah bin Zayed Al Nahyan". */
function matchTitledPerson(sentence: Sentence, i: number, titleEnd: number, role: TitleRole, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  let j = titleEnd;
  // Chained titles: "Deputy Prime Minister and Foreign Minister X", "Lieutenant General X".
  for (;;) {
    const more = matchGazetteer(tokens, j);
    if (more?.hits[0]?.kind === 'title' && tokens[j]!.cap) {
      j = more.end;
      continue;
    }
    if (tokens[j]?.lower === 'and' && matchGazetteer(tokens, j + 1)?.hits[0]?.kind === 'title' && tokens[j + 1]!.cap) {
      j = matchGazetteer(tokens, j + 1)!.end;
      continue;
    }
    break;
  }
  // "Japan's foreign minister, Iwaya Takeshi, said": the name follows a comma.
  const qualified = tokens[i - 1]?.text === "'s" || (i > 0 && /^[A-Z]/.test(tokens[i - 1]!.text) && !FUNCTION_WORDS.has(tokens[i - 1]!.lower));
  if (tokens[j]?.text === ',' && qualified && capWord(tokens[j + 1]) && nameRun(tokens, j + 1) - (j + 1) >= 2) j++;
  if (!tokens[i]!.cap && !/^[A-Z]/.test(tokens[j]?.text ?? '')) return undefined;
  const run = nameRun(tokens, j);
  if (run <= j) return undefined;
  const title = textOf(sentence, i, titleEnd);
  const person = registerPerson(registry, textOf(sentence, j, run), title, role);
  if (!person) return undefined;
  return { start: i, end: run, kind: 'person', entity: person, titleRole: role, possessive: false };
}

/** Tokens of a personal name from j: capitalized words and inner particles. */
function nameRun(tokens: Token[], j: number): number {
  let k = j;
  const gz = gazetteer();
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (capWord(t) && !gz.phrases.get(t.lower)?.some((h) => h.kind === 'title' || h.kind === 'org') && t.text !== 'Operation') {
      const hit = gz.phrases.get(t.lower);
      if (hit?.some((h) => h.kind === 'country' && h.form !== 'capital') && k === j) break;
      k++;
      continue;
    }
    // "al-Jubeir", "el-Sisi", "bin-Salman": a particle fused to a name.
    if (/^(?:al|el|ad|ud|bin|ibn|abu)-\p{Lu}/u.test(t.text) && k > j) {
      k++;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && capWord(tokens[k + 1]) && k > j) {
      k++;
      continue;
    }
    break;
  }
  // A name ends before a possessive-less country word: "Trump Route" is not a name, but we cannot know; keep at most 5 words.
  return Math.min(k, j + 5);
}

/** "both sides", "the two nuclear-armed neighbours", "all involved parties", "every party". */
function matchGroupReference(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!.lower;
  let j = i;
  if (t === 'both' || t === 'all' || t === 'every' || t === 'each') j++;
  else if (t === 'the' && tokens[i + 1]?.lower === 'two') j += 2;
  else if (t === 'the' && (tokens[i + 1]?.lower === 'parties' || (tokens[i + 1]?.lower === 'warring' && tokens[i + 2]?.lower === 'parties'))) j++;
  else return undefined;
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'two') j++;
  let k = j;
  while (k < j + 3 && tokens[k] && !GROUP_NOUNS.has(tokens[k]!.lower) && /^[a-z-]+$/.test(tokens[k]!.text)) k++;
  if (!tokens[k] || !GROUP_NOUNS.has(tokens[k]!.lower)) {
    // "the two" alone, as in "between the two"
    if (t === 'the' && tokens[i + 1]?.lower === 'two' && !/^[a-z]/.test(tokens[i + 2]?.text ?? 'X')) return { start: i, end: i + 2, kind: 'group', word: 'the two', possessive: false };
    return undefined;
  }
  // "both countries'" but not "all countries" in a general sense: "all" needs parties/sides.
  if ((t === 'all' || t === 'every' || t === 'each') && !['sides', 'parties', 'party', 'side'].includes(tokens[k]!.lower)) return undefined;
  return { start: i, end: k + 1, kind: 'group', word: tokens[k]!.lower, possessive: false };
}

/** "the ministry", "the statement", "the Saudi minister", "his country". */
function matchAnaphor(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!.lower;
  if (!['the', 'his', 'her', 'its', 'their'].includes(t)) return undefined;
  let j = i + 1;
  let qualifier: string | undefined;
  const gzm = matchGazetteer(tokens, j);
  if (gzm?.hits[0]?.kind === 'country' && gzm.hits[0].form === 'demonym') {
    qualifier = gzm.hits[0].country.name;
    j = gzm.end;
  }
  const w = tokens[j]?.lower;
  if (!w || !ANAPHOR_HEADS.has(w)) return undefined;
  // "the ministry's spokesman" keeps going in the caller; the anaphor is the head alone.
  return { start: i, end: j + 1, kind: 'anaphor', word: qualifier ? `${w}|${qualifier}` : w, possessive: false };
}

/** Generic words for an operation or attack: "the strikes", "India's overnight military operation". */
function matchOpNoun(sentence: Sentence, i: number): Mention | undefined {
  const tokens = sentence.tokens;
  const t = tokens[i]!.lower;
  if (OP_NOUNS.has(t)) return { start: i, end: i + 1, kind: 'opnoun', word: t, possessive: false };
  if (t === 'use' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'force') return { start: i, end: i + 3, kind: 'opnoun', word: 'use of force', possessive: false };
  return undefined;
}

/** A run of capitalized words: a known person's name or part of it, a new person, a place, a body or an event. */
function matchCapitalizedRun(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  let start = i;
  if (HONORIFICS.has(tokens[i]!.lower)) start = i + 1;
  const end = nameRun(tokens, start);
  if (end <= start) return undefined;
  const text = textOf(sentence, start, end);
  const next = tokens[end];
  const nextLower = next?.lower ?? '';
  const prev = tokens[i - 1]?.lower;

  // "<Place> attack": a named event.
  if (EVENT_HEADS.has(nextLower) && end - start <= 3) {
    const e = registry.get('Event', `${text} ${nextLower.replace(/s$/, '') === 'attack' ? 'attack' : nextLower}`, `${text} ${next!.text}`);
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
  // "<Name> Council", "... Party": a body written out.
  const last = tokens[end - 1]!.lower;
  if (ORG_HEADS.has(last) && end - start >= 2) {
    return { start: i, end, kind: 'org', entity: registry.get('Organization', text), possessive: false };
  }
  // "the FDLR, a Hutu militia"
  if (/^[A-Z0-9]{2,8}$/.test(text) && next?.text === ',' && appositiveIsArmedGroup(tokens, end + 1)) {
    return { start: i, end, kind: 'org', entity: registry.get('Organization', text), possessive: false };
  }

  const known = lookupPerson(registry, text);
  if (known) return { start: i, end, kind: 'person', entity: known, possessive: false };
  const known2 = registry.find('Organization', text);
  if (known2) return { start: i, end, kind: 'org', entity: known2, possessive: false };
  const knownPlace = registry.find('Place', text);
  if (knownPlace) return { start: i, end, kind: 'place', entity: knownPlace, possessive: false };

  if (prev && LOCATIVE.has(prev)) {
    return { start: i, end, kind: 'place', entity: registry.get('Place', text), possessive: false };
  }
  const words = end - start;
  const sentenceInitial = i === 0 || ['"', '“', '(', '—'].includes(tokens[i - 1]!.text);
  const saysNext = SAY_VERBS.has(nextLower) || (next?.text === ',' && /^(?:a|an|the|who|[A-Z])/.test(tokens[end + 1]?.text ?? '') && !sentenceInitial);
  if (words >= 2 && !sentence.heading && (!sentenceInitial || saysNext || next?.text === ',')) {
    const person = registerPerson(registry, text, undefined, undefined);
    if (person) return { start: i, end, kind: 'person', entity: person, possessive: false };
  }
  return undefined;
}

/** "India-Pakistan", "US-Iranian": two countries in one hyphenated word. */
function matchCountryPair(sentence: Sentence, i: number, registry: EntityRegistry): Mention[] {
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

function coordinatedBodies(sentence: Sentence, body: Mention, registry: EntityRegistry): Mention[] {
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

/** "the April 22 attack", "the October 7 attacks": an event named by its date. */
function matchDatedEvent(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
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

const STRIKE_VERBS = new Set(['hit', 'struck', 'targeted', 'attacked', 'shelled', 'bombed', 'seized', 'captured', 'pounded', 'raided']);

/** "hit Sialkot, Shakargarh and Muridke": names listed after a strike verb or beside a place are places. */
function matchListedPlace(sentence: Sentence, i: number, out: Mention[], registry: EntityRegistry): Mention | undefined {
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
  let end = i + 1;
  while (capWord(tokens[end]) && end < i + 3) end++;
  // "Ahmedpur East", but a following body or title word means it is not a place
  if (gazetteer().phrases.has(tokens[i]!.lower)) return undefined;
  const name = textOf(sentence, i, end);
  return { start: i, end, kind: 'place', entity: registry.get('Place', name), possessive: false };
}

/** "... attack at Pahalgam": the place right after an event word. */
function placeAfter(sentence: Sentence, k: number, registry: EntityRegistry): Entity | undefined {
  const toks = sentence.tokens;
  if (!['at', 'in', 'near'].includes(toks[k]?.lower ?? '') || !capWord(toks[k + 1])) return undefined;
  if (gazetteer().phrases.get(toks[k + 1]!.lower)?.some((h) => h.kind === 'country' && h.form !== 'capital')) return undefined;
  let end = k + 2;
  while (capWord(toks[end]) && end < k + 4) end++;
  return registry.get('Place', textOf(sentence, k + 1, end));
}

/** "the killing of 26 people at Pahalgam", "an attack near Pahalgam": an event named by its place. */
function matchPlacedIncident(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const toks = sentence.tokens;
  const w = toks[i]!.lower;
  if (!/^(?:attack|attacks|killing|killings|massacre|bombing)$/.test(w)) return undefined;
  let k = i + 1;
  if (w.startsWith('killing') || w === 'massacre') {
    if (toks[k]?.lower !== 'of') return undefined;
    k++;
    while (k < i + 6 && toks[k] && /^(?:\d+|[a-z]+)$/.test(toks[k]!.text) && !['at', 'in', 'near'].includes(toks[k]!.lower)) k++;
  }
  const where = placeAfter(sentence, k, registry);
  if (!where) return undefined;
  const e = registry.get('Event', `${where.name} attack`, textOf(sentence, i, k + 1 + where.name.split(' ').length));
  withPlace(e, where);
  return { start: i, end: k + 1 + where.name.split(' ').length, kind: 'event', entity: e, possessive: false };
}

function withPlace(event: Entity, place: Entity): Entity {
  event.place ??= place;
  return event;
}

function armedGroupTail(tokens: Token[], end: number): boolean {
  let k = end;
  // coordinated names share the tail: "X and Y militant groups"
  while (tokens[k] && (tokens[k]!.lower === 'and' || tokens[k]!.text === ',' || capWord(tokens[k]))) k++;
  if (GROUP_ARMED.has(tokens[k]?.lower ?? '')) k++;
  return GROUP_NOUN_ORG.has(tokens[k]?.lower ?? '') && (GROUP_ARMED.has(tokens[k - 1]?.lower ?? '') || ['rebels', 'militia', 'militias', 'militants'].includes(tokens[k]!.lower));
}

function appositiveIsArmedGroup(tokens: Token[], k: number): boolean {
  for (let n = k; n < Math.min(tokens.length, k + 6); n++) {
    const w = tokens[n]!.lower;
    if (['militia', 'rebels', 'group', 'movement', 'insurgency', 'militants'].includes(w)) return true;
    if (w === ',' || w === '.') return false;
  }
  return false;
}
