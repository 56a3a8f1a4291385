// Who said what to whom in one sentence: speech-act triggers from the
// lexicon, their speaker (active, passive, reported, quoted) and their object
// (an entity, the parties, or a topic).
import type { Mention } from '../mentions/find-mentions.js';
import type { StatementType, UrgeAction } from '../model/ontology.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { countryOf, type Entity } from '../entities/registry.js';
import { resolveMention, type DiscourseState } from '../entities/resolve-references.js';
import { SAY_VERBS } from '../mentions/words.js';
import { ACTIONS, HEDGE_BEFORE, NEGATION_BEFORE, TRIGGERS, type Trigger } from './lexicon.js';
import { clauseAround, coordinatedLeft, coordinatedRight, DETERMINERS, governedByPreposition, quoteMask, textBetween, tokenAt } from './clause.js';

export interface Statement {
  s: Entity;
  p: StatementType;
  o: Entity | null;
  action?: UrgeAction;
  rule: string;
  confidence: number;
  sentence: Sentence;
}

const ACTOR_KINDS = new Set(['country', 'org', 'person', 'pronoun', 'anaphor', 'group']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
const NP_STOP = new Set(['that', 'which', 'who', 'while', 'but', 'as', 'because', 'when', 'after', 'before', 'since', 'following', 'amid', 'in', 'at', 'on', 'from', 'with', 'by', 'to', 'and', 'for', 'during', 'saying', 'calling', 'adding', 'if', 'whether', 'than', 'into', 'across', 'near', 'between', 'under', 'could', 'would', 'will', 'should', 'might', 'may', 'had', 'has', 'have', 'was', 'were', 'is', 'are']);
const GENERIC_SITUATION = /^(?:(?:recent|latest|current|ongoing)\s+)?(?:developments?|situation|events|things|state of affairs)$/i;
const CUT_PURPOSE = /\b(?:in order to|so that|so as to|in pursuit of|in search of|with a view to|before|until|once|, saying|, adding|, who said|, and said|, warning|which)\b|(?<!and |, )\bto (?:avoid|prevent)\b/;

function isActor(m: Mention): boolean {
  return ACTOR_KINDS.has(m.kind) && !m.qualifier;
}

export function extractStatements(sentence: Sentence, mentions: Mention[], st: DiscourseState): Statement[] {
  const toks = sentence.tokens;
  const { inside: quoted, openAtEnd } = quoteMask(sentence, st.quoteOpen);
  const lower = sentence.text.toLowerCase().replace(/’/g, "'");
  const out: Statement[] = [];
  if (/\bjoint(?:ly)?\s+(?:statement|declaration|communiqu)/i.test(sentence.text)) {
    const group = [...new Set(mentions.filter((m) => (m.kind === 'country' || m.kind === 'org') && !isAdjectival(sentence, m)).map((m) => st.registry.canonical(m.entity!)))];
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
  const attributor = findAttributor(sentence, mentions, quoted, res, st);
  const speakerOfQuotes = attributor ?? (st.quoteOpen ? st.quoteSpeaker : undefined);
  // "Barrot said he was very worried": a pronoun after the verb of saying is the one who speaks.
  const sayAt = attributor?.type === 'Person' ? toks.findIndex((t, k) => SAY_VERBS.has(t.lower) && !quoted[k]) : -1;
  if (sayAt >= 0) {
    for (const m of mentions) {
      if (m.kind === 'pronoun' && m.start > sayAt && ((m.word === 'he' && attributor!.gender !== 'f') || (m.word === 'she' && attributor!.gender !== 'm'))) resolved.set(m, [attributor!]);
    }
  }
  // "we" inside this sentence's quotation is its speaker.
  if (speakerOfQuotes) st.quoteSpeaker = speakerOfQuotes;

  for (const trig of TRIGGERS) {
    trig.re.lastIndex = 0;
    for (const match of lower.matchAll(trig.re)) {
      const at = match.index! + match[0].indexOf(match[1] ?? match[0]);
      const ti = tokenAt(sentence, at);
      const tEnd = tokenAt(sentence, at + (match[1] ?? match[0]).length - 1) + 1;
      const before = lower.slice(Math.max(0, at - 60), at);
      if (NEGATION_BEFORE.test(before)) continue;
      if (trig.rule === 'called-x') {
        const next = sentence.text.slice(toks[ti]!.end - sentence.start).trimStart();
        if (!/^(?:(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b|[A-Z])/.test(next)) continue;
      }
      // "accuses Kigali of backing the group": an allegation inside another statement.
      if (/ing$/.test(toks[ti]!.lower) && toks[ti - 1]?.lower === 'of' && trig.p !== 'CONDEMNS') continue;
      if (trig.p === 'URGES' && HEDGE_BEFORE.test(lower.slice(Math.max(0, at - 40), at))) continue;
      const [cs, ce] = clauseAround(sentence, ti, quoted);
      const inQuote = quoted[ti] ?? false;
      if (trig.frame === 'obligation') {
        // The obliged party is the clause's subject; the speaker is whoever reports it, if another side.
        const obliged = [...mentions].reverse().find((m) => m.end <= ti && m.start >= cs && (m.kind === 'country' || m.kind === 'org') && !m.possessive);
        const speaker = attributor;
        if (!obliged || !speaker) continue;
        const target = res(obliged)[0];
        if (!target || target === speaker || countryOf(speaker) === target) continue;
        let text = textBetween(sentence, tEnd, toks.length).toLowerCase();
        const cut = text.search(CUT_PURPOSE);
        if (cut > 0) text = text.slice(0, cut);
        for (const a of actionsIn(text)) out.push({ s: speaker, p: 'URGES', o: target, action: a, rule: trig.rule, confidence: trig.confidence, sentence });
        continue;
      }
      // "regional leaders pressed both sides": the speaker is a common noun, not an actor named earlier.
      if (unnamedSubject(sentence, mentions, ti)) continue;
      // "alarmed by X" names what alarms, not who is alarmed.
      const canBePassive = trig.rule !== 'concern-adjective' && trig.rule !== 'x-was-worrying';
      let subjects = trig.rule === 'what-x-called' ? mentions.filter((m) => m.start === ti + 1).flatMap(res) : canBePassive ? passiveAgent(sentence, mentions, ti, tEnd, ce, res) : [];
      if (trig.frame === 'predicate' && trig.p === 'EXPRESSES_CONCERN' && attributor) subjects = [attributor];
      const passive = subjects.length > 0 || (canBePassive && isPassive(sentence, ti));
      // "Islamabad's demand for an investigation": the possessor makes the appeal.
      const owner = toks[ti - 1]?.text === "'s" ? mentions.find((m) => m.end === ti - 1 && isActor(m)) : undefined;
      if (owner && !subjects.length) subjects = res(owner);
      else if (!passive) subjects = localSubject(sentence, mentions, ti, cs, quoted, res, st);
      if (subjects.length === 0) {
        const earlier = out.filter((x) => x.sentence === sentence && x.p !== 'CONTACTS');
        // "X was called by him a danger, and Tehran was urged to ...": the agent named elsewhere in the sentence.
        const agentAt = passive ? toks.findIndex((t, k) => t.lower === 'by' && PASSIVE_AUX.has(toks[k - 2]?.lower ?? '') && k !== tEnd) : -1;
        const agent = agentAt >= 0 ? mentions.find((m) => m.start > agentAt && m.start <= agentAt + 3 && isActor(m)) : undefined;
        if (earlier.length) subjects = [...new Set(earlier.map((x) => x.s))];
        else if (agent) subjects = res(agent);
        else if (inQuote && speakerOfQuotes) subjects = [speakerOfQuotes];
        else if (attributor) subjects = [attributor];
        else if (sentence.section) subjects = sectionActor(sentence, st);
      }
      subjects = mostSpecific(subjects, attributor ?? (inQuote ? speakerOfQuotes : undefined));
      subjects = expandMembers(subjects, st);
      if (subjects.length > 1) {
        st.lastGroup = subjects;
        if (subjects.every((x) => x.type === 'Person')) st.lastPersonGroup = subjects;
      }
      if (subjects.length === 0 && trig.rule !== 'call-placed-by') continue;
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
      if (trig.rule === 'call-placed-by') {
        const caller = mentions.find((m) => m.start >= tEnd && isActor(m));
        const toAt = caller ? sentence.tokens.findIndex((t, j) => j >= caller.end && t.lower === 'to') : -1;
        const to = toAt >= 0 ? mentions.find((m) => m.start > toAt && isActor(m)) : undefined;
        if (caller && to) for (const a of res(caller)) for (const b of res(to)) out.push({ s: a, p: 'CONTACTS', o: b, rule: trig.rule, confidence: trig.confidence, sentence });
        continue;
      }
      const objects = objectsFor(trig, sentence, mentions, ti, tEnd, cs, ce, passive, res, st);
      for (const o of objects) {
        for (const s of subjects) {
          if (o.entity && (o.entity === s || (trig.p !== 'CONTACTS' && countryOf(o.entity) === s && s.type === 'Country' && trig.p !== 'SUPPORTS'))) continue;
          if (o.entity === s) continue;
          out.push({ s, p: trig.p, o: o.entity, action: o.action, rule: trig.rule, confidence: trig.confidence, sentence });
        }
      }
    }
  }
  out.push(...citations(sentence, mentions, quoted, out, attributor, res, st));
  // Track who spoke last, for "she", "the statement", "we".
  const speakers = out.map((s) => s.s);
  const last = attributor ?? speakers[speakers.length - 1];
  if (last) st.lastSpeaker = last;
  st.quoteSpeaker = openAtEnd ? (speakerOfQuotes ?? st.quoteSpeaker) : undefined;
  st.quoteOpen = openAtEnd;
  return out;
}

function findAttributor(
  sentence: Sentence,
  mentions: Mention[],
  quoted: boolean[],
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): Entity | undefined {
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (quoted[i]) continue;
    const w = toks[i]!.lower;
    if (w === 'according' && toks[i + 1]?.lower === 'to') {
      const m = mentions.find((x) => x.start >= i + 2 && x.start <= i + 4 && isActor(x));
      const e = m && res(m)[0];
      if (e) return e;
    }
    if (!SAY_VERBS.has(w)) continue;
    // "he had held talks ... and said afterwards": the subject of the first verb.
    if (toks[i - 1]?.lower === 'and') {
      const main = mentions.find((x) => x.end <= i && isActor(x) && !governedByPreposition(sentence, x) && !x.possessive);
      const e = main && res(main)[0];
      if (e) return e;
    }
    // "..., said Zakharova" / "the statement said"
    const after = mentions.find((x) => x.start > i && x.start <= i + 3 && isActor(x) && !x.possessive);
    let beforeM = [...mentions].reverse().find((x) => x.end <= i && isActor(x) && !quoted[x.start] && !governedByPreposition(sentence, x) && !x.possessive);
    // "Guo Jiakun, a Chinese Foreign Ministry spokesman, said": the person, not the body in the apposition.
    if (beforeM && beforeM.kind !== 'person' && afterComma(sentence, beforeM)) {
      const person = [...mentions].reverse().find((x) => x.end < beforeM!.start && x.kind === 'person');
      if (person && sentence.tokens.slice(person.end, beforeM.start).every((t) => t.text === ',' || DETERMINERS.has(t.lower))) beforeM = person;
    }
    if (beforeM && i - beforeM.end <= 12) {
      const e = res(beforeM)[0];
      if (e) return e;
    }
    if (after && isActor(after)) {
      const e = res(after)[0];
      if (e) return e;
    }
  }
  void st;
  return undefined;
}

/** Whether the trigger is a passive participle ("were urged", "was condemned"), with or without an agent. */
function isPassive(sentence: Sentence, ti: number): boolean {
  const toks = sentence.tokens;
  if (!/ed$/.test(toks[ti]!.lower)) return false;
  for (let k = ti - 1; k >= Math.max(0, ti - 2); k--) {
    if (PASSIVE_AUX.has(toks[k]!.lower)) return true;
    if (!/ly$/.test(toks[k]!.lower) && toks[k]!.lower !== 'also') return false;
  }
  return false;
}

function passiveAgent(sentence: Sentence, mentions: Mention[], ti: number, tEnd: number, ce: number, res: (m: Mention) => Entity[]): Entity[] {
  const toks = sentence.tokens;
  // An auxiliary shortly before the trigger, or a nominal trigger "was conveyed/voiced/expressed by".
  let aux = false;
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) if (PASSIVE_AUX.has(toks[k]!.lower)) aux = true;
  let k = tEnd;
  if (!aux) {
    // "An offer to ... was made by X": an auxiliary and a participle before "by" later in the clause.
    for (let j = tEnd; j + 2 < ce; j++) {
      if (PASSIVE_AUX.has(toks[j]!.lower) && /(?:ed|made|held|given|voiced|shown)$/.test(toks[j + 1]!.lower) && toks[j + 2]!.lower === 'by') {
        aux = true;
        k = j + 2;
        break;
      }
    }
    if (!aux) return [];
  }
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

function localSubject(
  sentence: Sentence,
  mentions: Mention[],
  ti: number,
  cs: number,
  quoted: boolean[],
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): Entity[] {
  const toks = sentence.tokens;
  const relative = relativeClauses(sentence, cs, ti);
  const candidates = mentions.filter((m) => m.end <= ti && m.start >= cs && quoted[m.start] === quoted[ti] && !relative.some(([a, b]) => m.start >= a && m.end <= b));
  for (let n = candidates.length - 1; n >= 0; n--) {
    const m = candidates[n]!;
    if (!isActor(m)) continue;
    // "Pakistan's director general of military operations had called": an unnamed official speaks for the state.
    if (m.possessive && m.kind === 'country' && !afterComma(sentence, m) && /^(?:director|minister|foreign|prime|president|army|military|chief|envoy|ambassador|spokes\w*|deputy|top|senior|defence|defense|national)$/.test(toks[m.end + 1]?.lower ?? '') && !mentions.some((x) => x.kind === 'person' && x.start > m.end && x.start <= m.end + 6)) return res(m);
    if (m.possessive || isAdjectival(sentence, m) || isVerbObject(sentence, m)) continue;
    // "Guterres, Dujarric added, was calling for ...": the parenthetical speaker is not the subject.
    if (toks[m.start - 1]?.text === ',' && SAY_VERBS.has(toks[m.end]?.lower ?? '') && toks[m.end + 1]?.text === ',') continue;
    const prep = governedByPreposition(sentence, m);
    // "bodies such as the UN had appealed": the subject is the unnamed noun phrase.
    if (prep === 'such as') return [];
    if (prep) continue;
    // An object of a verb between it and the trigger: "Rubio held calls with X, urging..." keeps Rubio.
    const chain = coordinatedLeft(sentence, mentions, m, (x) => isActor(x) && !x.possessive);
    // "the foreign ministers of X and Y signed": the whole chain hangs off a preposition.
    if (chain.length > 1 && governedByPreposition(sentence, chain[0]!)) continue;
    let ents = chain.flatMap(res);
    const joined = joinedBy(sentence, mentions, m.end, ti, res);
    ents = [...ents, ...joined];
    if (ents.length && m.kind === 'person') st.lastPerson = ents[ents.length - 1];
    return ents;
  }
  return [];
}

const NOT_NOUNS = new Set(['was', 'were', 'has', 'have', 'had', 'is', 'are', 'also', 'and', 'then', 'who', 'which', 'that', 'to', 'not', 'it', 'they', 'he', 'she', 'we', 'this', 'its', 'as', 'thus', 'always', 'repeatedly', 'publicly', 'jointly', 'both', 'all', 'others', 'is']);

function unnamedSubject(sentence: Sentence, mentions: Mention[], ti: number): boolean {
  const toks = sentence.tokens;
  const w = toks[ti - 1];
  // "statements calling on X": a participle describes the noun; its speaker is named before.
  if (/ing$/.test(toks[ti]!.lower)) return false;
  if (!w || !/^[a-z]+s$/.test(w.text) || NOT_NOUNS.has(w.lower) || /ly$/.test(w.lower)) return false;
  return !mentions.some((m) => m.end === ti - 1 || m.end === ti) && toks[ti - 2]?.text !== ',';
}

/** The mention opens an apposition: ", the UAE's deputy prime minister". */
function afterComma(sentence: Sentence, m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]!.lower)) k--;
  return sentence.tokens[k]?.text === ',';
}

