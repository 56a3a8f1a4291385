// What "she", "the ministry", "both sides" and "the strikes" stand for, given
// what the article has said so far.
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { PREPOSITIONS } from '../mentions/words.js';
import { ORGANIZATIONS } from '../mentions/lexicon/organizations.js';
import { gazetteer } from '../mentions/gazetteer.js';
import { dictionaryBody } from './actor-dictionary.js';
import { countryOf, type Entity, type EntityRegistry } from '../registry/entity-registry.js';

export interface DiscourseState {
  registry: EntityRegistry;
  /** The article's date, for the officeholders of the actor dictionary. */
  published?: string;
  /** The two sides of the conflict the article is about. */
  parties: Entity[];
  /** Their fighting, when the article reports it without a name ("the clashes"). */
  conflictEvent?: Entity;
  lastPerson?: Entity;
  /** The person the current sentence reports as speaking ("…," he said), whom the next "he" refers to. */
  sentenceSpeaker?: Entity;
  lastSpeaker?: Entity;
  lastBody?: Entity;
  lastCountry?: Entity;
  lastGroup?: Entity[];
  /** Lists of states or bodies the article gave, most recent last, for "the three countries". */
  lists: Entity[][];
  /** The last group of named people acting together ("the three ministers"). */
  lastPersonGroup?: Entity[];
  lastIncident?: Entity;
  /** The body or state whose leaders or ministers were named last ("EU leaders"), for "the leaders". */
  lastCollective?: Entity;
  /** The agreement last named, for "the deal", "the accord". */
  lastTreaty?: Entity;
  /** Speakers of the quotation still open at the end of the last sentence (several for a joint statement). */
  quoteSpeakers?: Entity[];
  quoteOpen: boolean;
  /** The speaker named where a quotation that is open at the end of this sentence closes, later on. */
  forwardQuoteSpeaker?: Entity;
  /** Every person or body named so far, most recent last. */
  recentActors: Entity[];
  /** What the last condemnation, concern, criticism or support was about, for "Condemnations also came from …". */
  lastObjects?: Map<string, Entity>;
  /** What the last condemnation, criticism or concern was about, for "Moscow called it unacceptable". */
  lastVerdictObject?: Entity;
  /** Where the current sentence names each of its actors (token start), so "it" looks only backwards. */
  sentenceActors?: Array<{ start: number; entity: Entity }>;
}

const OP_ONLY = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombing', 'bombings', 'operation', 'operations', 'campaign', 'offensive', 'missiles', 'incursion', 'use of force', 'action', 'aggression']);
const EVENT_ONLY = new Set(['killings', 'massacre']);
const TITLE_WORDS: Record<string, RegExp> = {
  secretary: /secretary/i,
  'secretary-general': /secretary[- ]general/i,
  diplomat: /minister|secretary|diplomat/i,
  minister: /minister/i,
  spokesman: /spokes/i,
  spokeswoman: /spokes/i,
  spokesperson: /spokes/i,
  envoy: /envoy|ambassador/i,
  ambassador: /ambassador|envoy/i,
  president: /president/i,
  premier: /premier|prime minister/i,
  chancellor: /chancellor/i,
  leader: /president|prime minister|premier|chancellor|king|emir|sultan|supreme leader/i,
};

