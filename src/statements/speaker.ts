// Who made a statement: the passive agent, the subject before the verb, the
// reported speaker ("X said", "according to X"), narrowed to the most
// specific actor (GUIDE.md "Who said it").
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { countryOf, type Entity } from '../registry/entity-registry.js';
import type { DiscourseState } from '../entities/resolve-references.js';
import { SAY_VERBS } from '../mentions/words.js';
import { DIPLOMATIC_TITLE } from '../mentions/lexicon/titles.js';
import { dictionaryBody } from '../entities/actor-dictionary.js';
import { contactBefore, coordinatedLeft, coordinatedRight, DETERMINERS, governedByPreposition } from './clause.js';
import { afterComma, isActor, isAdjectival, isVerbObject, namesNonStateGroup, relativeClauses } from './mention-roles.js';

const FINITE_VERB = /^(?:said|says|spoke|speaks|met|meets|told|tells|held|holds|wrote|writes|made|gave|sent|called|phoned|telephoned|visited|hosted|received|urged|condemned|denounced|expressed|welcomed|accused|added|warned|noted|insisted|stressed|described|rejected|demanded|praised|offered|pressed|asked|summoned|recalled|expelled|thanked|criticized|criticised|backed|supported|voiced|reiterated|reaffirmed|issued)$/;

/** "the foreign ministers of A and B": officials who speak for the states after "of". */
const OFFICIALS_OF = /^(?:ministers?|leaders?|presidents?|governments?|envoys?|representatives?|delegations?|delegates?|officials?|ambassadors?)$/;

/** The person a ", who" at token `who` refers back to ("…, Emmanuel Macron, who …"). */
function whoAntecedent(sentence: Sentence, mentions: Mention[], who: number): Mention | undefined {
  if (sentence.tokens[who]?.lower !== 'who' || sentence.tokens[who - 1]?.text !== ',') return undefined;
  return mentions.find((m) => m.end === who - 1 && m.kind === 'person' && isActor(m));
}

/** The token before the "of" that governs a mention, past its determiners ("the leaders of the G7"). */
function beforeOf(toks: Sentence['tokens'], start: number): number {
  let k = start - 1;
  while (k > 0 && DETERMINERS.has(toks[k]!.lower)) k--;
  return k - 1;
}

/** The office word at k opens an apposition: ", the foreign minister of …". */
function inApposition(toks: Sentence['tokens'], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^[a-z-]+$/.test(toks[j]!.text)) j--;
  return toks[j]?.text === ',';
}

/** "the ministers of X", "a group of X diplomats": the head noun before "of" makes the state's people speak. */
function officialsOfAt(toks: Sentence['tokens'], k: number): boolean {
  const w = toks[k]?.lower ?? '';
  // (Only "a group": "the A3+ group of Algeria, …" names a bloc whose speaker is named apart.)
  return OFFICIALS_OF.test(w) || (/^(?:group|team)$/.test(w) && toks[k - 1]?.lower === 'a');
}

/**
 * The list a subject closes ("Saudi Arabia and the UAE welcomed"); a name after its office
 * ("…, Somalia and Guyana, Algeria's ambassador, Amar Bendjama, expressed") stands alone.
 * (Not "Lammy, France's Jean-Noel Barrot and …": a name with no office stays in its list.)
 */
function subjectList(sentence: Sentence, mentions: Mention[], m: Mention): Mention[] {
  const toks = sentence.tokens;
  const afterOffice = m.kind === 'person' && ((toks[m.start - 1]?.text === "'s" && !!m.titleRole && /^[a-z]/.test(toks[m.start]!.text)) || (toks[m.start - 1]?.text === ',' && OFFICE_WORD.test(toks[m.start - 2]?.lower ?? '')));
  return afterOffice ? [m] : coordinatedLeft(sentence, mentions, m, (x) => isActor(x) && !x.possessive);
}

/** Plural nouns for people no text names: as a subject, no actor speaks. */
const UNNAMED_GROUP = /^(?:allies|analysts|critics|experts|officials|diplomats|protesters|protestors|residents|activists|observers|lawmakers|campaigners|witnesses|neighbours|neighbors|partners|donors|investors|commentators|opponents|supporters|rivals)$/;

/** Titles of a government's own officials. */
const GOVERNMENT_TITLE = /\b(?:minister|president|premier|chancellor|spokes\w+|secretary)\b/i;