/** ", which had been mediating between X and Y," — spans whose mentions are not the subject. */
function relativeClauses(sentence: Sentence, from: number, to: number): Array<[number, number]> {
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
const INCIDENT_NOUNS = /^(?:attacks?|strikes?|airstrikes?|action|operation|raids?|bombing|aggression|campaign|offensive|incursion|missiles?|use)$/;

/** "Thai forces", "Cambodian positions": a demonym used as an adjective names no speaker. */
export function isAdjectival(sentence: Sentence, m: Mention): boolean {
  if (m.kind !== 'country') return false;
  const next = sentence.tokens[m.end];
  // "the US attack", "Israel strikes": a country naming whose incident it is.
  if (next && INCIDENT_NOUNS.test(next.lower) && !m.possessive) return true;
  if (m.form !== 'demonym' && m.form !== 'adjective') return false;
  if (!next || !/^[a-z]/.test(next.text)) return false;
  return !ACTOR_NOUNS.test(next.lower) && !/^(?:said|says|say|told|added|urged|called|condemned|have|had|has|were|are|did|do|also)$/.test(next.lower);
}

const NOT_VERBS = new Set(['said', 'says', 'and', 'or', 'but', 'while', 'that', 'as', 'also', 'then', 'when', 'where', 'after', 'before', 'because', 'since', 'if', 'added', 'noted', 'stated', 'told']);

/** "he accused Thai forces", "condemned Pakistan": the mention is a verb's object, not a subject. */
function isVerbObject(sentence: Sentence, m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]!.lower)) k--;
  const w = sentence.tokens[k];
  if (!w || NOT_VERBS.has(w.lower) || !/^[a-z]+$/.test(w.text)) return false;
  return /(?:ed|es|ing)$/.test(w.lower) && w.lower.length > 4;
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