export function resolveMention(m: Mention, sentence: Sentence, st: DiscourseState, inQuote: boolean): Entity[] {
  const reg = st.registry;
  if (m.entity) return [reg.canonical(m.entity)];
  const w = m.word ?? '';
  switch (m.kind) {
    case 'group': {
      if (w.startsWith('count:')) {
        const n = Number(w.slice(6));
        const list = [...st.lists].reverse().find((l) => l.length === n);
        if (list) st.lastGroup = list;
        return list ?? [];
      }
      // "both leaders", "the two men": the people who speak for each side.
      if (['leaders', 'men', 'ministers'].includes(w) && st.parties.length === 2) {
        const people = st.parties.map((p) => [...st.recentActors].reverse().find((e) => e.type === 'Person' && countryOf(e) === p));
        if (people.every((x) => x)) {
          st.lastGroup = people as Entity[];
          return people as Entity[];
        }
      }
      return st.parties;
    }
    case 'pronoun':
      // "… had spoken with Brazilian President X and had asked him": an object pronoun is the person
      // named last before it, unless that person is the subject of its verb ("X had called him").
      if ((w === 'him' || w === 'her') && st.sentenceActors) {
        const people = st.sentenceActors.filter((x) => x.start < m.start && x.entity.type === 'Person');
        const last = people[people.length - 1];
        const wrong = w === 'him' ? 'f' : 'm';
        // (Only of the verb that governs the pronoun: in "X said Putin was … and urged him", Putin's verb is another.)
        const verbAt = last ? sentence.tokens.findIndex((t, k) => k > last.start && /^[a-z]/.test(t.text)) : -1;
        // (Irregular pasts too: "Lammy told him", "Macron gave her".)
        const subjectOfVerb = last && verbAt >= m.start - 3 && /^(?:had|has|have|was|is|\w+ed|told|tells|gave|gives|met|meets|sent|wrote|took|made|brought|saw|showed|shown|let|kept|assured)$/.test(sentence.tokens[verbAt]?.lower ?? '');
        if (last && !subjectOfVerb && last.entity.gender !== wrong && last.entity !== st.lastPerson) return [last.entity];
        // ("Lammy told him that …": never the subject of its own verb; the person named before that subject.)
        if (last && subjectOfVerb) {
          const other = [...st.recentActors].reverse().find((e) => e.type === 'Person' && e !== last.entity && e.gender !== wrong);
          if (other) return [other];
        }
      }
      if (['he', 'she', 'him', 'her'].includes(w)) {
        const wrong = w === 'he' || w === 'him' ? 'f' : 'm';
        // "Its Secretary General, X, is understood to have …, and he urged": a subject pronoun after a
        // person named earlier in its own sentence is that person (the first one: subjects come first).
        const subjectLike = (start: number) => !PREPOSITIONS.has(sentence.tokens[start - 1]?.lower ?? '') && !/^(?:and|or)$/.test(sentence.tokens[start - 1]?.lower ?? '');
        const here = (w === 'he' || w === 'she') && st.sentenceActors?.find((x) => x.start < m.start && x.entity.type === 'Person' && x.entity.gender !== wrong && subjectLike(x.start));
        if (here) return [here.entity];
        if (st.lastPerson && st.lastPerson.gender !== wrong) return [st.lastPerson];
        const p = [...st.recentActors].reverse().find((e) => e.type === 'Person' && e.gender !== wrong);
        return p ? [p] : [];
      }
      if (w === 'we' || w === 'us' || w === 'i') return inQuote && st.quoteSpeakers ? st.quoteSpeakers : st.lastSpeaker ? [st.lastSpeaker] : [];
      if (w === 'it') {
        // "Albania said it supported Kosovo": not Kosovo, named after the pronoun.
        // "ECOWAS, which Niger and Mali left, said it …": not a name inside the relative clause either.
        const aside = relativeSpans(sentence);
        const here = (st.sentenceActors ?? []).filter((x) => !aside.some(([a, b]) => x.start > a && x.start < b));
        const onlyLater = (e: Entity) => (st.sentenceActors ?? []).some((x) => x.entity === e) && !here.some((x) => x.entity === e && x.start < m.start);
        // ("The foreign ministry said China condemned the U.S. attacks. It urged …": a sentence that opens on "it"
        // continues with the one who spoke last, not the last state named.)
        if (m.start === 0 && st.lastSpeaker && st.lastSpeaker.type !== 'Person') return [st.lastSpeaker];
        const body = [...st.recentActors].reverse().find((e) => e.type !== 'Person' && !onlyLater(e));
        return body ? [body] : [];
      }
      // ("The members said they were concerned … They called for a ceasefire": a body of members is "they" too.)
      if (w === 'they' && m.start === 0 && !st.lastGroup && st.lastSpeaker && st.lastSpeaker.members === undefined && isMemberBloc(st.lastSpeaker)) return [st.lastSpeaker];
      if (w === 'they' || w === 'them') return st.lastGroup ?? [];
      if (w === 'people-group') return st.lastPersonGroup ?? st.lastGroup ?? [];
      if (w === 'collective') return st.lastCollective ? [st.lastCollective] : [];
      return [];
    case 'anaphor':
      if (m.owner && /^(?:country|government|kingdom)$/.test(w)) {
        const person = ownerOf(m, st);
        // (A person the text has not placed yet may be in the actor dictionary: "Fu Cong … said his country".)
        const listed = person && !countryOf(person) ? dictionaryBody(person, st.published) : undefined;
        const state = person && (countryOf(person) ?? (listed?.type === 'Country' ? reg.get('Country', listed.name) : undefined));
        if (state) return [state];
      }
      return resolveAnaphor(w, st, m.start);
    case 'opnoun':
      return resolveIncident(m, sentence, st);
    case 'treatynoun':
      return resolveTreaty(m, st);
    default:
      return [];
  }
}

/** "Guler said his country would help": the person "his" stands for, the subject of its sentence first. */
function ownerOf(m: Mention, st: DiscourseState): Entity | undefined {
  const wrong = m.owner === 'his' ? 'f' : 'm';
  const here = st.sentenceActors?.find((x) => x.start < m.start && x.entity.type === 'Person' && x.entity.gender !== wrong);
  if (here) return here.entity;
  return st.lastPerson && st.lastPerson.gender !== wrong ? st.lastPerson : undefined;
}