/** The first word of an office held for a state or body: "Pakistan's director general", "Ireland's foreign minister". */
const OFFICE_WORD = /^(?:director|minister|foreign|prime|president|army|military|chief|envoy|ambassador|spokes\w*|deputy|top|senior|defence|defense|national|emir|king|queen|sultan|crown|supreme|vice|leader|head|premier|chancellor|secretary|representative|delegation|delegate)$/;

/**
 * "Ireland's foreign minister said", "China's top diplomat told": the state or body whose office, named
 * without a holder, is the subject of the verb of saying at `verb`.
 */
export function officeBefore(sentence: Sentence, mentions: Mention[], verb: number): Mention | undefined {
  const toks = sentence.tokens;
  // ("a spokesperson for the bloc's foreign service said": a body named by its anaphor likewise.)
  const owner = [...mentions].reverse().find((m) => m.end < verb && m.possessive && (m.kind === 'country' || m.kind === 'org' || m.kind === 'anaphor'));
  if (!owner || verb - owner.end > 5 || !OFFICE_WORD.test(toks[owner.end + 1]?.lower ?? '')) return undefined;
  // Only lower-case words of the title between: a name there is the holder ("Ireland's foreign minister, X, said").
  const between = toks.slice(owner.end + 1, verb);
  if (!between.every((t) => /^[a-z-]+$/.test(t.text))) return undefined;
  if (mentions.some((m) => m.start > owner.end && m.start < verb)) return undefined;
  return owner;
}

/** A verb of saying at token k, not a word of a name: "the United States" names a state, it does not report one. */
export function isSayVerb(sentence: Sentence, mentions: Mention[], k: number): boolean {
  return SAY_VERBS.has(sentence.tokens[k]!.lower) && !mentions.some((m) => m.start <= k && k < m.end);
}

export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);

/** Who this sentence reports as speaking: one actor, or the members of a group ("the three ministers said"). */
export function findAttributor(sentence: Sentence, mentions: Mention[], quoted: boolean[], res: (m: Mention) => Entity[]): Entity[] {
  const toks = sentence.tokens;
  let bodySource: Entity[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    if (quoted[i]) continue;
    const w = toks[i]!.lower;
    // "the statement said, quoting Foreign Minister Wang Yi": the one quoted speaks.
    if (w === 'quoting' || w === 'quoted') {
      const m = mentions.find((x) => x.start > i && x.start <= i + 2 && x.kind === 'person');
      const e = m ? res(m) : [];
      if (e.length) return e;
    }
    // "was, in Vieira's words, unacceptable": whose words they are.
    if (w === 'in' && toks[i + 3]?.lower === 'words') {
      const m = mentions.find((x) => x.start === i + 1 && x.possessive && (x.kind === 'person' || x.kind === 'country' || x.kind === 'org'));
      const e = m ? res(m) : [];
      if (e.length) return e;
    }
    if (w === 'according' && toks[i + 1]?.lower === 'to') {
      const m = mentions.find((x) => x.start >= i + 2 && x.start <= i + 4 && isActor(x));
      const e = m ? res(m) : [];
      // ("According to the Kremlin, Putin told the chancellor that …": the body reports; the person it names speaks.)
      if (e.length && e[0]!.type !== 'Person' && !bodySource) {
        bodySource = e;
        continue;
      }
      if (e.length) return e;
    }
    if (!isSayVerb(sentence, mentions, i)) continue;
    // "pointed out" reports speech; "pointed warnings" does not.
    if (w === 'pointed' && toks[i + 1]?.lower !== 'out') continue;
    // "Ireland's foreign minister said": an office named without its holder speaks for its state.
    const office = officeBefore(sentence, mentions, i);
    if (office) {
      const e = res(office);
      if (e.length) return e;
    }
    // "Britain said through its ambassador, Barbara Woodward, that …": the one who speaks for it.
    if (toks[i + 1]?.lower === 'through' || toks[i + 1]?.lower === 'via') {
      const voice = mentions.find((x) => x.start > i + 1 && x.start <= i + 6 && x.kind === 'person');
      const e = voice ? res(voice) : [];
      if (e.length) return e;
    }
    // "he had held talks ... and said afterwards": the subject of the first verb.
    if (toks[i - 1]?.lower === 'and') {
      const main = mentions.find((x) => x.end <= i && isActor(x) && !governedByPreposition(sentence, x) && !x.possessive);
      const e = main ? res(main) : [];
      if (e.length) return e;
    }
    // "..., said Zakharova" / "the statement said"
    // (Not an object pronoun: "told him that …" names who was told.)
    const after = mentions.find((x) => x.start > i && x.start <= i + 3 && isActor(x) && !x.possessive && !(x.kind === 'pronoun' && /^(?:him|her|them|it|us)$/.test(x.word ?? '')) && !toks.slice(i + 1, x.start).some((t) => t.lower === 'that'));
    // "Rubio, who met Wang Yi on Friday, said": not a name inside the relative clause.
    const relative = relativeClauses(sentence, 0, i);
    let beforeM = [...mentions].reverse().find((x) => x.end <= i && isActor(x) && !quoted[x.start] && !governedByPreposition(sentence, x) && !x.possessive && !namesNonStateGroup(sentence, x) && !relative.some(([a, b]) => x.start >= a && x.end <= b));
    // "Guo Jiakun, a Chinese Foreign Ministry spokesman, said": the person, not the body in the apposition.
    if (beforeM && beforeM.kind !== 'person' && afterComma(sentence, beforeM)) {
      const person = [...mentions].reverse().find((x) => x.end < beforeM!.start && x.kind === 'person');
      if (person && sentence.tokens.slice(person.end, beforeM.start).every((t) => t.text === ',' || DETERMINERS.has(t.lower))) beforeM = person;
    }
    // (Only a person overrides the body reported as the source.)
    const person = (e: Entity[]) => !bodySource || e[0]?.type === 'Person';
    if (beforeM && i - beforeM.end <= 12) {
      const e = res(beforeM);
      if (e.length && person(e)) return e;
    }
    if (after && isActor(after)) {
      const e = res(after);
      if (e.length && person(e)) return e;
    }
  }
  return bodySource ?? [];
}