function sectionActor(sentence: Sentence, st: DiscourseState): Entity[] {
  const label = sentence.section!;
  const e = st.registry.all().find((x) => (x.type === 'Country' || x.type === 'Organization') && (x.name.toLowerCase() === label.toLowerCase() || [...x.aliases].some((a) => a.toLowerCase() === label.toLowerCase())));
  return e ? [e] : [];
}

/** The person or body who spoke, rather than the state they spoke for (GUIDE.md "Who said it"). */
function mostSpecific(subjects: Entity[], speaker: Entity | undefined): Entity[] {
  if (!speaker || subjects.length !== 1) return subjects;
  const s = subjects[0]!;
  if (s === speaker || s.type === 'Person') return subjects;
  const sc = s.type === 'Country' ? s : countryOf(s);
  if (sc && countryOf(speaker) === sc && speaker.type !== 'Country') return [speaker];
  return subjects;
}

/** "The G7 ministers" speak for each member as well as for the group. */
function expandMembers(subjects: Entity[], st: DiscourseState): Entity[] {
  const out: Entity[] = [];
  for (const s of subjects) {
    out.push(s);
    if (s.members) {
      const group = st.lastGroup && s.members.every((m) => st.lastGroup!.includes(m)) ? st.lastGroup : s.members;
      for (const m of group) if (!out.includes(m)) out.push(m);
    }
  }
  return out;
}