function isoCode(e: Entity): string {
  const hit = gazetteer().phrases.get(e.name.toLowerCase())?.find((h) => h.kind === 'country');
  return hit?.kind === 'country' ? hit.country.code : '';
}

/** The states an epithet can name, where it names few ("the emirate" is never Iran). ISO codes. */
const EPITHET_STATES: Record<string, string[]> = {
  emirate: ['QA', 'AE', 'KW'],
  sultanate: ['OM', 'BN'],
  'city-state': ['SG', 'VA', 'MC'],
  principality: ['MC', 'LI', 'AD'],
  'gulf state': ['SA', 'AE', 'QA', 'KW', 'BH', 'OM'],
  'gulf nation': ['SA', 'AE', 'QA', 'KW', 'BH', 'OM'],
  'gulf monarchy': ['SA', 'AE', 'QA', 'KW', 'BH', 'OM'],
  'himalayan nation': ['NP', 'BT'],
  'himalayan kingdom': ['NP', 'BT'],
  'baltic state': ['EE', 'LV', 'LT'],
  'baltic nation': ['EE', 'LV', 'LT'],
};

/** Bodies "the bloc" or "the alliance" can stand for: international ones outside the UN family. */
const BODY_KINDS = new Set(['bloc', 'alliance', 'organization', 'organisation', 'union']);

/** International bodies that are not made of member states. */
const NO_MEMBERS = /\b(?:Court|Tribunal|Agency|Programme|Fund|Office|Mission|Committee|Red Cross|World Trade Organization|World Health Organization)\b/;

const INTERNATIONAL_BODIES = new Set(ORGANIZATIONS.filter((o) => o.kind === 'international' && !o.partOf && o.name !== 'United Nations').map((o) => o.name));

/** An international body outside the UN family, named in the article. */
const isInternational = (e: Entity) => e.type === 'Organization' && !e.upTo && INTERNATIONAL_BODIES.has(e.name);

/** Such a body made of member states: what "the members" stand for. */
const isMemberBloc = (e: Entity) => isInternational(e) && !NO_MEMBERS.test(e.name);

function resolveAnaphor(word: string, st: DiscourseState, at: number): Entity[] {
  const [head, qualifier] = word.split('|') as [string, string | undefined];
  const qualified = (e: Entity) => !qualifier || countryOf(e)?.name === qualifier;
  const recent = [...st.recentActors].reverse();
  if (head === 'statement') return st.lastSpeaker ? [st.lastSpeaker] : [];
  // "the emirate", "the Gulf state": the state named last before this sentence, which never names itself so.
  if (head === 'epithet') {
    // (In its own sentence, a state named before it but not the one the sentence opens on, its subject:
    // "Saudi Arabia … severed relations with Qatar, accusing the emirate …".)
    const allowed = EPITHET_STATES[qualifier ?? ''];
    const fits = (e: Entity) => e.type === 'Country' && (!allowed || allowed.includes(isoCode(e)));
    const actors = st.sentenceActors ?? [];
    const subject = actors[0]?.entity;
    const before = actors.filter((x) => x.start < at && x.entity !== subject).map((x) => x.entity).reverse();
    const here = new Set(actors.map((x) => x.entity));
    const c = before.find(fits) ?? recent.find((e) => fits(e) && !here.has(e));
    return c ? [c] : [];
  }
  if (head === 'country' || head === 'kingdom' || head === 'government') {
    if (qualifier) return [st.registry.get('Country', qualifier)];
    // The state named last before the anaphor: not one named later in its own sentence ("the government accused Algeria").
    const here = st.sentenceActors ?? [];
    const earlier = st.recentActors.slice(0, st.recentActors.length - here.length);
    // ("Riyadh's foreign ministry said the kingdom denounced …": a body or official of a state, named before it in
    // its own sentence, gives the state.)
    const stateOf = (e: Entity) => (e.type === 'Country' ? e : countryOf(e));
    const inSentence = here.filter((x) => x.start < at).map((x) => stateOf(x.entity)).reverse().find((e) => e !== undefined);
    const named = inSentence ?? earlier.reverse().find((e) => e.type === 'Country');
    const c = named ?? countryOf(st.lastSpeaker);
    return c ? [c] : [];
  }
  // "the prime minister": the office's words, then its head ("minister").
  const words = head.split(' ');
  const titled = TITLE_WORDS[words[words.length - 1]!];
  if (titled) {
    const office = words.length > 1 ? new RegExp(`\\b${words.join('[- ]')}\\b`, 'i') : titled;
    // "the Saudi minister": a person of that title and state, else any person of that state.
    const p = recent.find((e) => e.type === 'Person' && office.test(e.title ?? '') && qualified(e)) ?? (words.length > 1 ? undefined : qualifier ? recent.find((e) => e.type === 'Person' && qualified(e)) : undefined);
    if (p) return [p];
    // "summoned the Russian ambassador": an official of that state never named stands for the state.
    return qualifier ? [st.registry.get('Country', qualifier)] : [];
  }
  const namedBy = (words: string) => (e: Entity) => new RegExp(`\\b${words}\\b`).test(e.name.toLowerCase()) || e.aliases.has(words) || e.aliases.has(`the ${words}`);
  const named = namedBy(head === 'military' ? 'armed forces' : head);
  // ("the junta": a ruling council the text calls so, else the armed forces that rule.)
  const body = recent.find((e) => e.type === 'Organization' && named(e) && qualified(e)) ?? (head === 'junta' ? recent.find((e) => e.type === 'Organization' && namedBy('armed forces')(e) && qualified(e)) : undefined);
  if (body) return [body];
  // "the members": the body of member states named last (a court, an agency or a mission has no members).
  if (head === 'members') {
    const bloc = recent.find(isMemberBloc);
    return bloc ? [bloc] : [];
  }
  if (!BODY_KINDS.has(head)) return [];
  // (Else the one such body the article has named, even if it has not spoken yet: "ASEAN leaders met … the bloc".)
  const listed = st.registry.all().filter(isInternational);
  const international = recent.find(isInternational) ?? (listed.length === 1 ? listed[0] : undefined);
  return international ? [international] : [];
}