/** The span of an "according to X," phrase: [the word "according", the comma after it). */
function accordingTo(toks: Sentence['tokens']): [number, number] | undefined {
  const at = toks.findIndex((t, k) => t.lower === 'according' && toks[k + 1]?.lower === 'to');
  if (at < 0) return undefined;
  const comma = toks.findIndex((t, k) => k > at && t.text === ',');
  return comma > 0 ? [at, comma] : undefined;
}

/** Whether the trigger is a passive participle ("were urged", "was condemned"), with or without an agent. */
export function isPassive(sentence: Sentence, ti: number): boolean {
  const toks = sentence.tokens;
  if (!/ed$/.test(toks[ti]!.lower)) return false;
  for (let k = ti - 1; k >= Math.max(0, ti - 2); k--) {
    if (PASSIVE_AUX.has(toks[k]!.lower)) return true;
    if (!/ly$/.test(toks[k]!.lower) && toks[k]!.lower !== 'also') return false;
  }
  return false;
}

export function passiveAgent(sentence: Sentence, mentions: Mention[], ti: number, tEnd: number, ce: number, res: (m: Mention) => Entity[]): Entity[] {
  const toks = sentence.tokens;
  // An auxiliary shortly before the trigger, or a nominal trigger "was conveyed/voiced/expressed by".
  let aux = false;
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) if (PASSIVE_AUX.has(toks[k]!.lower)) aux = true;
  let k = tEnd;
  // Only a trigger that heads a noun phrase can have its agent after a later participle.
  // ("Lavrov did, however, sit down with Vieira, and … was received by Lula": a verb phrase is no noun.)
  const nominal = ti === 0 || DETERMINERS.has(toks[ti - 1]!.lower) || /^(?:deep|grave|serious|strong|full|an?)$/.test(toks[ti - 1]!.lower) || toks[ti - 1]!.text === "'s" || (!/(?:s|ed)$/.test(toks[ti]!.lower) && tEnd - ti === 1 && toks[ti - 1]!.text !== ',');
  if (!aux && nominal) {
    // "An offer to ... was made by X": an auxiliary and a participle before "by" later in the clause.
    for (let j = tEnd; j + 2 < ce; j++) {
      if (PASSIVE_AUX.has(toks[j]!.lower) && /(?:ed|made|held|given|voiced|shown)$/.test(toks[j + 1]!.lower) && toks[j + 2]!.lower === 'by') {
        aux = true;
        k = j + 2;
        break;
      }
    }
  }
  // "the declaration signed by Kim and Moon": a participle with its agent, no auxiliary. ("A militia backed by
  // Iran" is material support, not a statement.)
  if (!aux && /ed$/.test(toks[ti]!.lower) && toks[ti]!.lower !== 'backed' && toks[tEnd]?.lower === 'by' && ti > 0 && !/^(?:he|she|it|they|we|i)$/.test(toks[ti - 1]!.lower) && !mentions.some((m) => m.end === ti && isActor(m))) aux = true;
  if (!aux) return [];
  for (; k < Math.min(ce, tEnd + 14); k++) {
    if (toks[k]!.lower !== 'by') continue;
    const m = mentions.find((x) => x.start >= k + 1 && x.start <= k + 3 && isActor(x));
    if (!m) return [];
    const chain = coordinatedRight(sentence, mentions, m, isActor);
    // "by Pakistan's Foreign Office, which said ..., and by Oman"
    for (let j = chain[chain.length - 1]!.end; j + 1 < Math.min(toks.length, ce + 20); j++) {
      if (toks[j]!.lower === 'and' && toks[j + 1]!.lower === 'by') {
        const more = mentions.find((x) => x.start > j + 1 && x.start <= j + 4 && isActor(x));
        if (more) chain.push(more);
      }
    }
    return chain.flatMap(res);
  }
  return [];
}