interface ObjectChoice {
  entity: Entity | null;
  action?: UrgeAction;
}

function objectsFor(
  trig: Trigger,
  sentence: Sentence,
  mentions: Mention[],
  ti: number,
  tEnd: number,
  cs: number,
  ce: number,
  passive: boolean,
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): ObjectChoice[] {
  const toks = sentence.tokens;
  const after = mentions.filter((m) => m.start >= tEnd && m.start < ce);
  switch (trig.frame) {
    case 'direct': {
      if (trig.rule === 'what-x-called') {
        // "what he called its reckless conduct": the owner of the conduct is criticized.
        if (['its', 'their'].includes(toks[tEnd]?.lower ?? '')) {
          const owner = [...mentions].reverse().find((m) => m.end <= ti && (m.kind === 'country' || m.kind === 'org'));
          if (owner) return res(owner).map((e) => ({ entity: e }));
        }
      }
      if (passive) return nounPhraseObject(sentence, mentions, cs, ti, trig.p, res, st, true);
      return nounPhraseObject(sentence, mentions, tEnd, ce, trig.p, res, st, false);
    }
    case 'about': {
      let k = tEnd;
      while (k < ce && k < tEnd + 4 && !['about', 'by', 'over', 'at', 'regarding', 'with', 'for', 'that', 'as', 'on', 'concerning', 'of'].includes(toks[k]!.lower)) k++;
      // "described the situation as a serious concern", "X was a matter of deep concern"
      const lead = toks.slice(Math.max(cs, ti - 4), ti).map((t) => t.lower).join(' ');
      if (/\bas\s+an?(?:\s+\w+)?$/.test(lead)) {
        const verb = toks.findIndex((t, j) => j >= cs && j < ti && /^(?:described|called|termed|saw|sees|regarded|regards|considered)$/.test(t.lower));
        const asAt = toks.findIndex((t, j) => j > verb && j < ti && t.lower === 'as');
        if (verb >= 0 && asAt > verb) return nounPhraseObject(sentence, mentions, verb + 1, asAt, trig.p, res, st, false);
      }
      if (/\b(?:was|is|were|are|remains?|remained)\s+(?:a\s+)?matter\s+of(?:\s+\w+)?$/.test(lead)) {
        const aux = toks.findIndex((t, j) => j >= cs && j < ti && /^(?:was|is|were|are|remains?|remained)$/.test(t.lower));
        return nounPhraseObject(sentence, mentions, cs, aux, trig.p, res, st, true);
      }
      // "worried that the recent developments could ...": the subject of the that-clause.
      if (k < ce && k < tEnd + 4 && toks[k]!.lower === 'that') {
        const np = nounPhraseObject(sentence, mentions, k + 1, ce, trig.p, res, st, false);
        const t = np[0]?.entity;
        if (!t || (t.type === 'Topic' && GENERIC_SITUATION.test(t.name))) return [{ entity: topic(st, 'situation') }];
        return np;
      }
      if (k < ce && k < tEnd + 4) return nounPhraseObject(sentence, mentions, k + 1, ce, trig.p, res, st, false);
      // "Riyadh's deep concern over the crisis was conveyed" has its object before; no object: the incident at hand.
      return st.lastIncident ? [{ entity: st.lastIncident }] : [{ entity: topic(st, 'situation') }];
    }
    case 'predicate': {
      if (trig.p === 'EXPRESSES_CONCERN') {
        // "the reports of the strikes were worrying": the subject of the copula.
        return nounPhraseObject(sentence, mentions, cs, ti, trig.p, res, st, true);
      }
      // "called the strikes an act of war": the object ends where the verdict begins.
      const rest = sentence.text.slice(toks[tEnd - 1]!.end - sentence.start).toLowerCase();
      const verdict = /\b(?:an?\s+|as\s+)?(?:(?:utterly|deeply|very|totally|completely|wholly)\s+)*(?:regrettable|unacceptable|intolerable|irresponsible|reckless|provocative|unjustified|unjustifiable|illegal|unlawful|deplorable|violation|breach|perilous|dangerous|destabili[sz]ing|act of war|declaration of war|crime|war crime|outrageous|disgraceful|cowardly|barbaric|heinous|flagrant|act of aggression)\b/.exec(rest);
      const stop = verdict ? tokenAt(sentence, toks[tEnd - 1]!.end - sentence.start + verdict.index + 1) : ce;
      return nounPhraseObject(sentence, mentions, tEnd, Math.min(ce, stop), trig.p, res, st, false).slice(0, 1);
    }
    case 'reciprocal': {
      const ents = [...new Set(mentions.filter((m) => m.end <= ti && isActor(m)).flatMap(res))];
      return ents.length >= 2 ? ents.map((e) => ({ entity: e })) : st.parties.map((e) => ({ entity: e }));
    }
    case 'contact':
      if (passive) return localSubject(sentence, mentions, ti, cs, quoteMask(sentence, st.quoteOpen).inside, res, st).map((e) => ({ entity: e }));
      return contactObjects(sentence, mentions, after, tEnd, res, st);
    case 'offer':
      return offerObjects(sentence, mentions, tEnd, res, st);
    case 'addressee':
    case 'appeal':
      return appealObjects(trig, sentence, mentions, ti, tEnd, cs, ce, passive, res, st);
    default:
      return [];
  }
}