/** "the strikes", "India's overnight military operation", "the attack". */
function resolveIncident(m: Mention, sentence: Sentence, st: DiscourseState): Entity[] {
  const w = m.word ?? '';
  const toks = sentence.tokens;
  const ops = st.registry.all().filter((e) => e.type === 'Operation');
  const events = st.registry.all().filter((e) => e.type === 'Event');
  // A qualifier within the noun phrase: "Indian", "India's", "the US", "terror".
  let qualifierCountry: string | undefined;
  let terror = false;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const t = toks[k]!;
    if ([',', '.', ';', 'of', 'by', 'and', 'after', 'on', 'to', 'against', 'for', 'about', 'over'].includes(t.lower)) break;
    if (/^terror/.test(t.lower)) terror = true;
  }
  const countries = st.registry.all().filter((e) => e.type === 'Country');
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    if ([',', '.', ';', 'of', 'by', 'and', 'after', 'on', 'to', 'against', 'for'].includes(toks[k]!.lower)) break;
    // The qualifier stands inside the noun phrase: "Iraq condemned the operation" is not Iraq's operation.
    if (/^(?:the|a|an|this|that|these|those)$/.test(toks[k]!.lower) || /^[a-z]+ed$/.test(toks[k]!.text)) break;
    const country = countries.find((e) => e.name === toks[k]!.text || e.aliases.has(toks[k]!.text));
    if (country) {
      qualifierCountry = country.name;
      break;
    }
  }
  if (terror || EVENT_ONLY.has(w)) {
    const ev = st.lastIncident?.type === 'Event' ? st.lastIncident : events[0];
    return ev ? [ev] : [];
  }
  if (qualifierCountry) {
    const op = ops.find((o) => o.launcher?.name === qualifierCountry);
    return op ? [op] : [];
  }
  // ("the strikes" names a state's operation, or the one incident of an article that has no operation: drone strikes by a group.)
  if (st.lastIncident && (!OP_ONLY.has(w) || st.lastIncident.type === 'Operation' || ops.length === 0)) return [st.lastIncident];
  if (OP_ONLY.has(w) && ops.length === 1) return [ops[0]!];
  return [];
}

/** "the deal": the agreement named last whose name has the same head word, else the agreement named last. */
function resolveTreaty(m: Mention, st: DiscourseState): Entity[] {
  const treaties = st.registry.all().filter((e) => e.type === 'Treaty');
  const head = (m.word ?? '').replace(/s$/, '');
  const sameHead = st.lastTreaty?.name.toLowerCase().includes(head) ? st.lastTreaty : treaties.filter((e) => e.name.toLowerCase().includes(head)).pop();
  const found = sameHead ?? st.lastTreaty;
  return found ? [found] : [];
}

/** Token spans of ", which/who/whose …," asides. */
function relativeSpans(sentence: Sentence): Array<[number, number]> {
  const toks = sentence.tokens;
  const spans: Array<[number, number]> = [];
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.text !== ',' || !/^(?:which|who|whose|whom)$/.test(toks[k + 1]!.lower)) continue;
    // The aside ends at a comma that does not continue a list ("which Niger, Mali and Burkina Faso left,").
    let e = k + 2;
    while (e < toks.length && !(toks[e]!.text === ',' && !/^(?:[A-Z]|and$|or$)/.test(toks[e + 1]?.text ?? ''))) e++;
    spans.push([k, e]);
  }
  return spans;
}