export function localSubject(
  sentence: Sentence,
  mentions: Mention[],
  ti: number,
  cs: number,
  quoted: boolean[],
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): Entity[] {
  const toks = sentence.tokens;
  // "He said Serbs lived under terror from Pristina and accused Gashi", "X spoke
  // with Y and urged both governments": a verb coordinated by "and" shares the
  // subject of the sentence's first verb, not the nearest name.
  // (Auxiliaries and adverbs may stand between: "and had asked him", "and also urged".)
  let before = ti - 1;
  while (before > 0 && /^(?:had|has|have|also|then|later|again|would|will|had\s+also)$/.test(toks[before]!.lower)) before--;
  if ((toks[before]?.lower === 'and' || toks[before]?.text === ',') && /(?:ed|es)$/.test(toks[ti]!.lower) && !quoted[ti]) {
    const finiteAt = (k: number) => FINITE_VERB.test(toks[k]?.lower ?? '') || (/^(?:had|has|have|was|were|is)$/.test(toks[k]?.lower ?? '') && /(?:ed|en|ke|met|held|spoke|ing)$/.test(toks[k + 1]?.lower ?? ''));
    // ("Vieira, chairing, told his guests …": a short aside between the subject and its verb.)
    const asideEnd = (m: Mention) => (toks[m.end]?.text === ',' ? toks.findIndex((t, k) => k > m.end && k <= m.end + 5 && t.text === ',') : -1);
    // ("Kuwait's ruler, Emir X, telephoned …": the comma closing an apposition.)
    const finiteAfter = (m: Mention) => finiteAt(m.end) || (m.kind === 'person' && toks[m.end]?.text === ',' && finiteAt(m.end + 1)) || (asideEnd(m) > 0 && finiteAt(asideEnd(m) + 1));
    // (Not a subject inside a relative clause: "the OIC, which had invited India, said it condemned … and urged".)
    const asides = relativeClauses(sentence, 0, ti);
    const subjectsBefore = mentions.filter((m) => m.end < ti && isActor(m) && !m.possessive && !quoted[m.start] && !isAdjectival(sentence, m) && !governedByPreposition(sentence, m) && finiteAfter(m) && !asides.some(([a, b]) => m.start >= a && m.end <= b));
    // The sentence's first subject, unless a person is the subject nearer the verb: "The State Department
    // said Secretary Rubio had spoken with X and urged restraint" (people, not bodies, make the statement).
    // "X spoke with Y, who backed … and urged the bloc": inside a relative clause, its antecedent is the subject.
    const who = toks.findIndex((t, k) => k < ti && t.lower === 'who' && toks[k - 1]?.text === ',' && !toks.slice(k + 1, ti).some((x) => x.text === ',' || x.text === ';'));
    const antecedent = whoAntecedent(sentence, mentions, who);
    if (antecedent) return res(antecedent);
    const nearest = subjectsBefore[subjectsBefore.length - 1];
    // ("spokesman Stephane Dujarric said Guterres was following the situation and called for restraint": a
    // spokesperson reports the principal, whose verbs these are.)
    const reporter = subjectsBefore[0] && subjectsBefore[0] !== nearest ? res(subjectsBefore[0])[0] : undefined;
    const principal = reporter?.role === 'spokesperson' && nearest?.kind === 'person';
    let subject = (nearest?.kind === 'person' && subjectsBefore[0]?.kind !== 'person') || principal ? nearest : subjectsBefore[0];
    // "Pakistan's defence minister said Kabul had failed and blamed it": the office that speaks comes first.
    const say = toks.findIndex((_, k) => k < ti && isSayVerb(sentence, mentions, k) && !quoted[k]);
    const office = say > 0 ? officeBefore(sentence, mentions, say) : undefined;
    if (office && (!subject || office.start < subject.start)) return res(office);
    // "Saudi Arabia and the UAE welcomed …": every member of the subject list.
    if (subject) return subjectList(sentence, mentions, subject).flatMap(res);
  }
  // "X summoned Y's ambassador to complain": the summoner complains.
  // ("spoke with his counterpart, X, to demand the release", "had flown to Honiara to ask": the one who made the contact.)
  const summon = toks[ti - 1]?.lower === 'to' ? contactBefore(sentence, ti - 1) : -1;
  if (summon > 0) {
    const summoner = [...mentions].reverse().find((m) => m.end <= summon && m.start >= cs && isActor(m) && !m.possessive && !governedByPreposition(sentence, m));
    if (summoner) return res(summoner);
  }
  // "… at the invitation of Emmanuel Macron, who afterwards spoke with …": the verb opening a "who" clause
  // has the person before "who" for subject, even one governed by a preposition.
  let w = ti - 1;
  while (w > 0 && /^(?:had|has|have|also|then|later|again|afterwards|subsequently|\w+ly)$/.test(toks[w]!.lower)) w--;
  const antecedent = whoAntecedent(sentence, mentions, w);
  if (antecedent) return res(antecedent);
  // "… as Allies Urge Restraint", "analysts urged": an unnamed group right before the verb is its subject.
  // ("EU leaders urged", "Iranian officials urged" are named by the word before them.)
  const inMention = (k: number) => mentions.some((m) => m.start <= k && k < m.end);
  // ("Chinese defence officials", "its partners" are named by a word of the noun phrase before them.)
  if (UNNAMED_GROUP.test(toks[ti - 1]?.lower ?? '') && !inMention(ti - 1)) {
    let k = ti - 2;
    while (k >= 0 && k >= ti - 4 && /^[a-z-]+$/i.test(toks[k]!.text) && !inMention(k) && !/^(?:its|their|his|her|our|the|a|an|and|as|while|but|with)$/.test(toks[k]!.lower)) k--;
    if (!inMention(k) && !/^(?:its|their|his|her|our)$/.test(toks[k]?.lower ?? '')) return [];
  }
  const relative = relativeClauses(sentence, cs, ti);
  const candidates = mentions.filter((m) => m.end <= ti && m.start >= cs && quoted[m.start] === quoted[ti] && !relative.some(([a, b]) => m.start >= a && m.end <= b));
  for (let n = candidates.length - 1; n >= 0; n--) {
    const m = candidates[n]!;
    if (!isActor(m)) continue;
    // "Pakistan's director general of military operations had called": an unnamed official speaks for the state.
    if (m.possessive && (m.kind === 'country' || m.kind === 'org') && !afterComma(sentence, m) && OFFICE_WORD.test(toks[m.end + 1]?.lower ?? '') && !mentions.some((x) => x.kind === 'person' && x.start > m.end && x.start <= m.end + 6)) return res(m);
    if (m.possessive || isAdjectival(sentence, m) || isVerbObject(sentence, m)) continue;
    // "tells the European Parliament that Europe stands with Poland": who is told does not speak.
    if (/^(?:told|tells|tell|telling)$/.test(toks[m.start - (toks[m.start - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '')) continue;
    // "Guterres, Dujarric added, was calling for ...": the parenthetical speaker is not the subject.
    if (toks[m.start - 1]?.text === ',' && SAY_VERBS.has(toks[m.end]?.lower ?? '') && toks[m.end + 1]?.text === ',') continue;
    const prep = governedByPreposition(sentence, m);
    // "bodies such as the UN had appealed": the subject is the unnamed noun phrase.
    if (prep === 'such as') return [];
    // ("Oleg Vasin, the foreign minister of the Transnistrian administration, accused …": in apposition to a
    // name, the office is that person's, who speaks.)
    const office = beforeOf(toks, m.start);
    if (prep && !(prep === 'of' && officialsOfAt(toks, office) && !inApposition(toks, office))) continue;
    // An object of a verb between it and the trigger: "Rubio held calls with X, urging..." keeps Rubio.
    // ("…, Somalia and Guyana, Algeria's ambassador, Amar Bendjama, expressed": a name after its office stands alone.)
    // ("According to press secretary Karoline Leavitt, Trump told …": the source before the comma is no subject.)
    const source = accordingTo(toks);
    const chain = subjectList(sentence, mentions, m).filter((x) => !(source && x.start > source[0] && x.end <= source[1]));
    if (!chain.length) continue;
    // "the foreign ministers of X and Y signed": the whole chain hangs off a preposition.
    // …unless the head is their officials: "the foreign ministers of Argentina and Peru issued …".
    const officialsOf = governedByPreposition(sentence, chain[0]!) === 'of' && officialsOfAt(toks, beforeOf(toks, chain[0]!.start));
    if (chain.length > 1 && governedByPreposition(sentence, chain[0]!) && !officialsOf) continue;
    let ents = chain.flatMap(res);
    const joined = joinedBy(sentence, mentions, m.end, ti, res);
    ents = [...ents, ...joined];
    if (ents.length && m.kind === 'person') st.lastPerson = ents[ents.length - 1];
    return ents;
  }
  return [];
}

function joinedBy(sentence: Sentence, mentions: Mention[], from: number, to: number, res: (m: Mention) => Entity[]): Entity[] {
  const toks = sentence.tokens;
  for (let k = from; k < to - 1; k++) {
    if (toks[k]!.lower === 'joined' && toks[k + 1]?.lower === 'by') {
      const m = mentions.find((x) => x.start > k + 1 && x.start <= k + 4 && isActor(x));
      if (m) return res(m);
    }
  }
  return [];
}

export function sectionActor(sentence: Sentence, st: DiscourseState): Entity[] {
  const label = sentence.section!;
  const e = st.registry.all().find((x) => (x.type === 'Country' || x.type === 'Organization') && (x.name.toLowerCase() === label.toLowerCase() || [...x.aliases].some((a) => a.toLowerCase() === label.toLowerCase())));
  return e ? [e] : [];
}

/** The person or body who spoke, rather than the state they spoke for (GUIDE.md "Who said it"). */
export function mostSpecific(subjects: Entity[], speaker: Entity | undefined, published: string | undefined): Entity[] {
  if (!speaker) return subjects;
  // "Germany and France were ready to mediate, the minister said": a list that includes the speaker's own state.
  if (subjects.length > 1) return speaker.type === 'Person' && subjects.some((s) => s.type === 'Country' && countryOf(speaker) === s) ? [speaker] : subjects;
  const s = subjects[0]!;
  if (s === speaker || s.type === 'Person') return subjects;
  const sc = s.type === 'Country' ? s : countryOf(s);
  if (sc && countryOf(speaker) === sc && speaker.type !== 'Country') return [speaker];
  // "Foreign Minister Penny Wong said Australia was concerned": the text gives her no state, the dictionary does.
  if (sc && speaker.type === 'Person' && !speaker.upTo && dictionaryBody(speaker, published)?.name === sc.name) return [speaker];
  // "Foreign Minister Lucia Ferrer said Spain backed the plan": a minister the text never places who
  // reports one state's stance reports their own (a diplomat, posted abroad, may report another's).
  if (s.type === 'Country' && speaker.type === 'Person' && !speaker.upTo && GOVERNMENT_TITLE.test(speaker.title ?? '') && !DIPLOMATIC_TITLE.test(speaker.title ?? '') && !dictionaryBody(speaker, published)) return [speaker];
  // "Borrell said the bloc condemns …": the person who speaks for the body.
  // ("the AU stood ready", said by the chair of the AU Commission: a body within it speaks for it too.)
  if (s.type === 'Organization' && (speaker.upTo === s || speaker.upTo?.upTo === s)) return [speaker];
  return subjects;
}

/**
 * "The G7 ministers" speak for each member as well as for the group, when the article names the members
 * ("the foreign ministers of Canada, France, …"); a group whose members the text never lists speaks as itself.
 */
export function expandMembers(subjects: Entity[], st: DiscourseState): Entity[] {
  const out: Entity[] = [];
  for (const s of subjects) {
    out.push(s);
    if (!s.members) continue;
    const listed = [st.lastGroup, ...st.lists].find((l) => l && s.members!.every((m) => l.includes(m)));
    for (const m of listed ?? []) if (!out.includes(m)) out.push(m);
  }
  return out;
}