function topic(st: DiscourseState, name: string): Entity {
  return st.registry.get('Topic', name);
}

/** The object noun phrase in [from, to): an entity at its head, or a topic. */
function nounPhraseObject(
  sentence: Sentence,
  mentions: Mention[],
  from: number,
  to: number,
  p: StatementType,
  res: (m: Mention) => Entity[],
  st: DiscourseState,
  backwards: boolean,
): ObjectChoice[] {
  const toks = sentence.tokens;
  let a = from;
  let b = to;
  if (backwards) {
    // The noun phrase just before the auxiliary: walk back from the end.
    b = to;
    while (b > from && ['was', 'were', 'is', 'are', 'been', 'had', 'has', 'be', 'also', 'all'].includes(toks[b - 1]!.lower)) b--;
    a = b;
    while (a > from && ![',', ';', ':', 'that', 'said', 'says'].includes(toks[a - 1]!.lower)) a--;
  } else {
    for (;;) {
      // "a strong condemnation of what it described as flagrant aggression": the phrase after the framing.
      const framing = /^(?:of\s+|over\s+)?what\s+(?:he|she|it|they)\s+(?:called|described\s+as|termed)\s+/i.exec(textBetween(sentence, a, b) + ' ');
      if (framing) {
        const words = framing[0].trim().split(/\s+/).length;
        a += words;
        continue;
      }
      if (a < b && (DETERMINERS.has(toks[a]!.lower) || ['outright', 'also', 'strongly', 'firmly', 'of', 'over'].includes(toks[a]!.lower))) {
        a++;
        continue;
      }
      break;
    }
  }
  // "accused Thai forces of ...": the forces stand for their state.
  const forces = mentions.find((m) => m.start === a && m.kind === 'country' && /^(?:forces|troops|soldiers|army|military|government|authorities)$/.test(toks[m.end]?.lower ?? ''));
  if (forces && (p === 'CRITICIZES' || p === 'CONDEMNS')) return res(forces).map((e) => ({ entity: e }));
  const inNp = mentions.filter((m) => m.start >= a && m.start < b && m.word !== 'pair' && !isAdjectival(sentence, m));
  const head = inNp[0];
  const possessive = head && head.possessive;
  // An entity heads the phrase: "condemned the Pahalgam attack", "backed Pakistan".
  for (const m of inNp) {
    if (m.start > a + 4) break;
    if (m.kind === 'operation' || m.kind === 'event' || m.kind === 'treaty' || m.kind === 'opnoun') {
      const e = res(m)[0];
      if (e) return [{ entity: e }];
      continue;
    }
    // "praised Trump's decision": the decision is the incident at hand.
    if (possessive && m === head && m.kind === 'person' && /^(?:decision|move|order|choice|action)$/.test(toks[m.end + 1]?.lower ?? '')) {
      return st.lastIncident ? [{ entity: st.lastIncident }] : [];
    }
    if (possessive && m === head && (p === 'SUPPORTS' || p === 'CRITICIZES' || p === 'CONDEMNS')) {
      // "backed Pakistan's firm counter-terrorism efforts" supports Pakistan; "condemned India's strikes" is about the strikes.
      const nextOp = inNp.find((x) => x.start > m.start && x.start <= m.end + 4 && (x.kind === 'opnoun' || x.kind === 'operation'));
      if (nextOp) {
        const e = res(nextOp)[0];
        if (e) return [{ entity: e }];
      }
      if (p === 'SUPPORTS') return res(m).map((e) => ({ entity: e }));
      continue;
    }
    if (m === head && m.start <= a + 1 && (m.kind === 'country' || m.kind === 'org' || m.kind === 'person' || m.kind === 'group')) {
      const chain = coordinatedRight(sentence, mentions, m, (x) => x.kind === m.kind && !x.possessive);
      return chain.flatMap(res).map((e) => ({ entity: e }));
    }
  }
  // A topic: the phrase up to the first clause word.
  let e = a;
  // "a full and durable ceasefire": a single adjective before "and" does not end the phrase.
  const adjectiveAnd = (k: number) => toks[k]!.lower === 'and' && k - a === 1 && !/(?:s|ing)$/.test(toks[k - 1]!.lower) && !/(?:s|ed)$/.test(toks[k + 1]?.lower ?? 's');
  while (e < b && (!NP_STOP.has(toks[e]!.lower) || adjectiveAnd(e)) && ![',', ';', ':', '.', '"', '“', '”', '(', ')', '—'].includes(toks[e]!.text)) e++;
  if (/^(?:the\s+)?(?:way|how)\b/i.test(textBetween(sentence, a, b))) return [{ entity: topic(st, 'situation') }];
  // keep "safety of civilians": "of" continues a noun phrase
  const text = textBetween(sentence, a, e).replace(/^(?:the|a|an|its|their|his|her|any|this|these)\s+/i, '').trim();
  if (!text || text.split(/\s+/).length > 8 || /^(?:it|that|this|them|him|her|he|she|they|we)$/i.test(text)) {
    return st.lastIncident && !backwards ? [] : [];
  }
  // "the clashes", "the worsening fighting": the conflict the article is about.
  if (st.conflictEvent && /^(?:[\w-]+\s+)?(?:border\s+|military\s+)?(?:clashes|fighting|conflict)$/i.test(text)) return [{ entity: st.conflictEvent }];
  return [{ entity: topic(st, text) }];
}

