// Who said what to whom in one sentence: speech-act triggers from the
// lexicon (statements/lexicon.ts), their speaker (statements/speaker.ts) and
// their object (statements/objects.ts).
import type { Mention } from '../mentions/find-mentions.js';
import type { StatementType, UrgeAction } from '../model/ontology.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { countryOf, type Entity } from '../registry/entity-registry.js';
import { resolveMention, type DiscourseState } from '../entities/resolve-references.js';
import { SAY_VERBS } from '../mentions/words.js';
import { CONDITION_BEFORE, HEDGE_BEFORE, NEGATION_BEFORE, QUESTION_BEFORE } from './lexicon.js';
import { triggerHits } from './trigger-sites.js';
import { clauseAround, coordinatedRight, governedByPreposition, objectAfterFraming, objectPastQuote, quoteMask, textBetween } from './clause.js';
import { citations } from './citations.js';
import { isActor, isAdjectival, unnamedSubject } from './mention-roles.js';
import { actionsIn, COPULA_VERDICTS, CUT_PURPOSE, objectsFor } from './objects.js';
import { nominalReactions } from './nominal-reactions.js';
import { ANY_VERDICT } from './verdicts.js';
import { expandMembers, findAttributor, isPassive, isSayVerb, localSubject, mostSpecific, officeBefore, passiveAgent, PASSIVE_AUX, sectionActor } from './speaker.js';

/** A verdict later in the clause: "called X illegitimate". */
const VERDICT_AHEAD = new RegExp(String.raw`^[^.;,]{1,60}?\b(?:as\s+)?["“]?(?:${ANY_VERDICT})\b`);

/**
 * "Both sides, she said, must return": the group stands right before the modal, past an aside between
 * commas; not "Both sides must return …, and aid must reach …", whose second modal has its own subject.
 */
function subjectOfModal(sentence: Sentence, m: Mention, modal: number): boolean {
  const between = sentence.tokens.slice(m.end, modal).map((t) => t.text);
  if (between.length === 0) return true;
  return between[0] === ',' && between[between.length - 1] === ',' && between.length <= 6;
}