function contactObjects(sentence: Sentence, mentions: Mention[], after: Mention[], tEnd: number, res: (m: Mention) => Entity[], st: DiscourseState): ObjectChoice[] {
  const first = after.find((m) => isActor(m));
  if (!first || first.start > tEnd + 3) return [];
  if (first.kind === 'pronoun') {
    // "told him": the other person of the story, not the speaker.
    if (!['him', 'her'].includes(first.word ?? '')) return [];
    const other = [...st.recentActors].reverse().find((e) => e.type === 'Person' && e !== st.lastPerson);
    return other ? [{ entity: other }] : [];
  }
  if (first.possessive) {
    // "his Indian counterpart" / "Pakistan's Prime Minister X"
    const next = after.find((m) => m.start > first.start && m.start <= first.end + 5 && m.kind === 'person');
    if (next) return coordinatedRight(sentence, mentions, next, isActor).flatMap(res).map((e) => ({ entity: e }));
  }
  if (sentence.tokens[first.start - 1]?.lower === 'reporters') return [];
  if (first.word === 'pair') return [];
  const chain = coordinatedRight(sentence, mentions, first, (x) => isActor(x) && x.kind !== 'pronoun' && !x.possessive && !isAdjectival(sentence, x));
  const ents = chain.flatMap(res);
  // "senior officials on both sides, among them Prime Ministers A and B"
  const toks = sentence.tokens;
  const among = toks.findIndex((t, k) => k >= first.end && ((t.lower === 'among' && toks[k + 1]?.lower === 'them') || t.lower === 'including'));
  if (among >= 0) {
    const named = mentions.find((m) => m.start > among && m.start <= among + 5 && m.kind === 'person');
    if (named) ents.push(...coordinatedRight(sentence, mentions, named, (x) => x.kind === 'person').flatMap(res));
  }
  // "counterparts in both countries", "his Indian counterpart": the states.
  void st;
  return ents.map((e) => ({ entity: e }));
}

function offerObjects(sentence: Sentence, mentions: Mention[], tEnd: number, res: (m: Mention) => Entity[], st: DiscourseState): ObjectChoice[] {
  const toks = sentence.tokens;
  for (let k = tEnd; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (w === '.' || w === ';') break;
    if (w === 'between' || (w === 'with' && toks[k + 1]?.lower === 'both')) {
      const m = mentions.find((x) => x.start > k && x.start <= k + 3 && isActor(x));
      if (m) {
        const ents = m.kind === 'group' ? res(m) : coordinatedRight(sentence, mentions, m, isActor).flatMap(res);
        return ents.map((e) => ({ entity: e.type === 'Person' ? (countryOf(e) ?? e) : e }));
      }
    }
  }
  const group = mentions.find((m) => m.start >= tEnd && m.kind === 'group');
  if (group) return res(group).map((e) => ({ entity: e }));
  // An offer to mediate or host talks is made to the two sides, as is one made where both sides are named.
  const rest = textBetween(sentence, Math.max(0, tEnd - 3), toks.length).toLowerCase();
  const bothNamed = mentions.some((m) => m.kind === 'group');
  if (st.parties.length === 2 && (bothNamed || /\b(?:mediat\w*|talks|dialogue|negotiations?)\b/.test(rest))) return st.parties.map((e) => ({ entity: e }));
  return [{ entity: null }];
}