/** "called Zelensky an "insolent pig"", "called Maduro "a dictator"": a name, then what it is called. */
const NAMING_AHEAD = /^(?:[A-Z][\w'’.-]*\s+){1,4}(?:["“]|an?\s+(?!(?:day|week|month|year|few|couple|number|second|third|short|hour)\b))/;

/** "condemned what it called", "denounced what he described as": a verdict framing another statement's object. */
const FRAMED_BY_STATEMENT = /\b(?:condemn|denounc|deplor|critici[sz]|slamm|decr|lambast|reject|dismiss|accus|blam|welcom|prais|support|back|hail|regrett?)\w*\s+(?:of\s+|over\s+)?what\s+(?:[\w'-]+\s+){1,4}$/;

export interface Statement {
  s: Entity;
  p: StatementType;
  o: Entity | null;
  action?: UrgeAction;
  rule: string;
  confidence: number;
  sentence: Sentence;
}

export function extractStatements(sentence: Sentence, mentions: Mention[], st: DiscourseState): Statement[] {
  const toks = sentence.tokens;
  const { inside: quoted, openAtEnd } = quoteMask(sentence, st.quoteOpen);
  const lower = sentence.text.toLowerCase().replace(/’/g, "'");
  const out: Statement[] = [];
  const joint = /\bjoint(?:ly)?\s+(?:statement|declaration|communiqu)/i.exec(sentence.text);
  if (joint) {
    // Who issued it, not what it is about: names before its content ("a joint statement that condemned the RSF's attack").
    const content = toks.findIndex((t) => t.start - sentence.start > joint.index && /^(?:that|which|condemned|urged|said|called|expressed)$/.test(t.lower));
    const group = [...new Set(mentions.filter((m) => (m.kind === 'country' || m.kind === 'org') && !isAdjectival(sentence, m) && (content < 0 || m.start < content)).map((m) => st.registry.canonical(m.entity!)))];
    if (group.length >= 2) st.lastGroup = group;
  }
  const resolved = new Map<Mention, Entity[]>();
  const res = (m: Mention): Entity[] => {
    let r = resolved.get(m);
    if (!r) {
      r = resolveMention(m, sentence, st, quoted[m.start] ?? false);
      resolved.set(m, r);
    }
    return r;
  };

  // The speaker this sentence reports, if any: "X said", "said X", "according to X".
  const attributors = findAttributor(sentence, mentions, quoted, res);
  const attributor = attributors[0];
  const speakersOfQuotes = attributors.length ? attributors : ((st.quoteOpen ? st.quoteSpeakers : undefined) ?? (st.forwardQuoteSpeaker ? [st.forwardQuoteSpeaker] : undefined));
  const speakerOfQuotes = speakersOfQuotes?.length === 1 ? speakersOfQuotes[0] : undefined;
  // "Barrot said he was very worried": a pronoun after the verb of saying is the one who speaks.
  // ("Ireland's foreign minister said he was troubled": the unnamed minister speaks for Ireland.)
  const sayAt = attributor ? toks.findIndex((_, k) => isSayVerb(sentence, mentions, k) && !quoted[k]) : -1;
  const byOffice = sayAt > 0 && attributor!.type !== 'Person' && officeBefore(sentence, mentions, sayAt) !== undefined;
  if (sayAt >= 0 && (attributor!.type === 'Person' || byOffice)) {
    for (const m of mentions) {
      if (m.kind === 'pronoun' && m.start > sayAt && ((m.word === 'he' && attributor!.gender !== 'f') || (m.word === 'she' && attributor!.gender !== 'm'))) resolved.set(m, [attributor!]);
    }
  }
  if (attributor?.type === 'Person') st.sentenceSpeaker = attributor;
  // "we" inside this sentence's quotation is its speaker.
  if (speakersOfQuotes) st.quoteSpeakers = speakersOfQuotes;

  const nominal = nominalReactions(sentence, mentions, res, st);
  for (const n of nominal) out.push(...n.statements);
  const readAsNoun = new Set(nominal.map((n) => n.at));
  // "UN Support Mission", "Peace Support Operation": a word of a name is no trigger.
  // ("the Multinational Security Support mission": a capitalized verb in running text is a word of a name.)
  const inName = (k: number) => toks[k]!.cap && ((mentions.some((m) => m.start <= k && k < m.end && m.entity && ['org', 'treaty', 'operation', 'event'].includes(m.kind))) || (k > 0 && !sentence.heading && /^[A-Z][a-z]/.test(toks[k]!.text) && /^[A-Z]/.test(toks[k - 1]!.text) && !/^["“:]$/.test(toks[k - 1]!.text)));

  {
    for (const { trig, ti, tEnd, at, negated, nominal } of triggerHits(sentence, lower)) {
      const before = lower.slice(Math.max(0, at - 60), at);
      if (negated || NEGATION_BEFORE.test(before) || QUESTION_BEFORE.test(before) || CONDITION_BEFORE.test(before) || readAsNoun.has(ti) || inName(ti)) continue;
      // ("Moscow-backed militia", "Iranian-backed groups" name a sponsor, not a statement; "with the backing of X" is X's.)
      if (trig.rule === 'support-verb' && /(?:[-–]|\bthe\s+)$/.test(before)) continue;
      // "condemned what it called a Turkish aggression": the verdict frames the object of the verb before it.
      // ("for what he called its reckless conduct" is read by what-x-called: the owner is criticized.)
      if (trig.frame === 'predicate' && (FRAMED_BY_STATEMENT.test(before) || (/\bwhat\s+(?:he|she|it|they)\s+$/.test(before) && /^(?:its|their)$/.test(toks[tEnd]?.lower ?? '')))) continue;
      // "a flurry of appeals for restraint from capitals around the world": appeals counted, by whoever they came "from".
      if (toks[ti - 1]?.lower === 'of' && /^(?:appeals|calls|demands|condemnations|criticisms)$/.test(toks[ti]!.lower) && !mentions.some((m) => m.start > tEnd && isActor(m) && toks[m.start - 1]?.lower === 'from')) continue;
      // A welcome is a meeting when a person is welcomed somewhere, and praise otherwise.
      if (trig.rule === 'welcomed-guest' && !welcomesGuest(sentence, mentions, tEnd)) continue;
      // ("Qatar will host a new round of talks between A and B next week": talks to come are no contact yet.)
      if (trig.rule === 'contact-between' && /\b(?:will|would|shall|to)\s+(?:\w+\s+)?(?:host|hold|organi[sz]e|convene|broker)\b/.test(before)) continue;
      if (trig.rule === 'support-verb' && /^welcom/.test(toks[ti]!.lower) && welcomesGuest(sentence, mentions, tEnd)) continue;
      if (trig.rule === 'called-x') {
        const next = sentence.text.slice(toks[ti]!.end - sentence.start).trimStart();
        if (!/^(?:(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b|[A-Z])/.test(next)) continue;
        // "called Maduro's government illegitimate" is a verdict, not a call.
        if (VERDICT_AHEAD.test(next.toLowerCase())) continue;
        // "called Zelensky an "insolent pig"": a name followed by what it is called is naming, whatever the words.
        if (NAMING_AHEAD.test(next)) continue;
      }
      // "accuses Kigali of backing the group": an allegation inside another statement.
      // ("charged its neighbour with supporting dissidents", "blamed Kabul for backing them" likewise.)
      if (/ing$/.test(toks[ti]!.lower) && /^(?:of|with|for)$/.test(toks[ti - 1]?.lower ?? '') && trig.p !== 'CONDEMNS') continue;
      if (trig.p === 'URGES' && HEDGE_BEFORE.test(lower.slice(Math.max(0, at - 40), at))) continue;
      const [cs, ce] = clauseAround(sentence, ti, quoted);
      const inQuote = quoted[ti] ?? false;
      if (trig.frame === 'obligation') {
        // The obliged (or accused) party is the clause's subject; the speaker is whoever reports it, if another side.
        // ("a reminder to Iraq that it must cooperate": the obliged may be a pronoun for the state.)
        // ("the priority in Syria had to remain …": a name after a preposition is no subject.)
        // (Inside a reported "that" clause, its subject: "…, adding that the priority in Syria had to remain …".)
        // (Or after the verb of saying that reports it: "Turk said the killings must be investigated".)
        let thatAt = -1;
        for (let k = cs; k < ti; k++) if (toks[k]!.lower === 'that' || (isSayVerb(sentence, mentions, k) && !quoted[k] && /^(?:[A-Z]|the$|its$|their$|his$|her$|all$|any$)/.test(toks[k + 1]?.text ?? ''))) thatAt = k;
        // ("the ceasefire must be respected by both sides": in the passive, the agent is obliged.)
        const agentOf = toks[tEnd - 1]?.lower === 'be' && toks[tEnd + 1]?.lower === 'by' ? mentions.find((m) => m.start > tEnd + 1 && m.start <= tEnd + 3 && (isActor(m) || m.kind === 'group')) : undefined;
        const obliged = agentOf ?? [...mentions].reverse().find((m) => m.end <= ti && m.start >= Math.max(cs, thatAt) && (m.kind === 'country' || m.kind === 'org' || m.kind === 'anaphor' || (m.kind === 'group' && subjectOfModal(sentence, m, ti)) || (m.kind === 'pronoun' && /^(?:it|they)$/.test(m.word ?? ''))) && !m.possessive && !governedByPreposition(sentence, m));
        // "Chirac issued a stern reminder to Iraq that it must …": who issues the message speaks.
        const messenger = !attributor && toks.slice(0, ti).some((t) => MESSAGE_NOUNS.test(t.lower)) ? mentions.find((m) => m.start <= 3 && isActor(m) && !m.possessive && !m.qualifier) : undefined;
        const speaker = attributor ?? (messenger ? res(messenger)[0] : undefined);
        // What is asked: the rest of the clause, up to a purpose; in the passive, from its subject ("the ceasefire must be respected").
        const asked = (from: number): UrgeAction[] => {
          const text = textBetween(sentence, from, toks.length).toLowerCase();
          const cut = text.search(CUT_PURPOSE);
          return actionsIn(cut > 0 ? text.slice(0, cut) : text);
        };
        const reported = Math.max(cs, thatAt + 1);
        // ("the killings must be investigated, Turk said": a passive obligation with no one named is an appeal to no one.)
        if (!obliged && speaker && trig.p === 'URGES' && toks[tEnd - 1]?.lower === 'be' && /(?:ed|en)$/.test(toks[tEnd]?.lower ?? '')) {
          for (const a of asked(reported)) out.push({ s: speaker, p: 'URGES', o: null, action: a, rule: trig.rule, confidence: trig.confidence, sentence });
          continue;
        }
        if (!obliged || !speaker) continue;
        // (An obliged group, "both sides", is each of them.)
        const targets = (agentOf || obliged.kind === 'group' ? res(obliged) : res(obliged).slice(0, 1)).filter((t) => t !== speaker && countryOf(speaker) !== t && countryOf(t) !== countryOf(speaker));
        if (!targets.length) continue;
        if (trig.p === 'CRITICIZES') {
          for (const target of targets) out.push({ s: speaker, p: 'CRITICIZES', o: target.type === 'Country' ? target : (countryOf(target) ?? target), rule: trig.rule, confidence: trig.confidence, sentence });
          continue;
        }
        const actions = asked(agentOf ? reported : tEnd);
        for (const target of targets) for (const a of actions) out.push({ s: speaker, p: 'URGES', o: target, action: a, rule: trig.rule, confidence: trig.confidence, sentence });
        continue;
      }
      // "Several delegations, including those of Mexico and Brazil, urged …": the states named speak.
      const included = includedSubjects(sentence, mentions, ti);
      // "regional leaders pressed both sides": the speaker is a common noun, not an actor named earlier.
      // (Not for a verdict on the subject of a copula: "The measures were unjustified, the ministry said".)
      // (Inside a quotation, its speaker reports: '"Russia is the aggressor," he wrote.')
      const reporter = attributor ?? (inQuote ? speakerOfQuotes : undefined);
      const verdictOnSubject = trig.frame === 'predicate' && (trig.p === 'EXPRESSES_CONCERN' || COPULA_VERDICTS.has(trig.rule)) && !!reporter;
      if (!included.length && !verdictOnSubject && unnamedSubject(sentence, mentions, ti) && !dashedSubjects(sentence, mentions, ti).length) continue;
      // "alarmed by X" names what alarms, not who is alarmed.
      // ("are united behind Latvia" is a stance, not a passive.)
      const canBePassive = trig.rule !== 'concern-adjective' && trig.rule !== 'x-was-worrying' && trig.rule !== 'stand-with';
      let subjects = trig.rule === 'what-x-called' ? mentions.filter((m) => m.start === ti + 1).flatMap(res) : canBePassive ? passiveAgent(sentence, mentions, ti, tEnd, ce, res) : [];
      if (trig.frame === 'predicate' && (trig.p === 'EXPRESSES_CONCERN' || COPULA_VERDICTS.has(trig.rule)) && reporter) subjects = [reporter];
      const passive = subjects.length > 0 || (canBePassive && isPassive(sentence, ti));
      // "explanations needed to be backed by facts": a passive whose agent is no actor is no statement.
      if (passive && !subjects.length && toks[tEnd]?.lower === 'by' && !mentions.some((m) => m.start > tEnd && m.start <= tEnd + 3 && isActor(m))) continue;
      // "Islamabad's demand for an investigation": the possessor makes the appeal.
      const owner = toks[ti - 1]?.text === "'s" ? mentions.find((m) => m.end === ti - 1 && isActor(m)) : undefined;
      // "X held calls with Y, urging both to …": a participle after a comma takes the main clause's subject.
      // "…, with White House spokesperson John Kirby calling it abhorrent": the actor after "with" acts.
      const afterWith = (m: Mention) => mentions.some((q) => (q === m || (q.qualifier && q.start <= m.start)) && toks[q.start - 1]?.lower === 'with');
      const withActor = /ing$/.test(toks[ti]!.lower) ? mentions.find((m) => m.end === ti && isActor(m) && !m.qualifier && afterWith(m)) : undefined;
      if (withActor && !passive && !subjects.length) subjects = res(withActor);
      // ("…, with Western members accusing the group of mass killings": an unnamed "with" subject names no actor.)
      if (!withActor && /ing$/.test(toks[ti]!.lower) && /^[a-z]+s$/.test(toks[ti - 1]?.text ?? '') && !mentions.some((m) => m.end === ti - 1 || m.end === ti)) {
        let k = ti - 2;
        while (k >= 0 && k >= ti - 4 && /^[A-Za-z-]+$/.test(toks[k]!.text) && toks[k]!.lower !== 'with' && !mentions.some((m) => m.start <= k && k < m.end)) k--;
        if (toks[k]?.lower === 'with') continue;
      }
      // "Hungary blocked an EU statement criticizing Israel": a participle right after a text is the text's,
      // and the text speaks for whoever issued it, named before it ("EU").
      const ofText = /ing$/.test(toks[ti]!.lower) && TEXT_NOUNS.test(toks[ti - 1]?.lower ?? '') && !passive;
      // (Without an issuer before it, "issued a statement condemning …", the text is the subject's.)
      const issuer = ofText ? mentions.find((m) => m.end >= ti - 3 && m.end <= ti - 1 && isActor(m) && toks.slice(m.end, ti - 1).every((t) => /^(?:'s|[a-z-]+)$/.test(t.text) && !/(?:ed|es)$/.test(t.lower))) : undefined;
      const mainSubject = !withActor && !passive && /ing$/.test(toks[ti]!.lower) && toks[ti - 1]?.text === ',' ? mentions.find((m) => m.start < ti && isActor(m) && !m.possessive && !quoted[m.start] && !governedByPreposition(sentence, m)) : undefined;
      // "Qatar's call for a ceasefire was echoed by Jordan": both call for it, and nobody is addressed by it.
      const echoed = owner && subjects.length > 0 && passive;
      if (echoed) subjects = [...res(owner), ...subjects];
      // "Brennan reiterated Washington's support for …": the person who voices the state's stance speaks.
      // (The sentence's first actor, a person: its subject.)
      // ("He also reaffirmed Ankara's support": a pronoun for a person voices it too.)
      const first = mentions.find((m) => isActor(m) || (m.kind === 'pronoun' && /^(?:he|she)$/.test(m.word ?? '')));
      const personal = first?.kind === 'person' || (first?.kind === 'pronoun' && res(first)[0]?.type === 'Person');
      const voice = owner && !subjects.length && owner.kind !== 'person' && personal && first!.end < owner.start && !first!.possessive && !quoted[first!.start] ? first : undefined;
      const voiced = voice ? res(voice)[0] : undefined;
      const ownerEntity = owner ? res(owner)[0] : undefined;
      if (issuer) subjects = res(issuer);
      else if (voiced && ownerEntity && (!countryOf(voiced) || countryOf(voiced) === (ownerEntity.type === 'Country' ? ownerEntity : countryOf(ownerEntity)))) subjects = [voiced];
      else if (owner && !subjects.length) subjects = res(owner);
      else if (mainSubject) subjects = res(mainSubject);
      else if (!passive && !withActor) subjects = localSubject(sentence, mentions, ti, cs, quoted, res, st);
      // "Later, receiving the two ministers at the White House, US President Donald Trump told them …":
      // a leading participle's subject follows its clause.
      if (subjects.length === 0 && /ing$/.test(toks[ti]!.lower) && toks.slice(0, ti).every((t) => t.text === ',' || /^(?:later|earlier|then|afterwards|meanwhile|also)$/i.test(t.text))) {
        const comma = toks.findIndex((t, k) => k > ti && t.text === ',');
        // (past any apposition: the actor that a verb follows)
        const main = comma > 0 ? mentions.find((m) => m.start > comma && isActor(m) && !m.possessive && (SAY_VERBS.has(toks[m.end]?.lower ?? '') || /^[a-z]+ed$/.test(toks[m.end]?.text ?? ''))) : undefined;
        if (main) subjects = res(main);
      }
      // "Five European members of the Council — France, Germany and Britain — issued a statement calling on …":
      // the list between the dashes is who speaks.
      if (subjects.length === 0 && !passive) subjects = dashedSubjects(sentence, mentions, ti).flatMap(res);
      if (included.length && !passive) subjects = included.flatMap(res);
      if (subjects.length === 0) {
        const earlier = out.filter((x) => x.sentence === sentence && x.p !== 'CONTACTS');
        // "X was called by him a danger, and Tehran was urged to ...": the agent named elsewhere in the sentence.
        const agentAt = passive ? toks.findIndex((t, k) => t.lower === 'by' && PASSIVE_AUX.has(toks[k - 2]?.lower ?? '') && k !== tEnd) : -1;
        const agent = agentAt >= 0 ? mentions.find((m) => m.start > agentAt && m.start <= agentAt + 3 && isActor(m)) : undefined;
        if (earlier.length) subjects = [...new Set(earlier.map((x) => x.s))];
        else if (agent) subjects = res(agent);
        else if (inQuote && speakersOfQuotes) subjects = speakersOfQuotes;
        else if (attributor) subjects = attributors;
        else if (sentence.section) subjects = sectionActor(sentence, st);
      }
      subjects = mostSpecific(subjects, attributor ?? (inQuote ? speakerOfQuotes : undefined), st.published);
      subjects = expandMembers(subjects, st);
      if (subjects.length > 1) {
        st.lastGroup = subjects;
        if (subjects.every((x) => x.type === 'Person')) st.lastPersonGroup = subjects;
      }
      if (subjects.length === 0 && !['call-placed-by', 'contact-between', 'brought-together'].includes(trig.rule)) continue;
      if (trig.rule === 'right-of-self-defence') {
        if (attributor) subjects = [attributor];
        // "X's right to self-defence", "gave Iran a legitimate right of self-defence": support for the holder.
        const holder = [...mentions].reverse().find((m) => m.end <= ti && m.start >= ti - 4 && m.kind === 'country');
        if (holder) for (const s2 of subjects) for (const e of res(holder)) if (e !== s2) out.push({ s: s2, p: 'SUPPORTS', o: e, rule: trig.rule, confidence: trig.confidence, sentence });
        continue;
      }
      if (trig.rule === 'signed-together') {
        // "X signed for Kinshasa and Y for Kigali": the second signatory.
        for (let j = tEnd; j + 2 < toks.length; j++) {
          if (toks[j]!.lower !== 'and') continue;
          const other = mentions.find((m) => m.start === j + 1 && m.kind === 'person');
          if (other && toks[other.end]?.lower === 'for') subjects = [...subjects, ...res(other)];
        }
        if (subjects.length > 1) {
          st.lastGroup = subjects;
          if (subjects.every((x) => x.type === 'Person')) st.lastPersonGroup = subjects;
        }
        // "X, Y and Z signed a joint declaration": each met each.
        subjects.forEach((a, i) => subjects.slice(i + 1).forEach((b) => out.push({ s: a, p: 'CONTACTS', o: b, rule: trig.rule, confidence: trig.confidence, sentence })));
        continue;
      }
      if (trig.rule === 'brought-together') {
        // Everyone named in the rest of the clause but the states after "of" ("Minister X of Peru, Minister Y of Kenya").
        const listed = mentions.filter((m) => m.start >= tEnd && m.start < ce && isActor(m) && !m.qualifier && !m.possessive && !governedByPreposition(sentence, m));
        const met = listed[0] && listed[0].start <= tEnd + 3 ? [...new Set(listed.flatMap(res))] : [];
        met.forEach((a, k) => met.slice(k + 1).forEach((b) => out.push({ s: a, p: 'CONTACTS', o: b, rule: trig.rule, confidence: trig.confidence, sentence })));
        if (met.length > 1) st.lastGroup = met;
        continue;
      }
      if (trig.rule === 'contact-between') {
        // "a telephone conversation between the Kyrgyz and Uzbek presidents": the two met each other.
        const at = toks.findIndex((t, k) => k >= tEnd && t.lower === 'between');
        const first = mentions.find((m) => m.start > at && m.start <= at + 3 && ['country', 'org', 'person'].includes(m.kind));
        const pair = first ? coordinatedRight(sentence, mentions, first, (x) => ['country', 'org', 'person'].includes(x.kind)).flatMap(res) : [];
        pair.forEach((a, k) => pair.slice(k + 1).forEach((b) => a !== b && out.push({ s: a, p: 'CONTACTS', o: b, rule: trig.rule, confidence: trig.confidence, sentence })));
        continue;
      }
      if (trig.rule === 'call-placed-by') {
        const caller = mentions.find((m) => m.start >= tEnd && isActor(m));
        const toAt = caller ? sentence.tokens.findIndex((t, j) => j >= caller.end && t.lower === 'to') : -1;
        const to = toAt >= 0 ? mentions.find((m) => m.start > toAt && isActor(m)) : undefined;
        if (caller && to) for (const a of res(caller)) for (const b of res(to)) out.push({ s: a, p: 'CONTACTS', o: b, rule: trig.rule, confidence: trig.confidence, sentence });
        continue;
      }
      const past = trig.frame === 'direct' && !passive ? (objectAfterFraming(sentence, tEnd) ?? objectPastQuote(sentence, tEnd, quoted)) : undefined;
      // "the two allies blamed each other": each side criticizes the other.
      if (trig.frame === 'reciprocal') subjects = [];
      const readPassive = passive && !echoed;
      // (The echoed appeal's words end where "was echoed by" begins.)
      const echoAt = echoed ? toks.findIndex((t, k) => k >= tEnd && PASSIVE_AUX.has(t.lower)) : -1;
      const objectEnd = echoAt > 0 ? echoAt : ce;
      const objects = past ? objectsFor({ trig, sentence, mentions, ti, tEnd: past[0], cs, ce: past[1], passive: readPassive, nominal, res, st }) : objectsFor({ trig, sentence, mentions, ti, tEnd, cs, ce: objectEnd, passive: readPassive, nominal, res, st });
      if (trig.frame === 'reciprocal') subjects = objects.flatMap((o) => (o.entity ? [o.entity] : []));
      // "Pakistan and Afghanistan held talks in Istanbul": with no other party named, the subjects met each other.
      if (trig.p === 'CONTACTS' && objects.length === 0 && subjects.length >= 2 && !passive) {
        // (Not a person and the state they speak for: "the Emirati ambassador, Mohamed Abushahab, told the hall".)
        const ownSide = (x: Entity, y: Entity) => x.upTo === y || countryOf(x) === y;
        subjects.forEach((a, k) => subjects.slice(k + 1).forEach((b) => a !== b && !ownSide(a, b) && !ownSide(b, a) && out.push({ s: a, p: 'CONTACTS', o: b, rule: `${trig.rule}-together`, confidence: trig.confidence, sentence })));
        continue;
      }
      for (const o of objects) {
        for (const s of subjects) {
          if (o.entity && (o.entity === s || (trig.p !== 'CONTACTS' && countryOf(o.entity) === s && s.type === 'Country' && trig.p !== 'SUPPORTS'))) continue;
          if (o.entity === s) continue;
          // "Zelensky urged Ukraine's partners …" is no appeal to his own state.
          if (trig.p === 'URGES' && o.entity && o.entity.type === 'Country' && countryOf(s) === o.entity) continue;
          out.push({ s, p: trig.p, o: o.entity, action: o.action, rule: trig.rule, confidence: trig.confidence, sentence });
        }
      }
    }
  }
  addressUnaddressedAppeals(out);
  speakForGroup(sentence, mentions, out, res, st);
  out.push(...contactInOpening(sentence, mentions, out, res));
  out.push(...contactByCall(sentence, mentions, out, res));
  out.push(...citations(sentence, mentions, quoted, out, attributor, res, st));
  for (const x of out) {
    if (!x.o || !['Topic', 'Event', 'Operation'].includes(x.o.type)) continue;
    (st.lastObjects ??= new Map()).set(x.p, x.o);
    if (['CONDEMNS', 'CRITICIZES', 'EXPRESSES_CONCERN'].includes(x.p)) st.lastVerdictObject = x.o;
  }
  // Track who spoke last, for "she", "the statement", "we".
  const speakers = out.map((s) => s.s);
  const last = attributor ?? speakers[speakers.length - 1];
  if (last) st.lastSpeaker = last;
  st.quoteSpeakers = openAtEnd ? (speakersOfQuotes ?? st.quoteSpeakers) : undefined;
  st.quoteOpen = openAtEnd;
  return out;
}

/** "welcomed Putin to Beijing", "gave a warm welcome to de Klerk": a person, then where, or the welcome itself said "to" them. */
function welcomesGuest(sentence: Sentence, mentions: Mention[], tEnd: number): boolean {
  const toks = sentence.tokens;
  const guest = mentions.find((m) => m.kind === 'person' && m.start >= tEnd && m.start <= tEnd + 5 && toks.slice(tEnd, m.start).every((t) => /^[\p{L}.-]+$/u.test(t.text) && !/^(?:and|or|for|of)$/.test(t.lower)));
  if (!guest) return false;
  return toks[tEnd - 1]?.lower === 'to' || /^(?:to|in|at|on)$/.test(toks[guest.end]?.lower ?? '');
}

/** Texts that state something of their own: "a statement criticizing Israel", "a resolution condemning the coup". */
const TEXT_NOUNS = /^(?:statement|resolution|declaration|communique|communiqué|letter|text|draft|motion|report)$/;
const MESSAGE_NOUNS = /^(?:reminder|warning|message|letter|note|ultimatum|communique|communiqué)$/;

const CONTACT_NOUNS = /^(?:call|calls|conversation|meeting|talks|phone|telephone|video)$/;

/** "In a phone call with X, Y said …", "During talks with X in Doha, Y urged …": Y was in contact with X. */
function contactInOpening(sentence: Sentence, mentions: Mention[], out: Statement[], res: (m: Mention) => Entity[]): Statement[] {
  const toks = sentence.tokens;
  if (!/^(?:in|during)$/.test(toks[0]?.lower ?? '')) return [];
  const comma = toks.findIndex((t) => t.text === ',');
  const withAt = toks.findIndex((t, k) => k < comma && t.lower === 'with' && CONTACT_NOUNS.test(toks[k - 1]?.lower ?? ''));
  if (comma < 0 || withAt < 0) return [];
  const first = mentions.find((m) => m.start > withAt && m.start <= withAt + 3 && m.end <= comma && isActor(m) && !m.qualifier);
  const speaker = mentions.find((m) => m.start > comma && isActor(m) && !m.qualifier && !m.possessive && m.kind !== 'pronoun' && !governedByPreposition(sentence, m));
  if (!first || !speaker) return [];
  const others = coordinatedRight(sentence, mentions, first, (x) => isActor(x) && !x.qualifier).flatMap(res);
  return newContacts(res(speaker), others, out, { rule: 'contact-in-opening', confidence: 0.7, sentence });
}

/** "Putin had urged Erdogan in a phone call to …": whoever is addressed during a call was in contact with the speaker. */
function contactByCall(sentence: Sentence, mentions: Mention[], out: Statement[], res: (m: Mention) => Entity[]): Statement[] {
  const toks = sentence.tokens;
  const words = toks.map((x) => x.lower);
  const at = words.findIndex((w, k) => /^(?:in|during|over)$/.test(w) && /^(?:a|an|the|their|his|her)$/.test(words[k + 1] ?? '') && callNounAt(words, k + 2));
  let other = at > 0 ? mentions.find((m) => m.end === at && isActor(m) && m.kind !== 'pronoun') : undefined;
  // "President Ama Osei of Ghana in a phone call": the person, not the state after "of".
  if (other && toks[other.start - 1]?.lower === 'of') other = mentions.find((m) => m.end === other!.start - 1 && m.kind === 'person') ?? other;
  if (!other || other.qualifier) return [];
  const speakers = [...new Set(out.filter((x) => x.sentence === sentence && x.p !== 'CONTACTS').map((x) => x.s))];
  return newContacts(speakers, res(other), out, { rule: 'addressed-in-call', confidence: 0.65, sentence });
}

/** A contact between each of `a` and each of `b`, unless the sentence already records that pair (either way). */
function newContacts(a: Entity[], b: Entity[], out: Statement[], how: Pick<Statement, 'rule' | 'confidence' | 'sentence'>): Statement[] {
  const found: Statement[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x === y || out.some((r) => r.p === 'CONTACTS' && ((r.s === x && r.o === y) || (r.s === y && r.o === x)))) continue;
      found.push({ s: x, p: 'CONTACTS', o: y, ...how });
    }
  }
  return found;
}

/** "call", "phone call", "telephone conversation" at k, not followed by "with" (that call names its own party). */
function callNounAt(words: string[], k: number): boolean {
  const j = /^(?:phone|telephone|video)$/.test(words[k] ?? '') ? k + 1 : k;
  return /^(?:call|conversation)$/.test(words[j] ?? '') && words[j + 1] !== 'with';
}

/**
 * "Speaking on behalf of the A3+ group — Algeria, Sierra Leone and Guyana — Algerian ambassador X read a
 * statement that condemned …": what the speaker says, each member of the list says.
 */
function speakForGroup(sentence: Sentence, mentions: Mention[], out: Statement[], res: (m: Mention) => Entity[], st: DiscourseState): void {
  const toks = sentence.tokens;
  const at = toks.findIndex((t, k) => t.lower === 'behalf' && toks[k - 1]?.lower === 'on' && toks[k + 1]?.lower === 'of');
  if (at < 0) return;
  const listed = mentions.filter((m) => m.start > at + 1 && m.start <= at + 12 && (m.kind === 'country' || m.kind === 'org') && !m.qualifier && !m.possessive);
  const first = listed.find((m) => m.kind === 'country');
  if (!first) return;
  const members = coordinatedRight(sentence, mentions, first, (x) => x.kind === 'country' && !x.qualifier).flatMap(res);
  if (members.length < 2) return;
  st.lastGroup = members;
  const said = out.filter((x) => x.p !== 'CONTACTS' && x.sentence === sentence);
  for (const x of said) for (const m of members) if (m !== x.s && countryOf(x.s) !== m && !out.some((y) => y.s === m && y.p === x.p && y.o === x.o)) out.push({ ...x, s: m });
}

/** ", including (those of) A and B," right before the trigger: the named members of an unnamed subject. */
function includedSubjects(sentence: Sentence, mentions: Mention[], ti: number): Mention[] {
  const toks = sentence.tokens;
  if (toks[ti - 1]?.text !== ',') return [];
  let at = ti - 2;
  while (at > 0 && !(/^(?:including|notably|especially)$/.test(toks[at]!.lower) && toks[at - 1]?.text === ',')) at--;
  if (at <= 0) return [];
  const listed = mentions.filter((m) => m.start > at && m.end < ti && isActor(m) && !m.qualifier);
  const rest = toks.slice(at + 1, ti - 1).filter((_t, k) => !listed.some((m) => at + 1 + k >= m.start && at + 1 + k < m.end));
  if (!listed.length || !rest.every((t) => /^(?:,|and|the|those|of|representatives|delegations?)$/.test(t.lower))) return [];
  return listed;
}

/** Actors listed between two dashes before the trigger, with no other actor between the list and the trigger. */
function dashedSubjects(sentence: Sentence, mentions: Mention[], ti: number): Mention[] {
  const toks = sentence.tokens;
  const dashes = toks.map((t, k) => (/^[—–]$/.test(t.text) ? k : -1)).filter((k) => k >= 0 && k < ti);
  if (dashes.length < 2) return [];
  const [open, close] = dashes.slice(-2) as [number, number];
  const listed = mentions.filter((m) => m.start > open && m.end <= close && (m.kind === 'country' || m.kind === 'org') && !m.qualifier);
  const between = toks.slice(open + 1, close).filter((_t, k) => !listed.some((m) => open + 1 + k >= m.start && open + 1 + k < m.end));
  if (listed.length < 2 || !between.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'the')) return [];
  if (mentions.some((m) => m.start > close && m.start < ti && isActor(m))) return [];
  return listed;
}

/**
 * "Restraint was urged by the EU, which called on all parties to respect the
 * law": an appeal (or an offer) without an addressee is made to those the
 * same speaker addresses in the same sentence.
 */
function addressUnaddressedAppeals(out: Statement[]): void {
  for (let k = 0; k < out.length; k++) {
    const x = out[k]!;
    // ("urged Washington and Caracas to talk and offered the organization's help": the offer is made to them.)
    if ((x.p !== 'URGES' && x.p !== 'OFFERS') || x.o) continue;
    const to = [...new Set(out.filter((y) => y.p === 'URGES' && y.s === x.s && y.o).map((y) => y.o!))];
    if (!to.length) continue;
    out.splice(k, 1, ...to.map((o) => ({ ...x, o })));
    k += to.length - 1;
  }
}