function appealObjects(
  trig: Trigger,
  sentence: Sentence,
  mentions: Mention[],
  ti: number,
  tEnd: number,
  cs: number,
  ce: number,
  passive: boolean,
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): ObjectChoice[] {
  const toks = sentence.tokens;
  let addressees: Entity[] = [];
  let complementFrom = tEnd;
  let complementText: string;
  if (passive) {
    // "restraint was urged on both countries by X", "Member states were urged by him to de-escalate"
    const on = mentions.find((m) => m.start > tEnd && m.start <= tEnd + 3 && isActor(m) && ['on', 'upon'].includes(toks[m.start - 1]?.lower ?? '') || (m.kind === 'group' && m.start > tEnd && m.start <= tEnd + 3));
    if (on) addressees = on.kind === 'group' ? res(on) : coordinatedRight(sentence, mentions, on, isActor).flatMap(res);
    else {
      const subj = [...mentions].reverse().find((m) => m.end <= ti && m.start >= cs && isActor(m));
      if (subj) addressees = res(subj);
    }
    complementText = textBetween(sentence, cs, ti) + ' ' + textBetween(sentence, tEnd, ce);
  } else {
    let k = tEnd;
    if (toks[k]?.lower === 'that') k++;
    const first = mentions.find((m) => m.start >= k && m.start <= k + 2 && isActor(m) && toks.slice(k, m.start).every((t) => DETERMINERS.has(t.lower) || t.lower === 'on'));
    if (first && trig.frame === 'addressee') {
      const chain = first.kind === 'group' ? [first] : coordinatedRight(sentence, mentions, first, (x) => isActor(x) && !x.possessive);
      addressees = chain.flatMap(res);
      complementFrom = chain[chain.length - 1]!.end;
    } else if (trig.frame === 'addressee') {
      // "asked about", "pressed on": no addressee, no appeal — unless an appeal word follows.
      if (!['urge', 'urges', 'urged', 'urging'].includes(toks[ti]!.lower) && !/^call/.test(toks[ti]!.lower)) return [];
    }
    // "restraint from both countries", "an end to the fighting by both sides"
    if (addressees.length === 0) {
      for (let j = tEnd; j < ce; j++) {
        if (['from', 'on', 'by'].includes(toks[j]!.lower)) {
          const m = mentions.find((x) => x.start > j && x.start <= j + 2 && (x.kind === 'group' || x.kind === 'country'));
          if (m) {
            addressees = m.kind === 'group' ? res(m) : coordinatedRight(sentence, mentions, m, isActor).flatMap(res);
            break;
          }
        }
      }
    }
    complementText = textBetween(sentence, complementFrom, ce);
  }
  const cut = complementText.search(CUT_PURPOSE);
  if (cut > 0) complementText = complementText.slice(0, cut);
  const actions = actionsIn(complementText.toLowerCase());
  if (trig.frame === 'addressee' && addressees.length === 0 && !/^(?:urg|call)/.test(toks[ti]!.lower)) return [];
  const targets: Array<Entity | null> = addressees.length ? addressees.map((e) => (e.type === 'Person' ? (countryOf(e) ?? e) : e)) : [null];
  const out: ObjectChoice[] = [];
  for (const t of targets) for (const a of actions) out.push({ entity: t, action: a });
  return out;
}

const CITE_BEFORE = /\b(?:accordance\s+with|in\s+line\s+with|under|citing|cited|invok\w+|adher\w+\s+to|breach(?:es|ed)?\s+of|breached|violat\w+(?:\s+of)?|basis|pursuant\s+to|obligations?\s+(?:under|to\s+respect)|principles\s+of|aims\s+(?:and\s+principles\s+)?of|pointed\s+to|respect(?:ing)?|as\s+required\s+by|consistent\s+with|reminded[^.]*of)\b[^.;]{0,60}$/;
const CITE_AFTER = /^[^.;]{0,90}\b(?:breached|violated|requires|required|demands|stipulates|as\s+the\s+legal\s+basis|gave\s+\w+\s+(?:a\s+)?(?:legitimate\s+)?right)\b/;

/** "in accordance with the Shimla Agreement", "a breach of the UN Charter": the speaker cites the treaty. */
function citations(
  sentence: Sentence,
  mentions: Mention[],
  quoted: boolean[],
  found: Statement[],
  attributor: Entity | undefined,
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): Statement[] {
  const out: Statement[] = [];
  const lower = sentence.text.toLowerCase();
  const treaties = mentions.filter((m) => m.kind === 'treaty');
  const done = new Set<Mention>();
  for (const t of treaties) {
    if (done.has(t)) continue;
    const chain = coordinatedRight(sentence, mentions, t, (x) => x.kind === 'treaty');
    chain.forEach((x) => done.add(x));
    const at = sentence.tokens[t.start]!.start - sentence.start;
    const endAt = sentence.tokens[chain[chain.length - 1]!.end - 1]!.end - sentence.start;
    if (!CITE_BEFORE.test(lower.slice(Math.max(0, at - 70), at)) && !CITE_AFTER.test(lower.slice(endAt))) continue;
    let speaker: Entity | undefined = attributor ?? found.find((x) => x.p !== 'CONTACTS')?.s;
    if (!speaker) {
      const subj = localSubject(sentence, mentions, t.start, 0, quoted, res, st)[0];
      speaker = subj;
    }
    if (!speaker && sentence.section) speaker = sectionActor(sentence, st)[0];
    if (!speaker) continue;
    for (const c of chain) for (const e of res(c)) out.push({ s: speaker, p: 'CITES', o: e, rule: 'cites-treaty', confidence: 0.75, sentence });
  }
  return out;
}

export function actionsIn(text: string): UrgeAction[] {
  const found: UrgeAction[] = [];
  for (const [action, re] of ACTIONS) if (re.test(text)) found.push(action);
  return found.length ? found : ['other'];
}
