// What a statement is about, or whom it addresses: the entity heading the
// object phrase, the parties, a topic, and for appeals what is urged.
import type { Mention } from '../mentions/find-mentions.js';
import type { StatementType, UrgeAction } from '../model/ontology.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { countryOf, type Entity } from '../registry/entity-registry.js';
import { countryOfCapital } from '../entities/affiliations.js';
import type { DiscourseState } from '../entities/resolve-references.js';
import { ACTIONS, type Trigger } from './lexicon.js';
import { ANY_VERDICT } from './verdicts.js';
import { coordinatedRight, DETERMINERS, governedByPreposition, quotedPhrase, quoteMask, textBetween, tokenAt } from './clause.js';
import { isActor, isAdjectival } from './mention-roles.js';
import { isSayVerb, localSubject } from './speaker.js';
import { SAY_VERBS, WEEKDAYS } from '../mentions/words.js';

/** A trigger in its sentence: everything the object readers need. */
export interface TriggerSite {
  trig: Trigger;
  sentence: Sentence;
  mentions: Mention[];
  /** Token span of the trigger. */
  ti: number;
  tEnd: number;
  /** Token span of its clause. */
  cs: number;
  ce: number;
  passive: boolean;
  /** The trigger word is a noun here ("their demands"): no appeal without an addressee. */
  nominal?: boolean;
  res: (m: Mention) => Entity[];
  st: DiscourseState;
}

const NP_STOP = new Set(['responsible', 'accountable', 'that', 'which', 'who', 'while', 'but', 'as', 'because', 'when', 'after', 'before', 'since', 'following', 'amid', 'in', 'at', 'on', 'from', 'with', 'by', 'to', 'and', 'for', 'during', 'saying', 'calling', 'adding', 'if', 'whether', 'than', 'into', 'across', 'near', 'between', 'under', 'could', 'would', 'will', 'should', 'might', 'may', 'had', 'has', 'have', 'was', 'were', 'is', 'are']);

const INITIATIVE_NOUNS = /^(?:effort|efforts|initiative|plan|proposal|mediation|bid|push|roadmap|framework)$/;
/** What a body or state decides: "the AES decision", "the ECOWAS move" are the object, not the body. */
const DECISION_NOUNS = /^(?:decision|decisions|move|ruling|announcement|measures|sanctions|ban|withdrawal|suspension|veto|resolution|resolutions|declaration|report)$/;
const BELIEF_VERBS = /^(?:believes?|believed|thinks?|thought|feels?|felt|considers?|considered|argues?|argued|insists?|insisted|maintains?|maintained)$/;
const TAKES_TO = /^(?:return|path|road|transition|commitment|adherence|access|conducive|detrimental|harmful|contrary|essential|vital|crucial)$/;
const HARM_NOUNS = /^(?:threats?|risks?|dangers?|damage|harm|attacks?|challenges?|blow|disruptions?|obstacles?)$/;
/** How someone acted: "Katz's treatment of the envoy". */
const CONDUCT_NOUNS = /^(?:treatment|conduct|behaviou?r|handling|actions?|attitude|tone)$/;
const SPEECH_NOUNS = /^(?:remarks?|comments?|statements?|claims?|accusations?|allegations?|words|rhetoric|assertions?|threats?)$/;
/** What a state is supported in: "the sovereignty and territorial integrity of", "the aspirations of". */
const STANDING_NOUNS = /^(?:aspirations?|sovereignty|integrity|independence|unity|stability|security|rights?|interests?|bid)$/;
const PEOPLE_NOUNS = /^(?:people|brothers|sisters|brethren|friends|allies|partners|government|authorities|leadership|nation)$/;
const GENERIC_SITUATION = /^(?:(?:recent|latest|current|ongoing)\s+)?(?:developments?|situation|events|things|state of affairs)$/i;
export const CUT_PURPOSE = /\b(?:in order to|so that|so as to|in pursuit of|in search of|with a view to|before|until|once|, saying|, adding|, who said|, and said|and (?:said|added|stressed|noted) (?:that |they |it |he |she )|, warning|which)\b|(?<!and |, )\bto (?:avoid|prevent)\b/;

/** Verdicts on the subject of a copula: "the launch was unacceptable", "the atrocities were abhorrent". */
/** Appeal verbs that make an appeal with no addressee too: "demanded a truce", "called for talks". */
const BARE_APPEAL = /^(?:call|appeal|demand|request|insist)/;

/** An appeal verb that needs no addressee: "demanded an inquiry", "we want to see dialogue". */
function bareAppeal(toks: Sentence['tokens'], ti: number): boolean {
  return BARE_APPEAL.test(toks[ti]!.lower) || (/^wants?$/.test(toks[ti]!.lower) && toks[ti + 1]?.lower === 'to' && toks[ti + 2]?.lower === 'see');
}

/** Words of time and manner that may stand between an appeal and its clause ("demanded Friday that"). */
function isTimeWord(w: string): boolean {
  return WEEKDAYS.has(w) || /^(?:today|yesterday|tonight|again|publicly|repeatedly|also)$/.test(w);
}

export const COPULA_VERDICTS = new Set(['x-was-unacceptable', 'x-was-outrageous', 'x-crossed-red-line']);

export interface ObjectChoice {
  entity: Entity | null;
  action?: UrgeAction;
}

export function objectsFor(site: TriggerSite): ObjectChoice[] {
  const { trig, sentence, mentions, ti, tEnd, cs, ce, passive, res, st } = site;
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
      // "blamed the crisis on outside meddling", "the clash was blamed by New Delhi on Beijing": who or what is
      // blamed follows "on" (not "blamed Iran for the strikes on the plants": after "for", "on" is the strikes').
      if (/^blam/.test(toks[ti]!.lower)) {
        const on = toks.findIndex((t, k) => k > tEnd && k < Math.min(ce, tEnd + 7) && t.lower === 'on' && !toks.slice(tEnd, k).some((x) => x.lower === 'for'));
        if (on > 0) return nounPhraseObject(sentence, mentions, on + 1, ce, trig.p, res, st, false);
      }
      if (passive) return nounPhraseObject(sentence, mentions, cs, ti, trig.p, res, st, true);
      // "denounced as an ugly crime Serbia's suppression of …": the verdict before the object.
      const verdictFirst = tEnd < ce ? VERDICT_FIRST.exec(textBetween(sentence, tEnd, ce)) : null;
      if (verdictFirst) return nounPhraseObject(sentence, mentions, tokenAt(sentence, toks[tEnd]!.start - sentence.start + verdictFirst[0].length), ce, trig.p, res, st, false);
      return nounPhraseObject(sentence, mentions, tEnd, ce, trig.p, res, st, false);
    }
    case 'about': {
      let k = tEnd;
      while (k < ce && k < tEnd + 4 && !['about', 'by', 'over', 'at', 'regarding', 'with', 'for', 'that', 'as', 'on', 'concerning', 'of'].includes(toks[k]!.lower)) k++;
      // ("expressed great concern and called for restraint": a preposition after "and" is another verb's.)
      if (toks.slice(tEnd, k).some((t) => t.lower === 'and' || t.lower === 'but' || t.text === ',')) k = ce;
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
      // "concerned by "the lack of transparency"": the quoted words are the object.
      const quoted = k < tEnd + 4 ? quotedPhrase(sentence, k + 1) : undefined;
      if (quoted) return nounPhraseObject(sentence, mentions, quoted[0], quoted[1], trig.p, res, st, false);
      if (k < ce && k < tEnd + 4) return nounPhraseObject(sentence, mentions, k + 1, ce, trig.p, res, st, false);
      // "Riyadh's deep concern over the crisis was conveyed" has its object before; no object: the incident
      // at hand, else what the last reaction was about.
      const atHand = st.lastIncident ?? st.lastObjects?.get('EXPRESSES_CONCERN') ?? st.lastObjects?.get('CONDEMNS');
      return atHand ? [{ entity: atHand }] : [{ entity: topic(st, 'situation') }];
    }
    case 'predicate': {
      if (trig.p === 'EXPRESSES_CONCERN' || COPULA_VERDICTS.has(trig.rule)) {
        // "describing the humanitarian situation as deeply alarming": what is described, between the verb and "as".
        const describing = toks.findIndex((t, k) => k >= cs && k < ti && /^(?:describ\w*|call(?:s|ed|ing)?|term\w*|consider\w*|regard\w*|saw|sees|see|view\w*)$/.test(t.lower));
        const asAt = describing >= 0 ? toks.findIndex((t, k) => k > describing && k < ti && t.lower === 'as') : -1;
        if (asAt > describing + 1) return nounPhraseObject(sentence, mentions, describing + 1, asAt, trig.p, res, st, false);
        // "the reports of the strikes were worrying": the subject of the copula.
        // ("Netanyahu said the Brazilian leader had crossed a red line": the clause reported, after its verb of saying.)
        let from = cs;
        for (let k = ti - 1; k > cs; k--) {
          if (isSayVerb(sentence, mentions, k)) {
            from = k + 1 + (toks[k + 1]?.lower === 'that' ? 1 : 0);
            break;
          }
        }
        return nounPhraseObject(sentence, mentions, from, ti, trig.p, res, st, true);
      }
      // ("The veto was described as "a moral stain" by X": in the passive, what was described is the subject.)
      if (passive) return nounPhraseObject(sentence, mentions, cs, ti, trig.p, res, st, true);
      // "called the strikes an act of war": the object ends where the verdict begins.
      const rest = sentence.text.slice(toks[tEnd - 1]!.end - sentence.start).toLowerCase();
      const verdict = VERDICT_START.exec(rest);
      // "what he called the genocide being committed": the thing named is the verdict itself.
      const framed = /\bwhat\s+(?:[\w'-]+\s+){0,3}$/.test(sentence.text.slice(0, toks[ti]!.start - sentence.start).toLowerCase());
      let stop = verdict && !framed ? tokenAt(sentence, toks[tEnd - 1]!.end - sentence.start + verdict.index + 1) : ce;
      // "called the launch a clear violation": the second object opens on its article.
      const article = toks.findIndex((t, k) => k > tEnd && k < stop && /^(?:a|an)$/.test(t.lower));
      if (article > 0) stop = article;
      return nounPhraseObject(sentence, mentions, tEnd, Math.min(ce, stop), trig.p, res, st, false).slice(0, 1);
    }
    case 'reciprocal': {
      // "Thailand and Cambodia traded accusations": the two states of the clause, else the two parties.
      const states = [...new Set(mentions.filter((m) => m.end <= ti && m.start >= cs && isActor(m)).flatMap(res).map((e) => (e.type === 'Country' ? e : countryOf(e))).filter((e): e is Entity => !!e))];
      return (states.length === 2 ? states : st.parties).map((e) => ({ entity: e }));
    }
    case 'contact':
      if (passive) return localSubject(sentence, mentions, ti, cs, quoteMask(sentence, st.quoteOpen).inside, res, st).map((e) => ({ entity: e }));
      // "arrived in Amman on a visit": the state whose capital it is.
      if (trig.rule === 'arrived-on-visit') {
        const where = mentions.find((m) => m.start === tEnd && (m.kind === 'place' || m.kind === 'country') && m.entity);
        const host = where?.kind === 'place' ? countryOfCapital(where.entity!.name, st.registry) : where ? res(where)[0] : undefined;
        return host ? [{ entity: host }] : [];
      }
      return contactObjects(sentence, mentions, after, tEnd, res, st);
    case 'offer':
      return offerObjects(sentence, mentions, tEnd, res, st);
    case 'addressee':
    case 'appeal':
      return appealObjects(site);
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
    while (b > from && ['was', 'were', 'is', 'are', 'been', 'had', 'has', 'have', 'be', 'would', 'also', 'all'].includes(toks[b - 1]!.lower)) b--;
    a = b;
    // ("Starmer believes Putin's position is unacceptable": a verb of belief ends the phrase like one of saying.)
    while (a > from && ![',', ';', ':', 'that', 'said', 'says'].includes(toks[a - 1]!.lower) && !SAY_VERBS.has(toks[a - 1]!.lower) && !BELIEF_VERBS.test(toks[a - 1]!.lower)) a--;
    // "told parliament the launch was …": the phrase opens at its last determiner.
    // (Not inside one phrase: "Pakistan's measured handling of the crisis".)
    for (let k = b - 1; k > a && k >= b - 4; k--) {
      if (['the', 'this', 'that', 'its', 'their', 'these'].includes(toks[k]!.lower) && !toks.slice(a, k).some((t) => t.text === "'s" || /^(?:of|in|at|on|near|from|against|by)$/.test(t.lower))) {
        a = k;
        break;
      }
    }
  } else {
    for (;;) {
      // "concerned by reports of clashes": the concern is the clashes, whoever reported them.
      const reported = /^(?:the\s+|these\s+|those\s+)?(?:(?:latest|recent|initial|first|credible|alarming|disturbing|troubling|unconfirmed|growing)\s+)?(?:reports?|news|accounts?|signs?|indications?)\s+(?:of|about|on)\s+/i.exec(textBetween(sentence, a, b) + ' ');
      if (reported && b - a > reported[0].trim().split(/\s+/).length) {
        a += reported[0].trim().split(/\s+/).length;
        continue;
      }
      // "a strong condemnation of what it described as flagrant aggression": the phrase after the framing.
      const framing = /^(?:of\s+|over\s+)?what\s+(?:(?:he|she|it|they)\s+|(?:its|their|his|her|the)\s+(?:[\w-]+\s+){1,3}?)(?:called|described\s+as|termed)\s+/i.exec(textBetween(sentence, a, b) + ' ');
      if (framing) {
        const words = framing[0].trim().split(/\s+/).length;
        a += words;
        continue;
      }
      // "its ally the Philippines": the relational noun stands in apposition to the name.
      if (a < b && (DETERMINERS.has(toks[a]!.lower) || ['outright', 'also', 'strongly', 'firmly', 'of', 'over', 'against', 'ally', 'partner', 'neighbour', 'neighbor'].includes(toks[a]!.lower))) {
        a++;
        continue;
      }
      break;
    }
  }
  // "accused Thai forces of ...", "the Iranian regime": the forces or the rulers stand for their state.
  // ("the Chinese diplomat had been "very insolent"": a state's unnamed official stands for the state.)
  const forces = mentions.find((m) => (m.start === a || (m.start === a + 1 && DETERMINERS.has(toks[a]!.lower))) && m.kind === 'country' && /^(?:forces|troops|soldiers|army|military|government|authorities|regime|leadership|junta|rulers|diplomat|diplomats|envoy|delegation|officials)$/.test(toks[m.end]?.lower ?? ''));
  if (forces && (p === 'CRITICIZES' || p === 'CONDEMNS')) return res(forces).map((e) => ({ entity: e }));
  // "its Serbian brothers", "the Mauritanian people": a demonym with a people noun is the state.
  // "the people of Niger" likewise.
  // "the people of Niger", "the legitimate government of Sudan", "the efforts of the African Union": support for the state or body.
  // "support for the sovereignty and territorial integrity of Somalia", "the aspirations of Brazil and India": support for the state.
  const ofActor = (m: Mention) => {
    const of = m.start - (toks[m.start - 1]?.lower === 'the' ? 2 : 1);
    const noun = toks[of - 1]?.lower ?? '';
    // ("efforts by the Venezuelan government" likewise.)
    return (toks[of]?.lower === 'of' || (toks[of]?.lower === 'by' && INITIATIVE_NOUNS.test(toks[of - 1]?.lower ?? ''))) && of > a && (((PEOPLE_NOUNS.test(noun) || INITIATIVE_NOUNS.test(noun)) && of - a <= 3) || (STANDING_NOUNS.test(noun) && of - a <= 5));
  };
  const people =
    // ("support for Saudi self-defense", "for Ukrainian sovereignty": what the state stands on is the state's.)
    mentions.find((m) => m.start >= a && m.start <= a + 1 && m.kind === 'country' && m.form === 'demonym' && (PEOPLE_NOUNS.test(toks[m.end]?.lower ?? '') || STANDING_NOUNS.test(toks[m.end]?.lower ?? '') || /^self-defen[cs]e$/.test(toks[m.end]?.lower ?? ''))) ??
    mentions.find((m) => (m.kind === 'country' || m.kind === 'org') && ofActor(m));
  // "the aggressive military activity of Washington and its allies": criticism of what a state does is of the state.
  const actorOf = p === 'CRITICIZES' || p === 'CONDEMNS' ? mentions.find((m) => (m.kind === 'country' || m.kind === 'org') && toks[m.start - 1]?.lower === 'of' && m.start - 1 > a && m.start - 1 <= a + 5 && /^(?:activity|activities|actions?|conduct|behaviou?r|policy|policies|aggression|provocations?|interference|meddling)$/.test(toks[m.start - 2]?.lower ?? '')) : undefined;
  if (actorOf) return coordinatedRight(sentence, mentions, actorOf, (x) => (x.kind === 'country' || x.kind === 'org') && !x.possessive).flatMap(res).map((e) => ({ entity: e }));
  if (people && p === 'SUPPORTS') return coordinatedRight(sentence, mentions, people, (x) => x.kind === people.kind && !x.possessive).flatMap(res).map((e) => ({ entity: e }));
  // (An anaphor or a group whose first word was skipped as a determiner, "both countries", still heads the phrase.)
  const inNp = mentions.filter((m) => (m.start >= a || ((m.kind === 'anaphor' || m.kind === 'group') && m.end > a)) && m.start < b && m.word !== 'pair' && !isAdjectival(sentence, m));
  const head = inNp[0];
  const possessive = head && head.possessive;
  // "regretted the steps announced by Islamabad": a measure named with its author is the author's.
  const authored = AUTHORED.exec(textBetween(sentence, a, b));
  if (authored && (p === 'CRITICIZES' || p === 'CONDEMNS' || p === 'SUPPORTS')) {
    const by = a + authored[0].trim().split(/\s+/).length;
    const author = mentions.find((m) => m.start >= by && m.start <= by + 1 && (m.kind === 'country' || m.kind === 'org'));
    if (author) return res(author).map((e) => ({ entity: e }));
  }
  // An entity heads the phrase: "condemned the Pahalgam attack", "backed Pakistan".
  for (const m of inNp) {
    if (m.start > a + 4) break;
    if (m.kind === 'operation' || m.kind === 'event' || m.kind === 'treaty' || m.kind === 'opnoun' || m.kind === 'treatynoun') {
      const e = res(m)[0];
      if (e) return [{ entity: e }];
      continue;
    }
    // "praised Trump's decision": the decision is the incident at hand.
    // (With no incident at hand, "Guaido's decision to assume the role" is itself the object.)
    if (possessive && m === head && m.kind === 'person' && /^(?:decision|move|order|choice|action)$/.test(toks[m.end + 1]?.lower ?? '') && st.lastIncident) {
      return [{ entity: st.lastIncident }];
    }
    // "called Maduro's government illegitimate": criticism of a leader's government is criticism of the leader.
    if (possessive && m === head && m.kind === 'person' && (p === 'CRITICIZES' || p === 'CONDEMNS') && /^(?:government|regime|administration)$/.test(toks[m.end + 1]?.lower ?? '')) return res(m).map((e) => ({ entity: e }));
    // "dismissed Asif's remarks as provocative": criticism of what someone said is criticism of them.
    // ("Katz's treatment of the envoy was unacceptable": so is criticism of how a person acted.)
    if (possessive && m === head && (p === 'CRITICIZES' || p === 'CONDEMNS') && (SPEECH_NOUNS.test(toks[m.end + 1]?.lower ?? '') || (m.kind === 'person' && CONDUCT_NOUNS.test(toks[m.end + 1]?.lower ?? '')))) return res(m).map((e) => ({ entity: e }));
    if (possessive && m === head && (p === 'SUPPORTS' || p === 'CRITICIZES' || p === 'CONDEMNS')) {
      // "backed Pakistan's firm counter-terrorism efforts" supports Pakistan; "condemned India's strikes" is about the strikes.
      const nextOp = inNp.find((x) => x.start > m.start && x.start <= m.end + 4 && (x.kind === 'opnoun' || x.kind === 'operation'));
      if (nextOp) {
        const e = res(nextOp)[0];
        if (e) return [{ entity: e }];
      }
      // ("backed Trump's push for a quick ceasefire": a person's initiative is supported as the initiative.)
      if (p === 'SUPPORTS' && m.kind === 'person' && INITIATIVE_NOUNS.test(toks[m.end + 1]?.lower ?? '')) break;
      // "criticised Egypt's attachment to colonial-era treaties", "rejected Washington's claims": criticism of the state.
      if (p === 'SUPPORTS' || (p === 'CRITICIZES' && m.start <= a + 1 && (m.kind === 'country' || m.kind === 'org'))) return res(m).map((e) => ({ entity: e }));
      continue;
    }
    // "the AU effort", "the Turkish proposal": a body or state naming whose initiative the object is.
    if (m === head && !m.possessive && (m.kind === 'org' || m.kind === 'country') && (INITIATIVE_NOUNS.test(toks[m.end]?.lower ?? '') || DECISION_NOUNS.test(toks[m.end]?.lower ?? '') || SPEECH_NOUNS.test(toks[m.end]?.lower ?? ''))) {
      return [{ entity: topic(st, textBetween(sentence, m.start, m.end + 1)) }];
    }
    // "accused it of letting fighters shelter", "blamed them for the attack": the pronoun is who is accused.
    // (The one it stands for is named earlier in the sentence, as a noun: not "Ethiopian" in "Ethiopian Prime Minister".)
    if (m === head && m.start === a && m.kind === 'pronoun' && /^(?:it|them|him|her)$/.test(m.word ?? '') && /^(?:of|for|with)$/.test(toks[m.end]?.lower ?? '') && (p === 'CRITICIZES' || p === 'CONDEMNS')) {
      // ("took aim at MINURSO, the UN mission …, accusing it": the nearest such noun, not a qualifier of another.)
      const kinds = m.word === 'it' ? ['country', 'org'] : m.word === 'them' ? ['country', 'org', 'group'] : ['person'];
      const modifier = (x: Mention) => /^(?:the|a|an)$/.test(toks[x.start - 1]?.lower ?? '') && /^[a-z]+$/.test(toks[x.end]?.text ?? '') && !/(?:ed|es)$|^(?:has|had|was|is|said|says|and|or|that|which|who)$/.test(toks[x.end]!.lower);
      const antecedent = [...mentions].reverse().find((x) => x.end <= m.start && kinds.includes(x.kind) && x.form !== 'demonym' && !x.qualifier && !x.possessive && !isAdjectival(sentence, x) && !modifier(x));
      const accused = antecedent ? res(antecedent) : [];
      if (accused.length) return accused.map((e) => ({ entity: e }));
    }
    // ("criticised the bloc": an anaphor for a body heads the phrase too, when it resolves.)
    if (m === head && m.start <= a + 1 && m.kind === 'anaphor' && res(m).length) return res(m).map((e) => ({ entity: e }));
    if (m === head && m.start <= a + 1 && (m.kind === 'country' || m.kind === 'org' || m.kind === 'person' || m.kind === 'group')) {
      // ("support both countries" when the article never names its two sides: no topic "countries".)
      if (m.kind === 'group' && !res(m).length) return [];
      const chain = coordinatedRight(sentence, mentions, m, (x) => x.kind === m.kind && !x.possessive);
      return chain.flatMap(res).map((e) => ({ entity: e }));
    }
  }
  // A topic: the phrase up to the first clause word.
  let e = a;
  // "a full and durable ceasefire": a single adjective before "and" does not end the phrase.
  const adjectiveLike = (w: string) => /(?:ous|ive|al|ful|ic|ent|ant|ble|ary|less)$/.test(w) || !/(?:s|ing)$/.test(w);
  // ("the seizure and said …": a verb after "and" opens another clause.)
  const adjectiveAnd = (k: number) => toks[k]!.lower === 'and' && k - a === 1 && adjectiveLike(toks[k - 1]!.lower) && !/(?:s|ed)$/.test(toks[k + 1]?.lower ?? 's') && !SAY_VERBS.has(toks[k + 1]?.lower ?? '') && !/^(?:called|urged|told|vowed|warned|added|demanded|stressed|would|will|could|can|should|may|might|must|has|have|had|is|was|are|were|did|does|said)$/.test(toks[k + 1]?.lower ?? '');
  // "threats to navigation", "damage to the port": "to" after a noun of harm continues the phrase.
  // ("the return to hostilities", "efforts conducive to peace": a noun or adjective that takes "to" keeps it.)
  const harmTo = (k: number) => toks[k]!.lower === 'to' && (HARM_NOUNS.test(toks[k - 1]?.lower ?? '') || TAKES_TO.test(toks[k - 1]?.lower ?? ''));
  // "Trump's push for a quick ceasefire": what an initiative is for belongs to it.
  const initiativeFor = (k: number) => toks[k]!.lower === 'for' && INITIATIVE_NOUNS.test(toks[k - 1]?.lower ?? '');
  // "accused the Carabineros of treating …": what someone is accused of is not part of who.
  const accusedOf = (k: number) => p === 'CRITICIZES' && toks[k]!.lower === 'of' && /^accus/.test(toks[from - 1]?.lower ?? '');
  // "the humanitarian situation in Gaza": a place after "in" or "on" stays in the phrase.
  const placeAfter = (k: number) => /^(?:in|on|near|across)$/.test(toks[k]!.lower) && mentions.some((m) => m.start === k + 1 + (toks[k + 1]?.lower === 'the' ? 1 : 0) && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'demonym')));
  while (e < b && (!NP_STOP.has(toks[e]!.lower) || adjectiveAnd(e) || harmTo(e) || initiativeFor(e) || placeAfter(e)) && !accusedOf(e) && ![',', ';', ':', '.', '"', '“', '”', '(', ')', '—'].includes(toks[e]!.text)) e++;
  if (/^(?:the\s+)?(?:way|how)\b/i.test(textBetween(sentence, a, b))) return [{ entity: topic(st, 'situation') }];
  // "troubled by what had happened": the incident at hand.
  if (/^what\s+(?:had\s+|has\s+)?happened\b/i.test(textBetween(sentence, a, b))) {
    const atHand = st.lastIncident ?? st.lastObjects?.get('CONDEMNS') ?? st.lastObjects?.get('CRITICIZES');
    return atHand ? [{ entity: atHand }] : [{ entity: topic(st, 'situation') }];
  }
  // keep "safety of civilians": "of" continues a noun phrase
  const text = textBetween(sentence, a, e).replace(/^(?:the|a|an|its|their|his|her|any|this|these)\s+/i, '').trim();
  // "protested here Wednesday": place and time adverbs are no object.
  const [w1, w2] = text.toLowerCase().split(/\s+/);
  if (/^(?:here|there|today|yesterday|tonight|now|again)$/.test(w1 ?? '') || WEEKDAYS.has(w1 ?? '') || (w1 === 'on' && WEEKDAYS.has(w2 ?? ''))) return [];
  // "we condemn it", "called it a violation": the incident the pronoun stands for, never a topic "it".
  // ('"This is unacceptable," said X': the subject of a copula verdict likewise, when it is the pronoun alone.)
  if (/^(?:it|this|that)\b/i.test(text) && (!backwards || /^(?:it|this|that)$/i.test(text)) && INCIDENT_VERDICTS.has(p)) {
    const antecedent = incidentBefore(sentence, mentions, from, res, st) ?? st.lastIncident ?? st.lastVerdictObject;
    return antecedent ? [{ entity: antecedent }] : [];
  }
  // (A pronoun is no topic; "US strikes" is not "us".)
  if (!text || text.split(/\s+/).length > 8 || (/^(?:it|that|this|them|him|her|he|she|they|we|you|us|me)\b/i.test(text) && !/^US\b/.test(text))) return [];
  // "the clashes", "the worsening fighting": the conflict the article is about.
  if (st.conflictEvent && /^(?:[\w-]+\s+)?(?:border\s+|military\s+)?(?:clashes|fighting|conflict)$/i.test(text)) return [{ entity: st.conflictEvent }];
  // "condemned the incident", "concerned about the deadly clash": the one incident the article reports, named or not.
  const incident = INCIDENT_VERDICTS.has(p) && GENERIC_INCIDENT.test(text) ? salientEvent(st) : undefined;
  if (incident) return [{ entity: incident }];
  return [{ entity: topic(st, text) }];
}

/** A measure, then the participle and "by" that name its author. */
const AUTHORED = /^(?:the\s+|these\s+|its\s+)?(?:[\w-]+\s+)?(?:steps|measures|decision|decisions|moves|move|actions|restrictions|sanctions)\s+(?:announced|taken|made|adopted|imposed|ordered|declared)\s+by\s+/i;

const INCIDENT_VERDICTS = new Set<StatementType>(['CONDEMNS', 'CRITICIZES', 'EXPRESSES_CONCERN']);

/** Words that name an incident without naming it: "the incident", "the deadly clash". ("The violence" is the situation, not one incident.) */
const GENERIC_INCIDENT = /^(?:(?:deadly|latest|recent|fatal|violent|overnight|armed|border|tragic|bloody|weekend)\s+)?(?:incident|clash|clashes|skirmish|confrontation|face-off|standoff|collision|episode|ambush|shooting)$/i;

/** The incident an article is about: the named event it last mentioned, or its only named event. */
function salientEvent(st: DiscourseState): Entity | undefined {
  if (st.lastIncident?.type === 'Event') return st.lastIncident;
  const events = st.registry.all().filter((e) => e.type === 'Event');
  return events.length === 1 ? events[0] : undefined;
}

/** The incident named last before a pronoun in its own sentence ("Nothing can justify this killing and we condemn it"). */
function incidentBefore(sentence: Sentence, mentions: Mention[], at: number, res: (m: Mention) => Entity[], st: DiscourseState): Entity | undefined {
  const m = [...mentions].reverse().find((x) => x.end <= at && ['operation', 'event', 'opnoun'].includes(x.kind));
  const named = m && res(m)[0];
  if (named) return named;
  // An unnamed incident as a noun phrase: "this killing", "the shelling".
  const toks = sentence.tokens;
  for (let k = at - 1; k > 0; k--) {
    if (/^(?:this|the)$/.test(toks[k - 1]!.lower) && /^(?:killing|shelling|bombing|shooting|attack|strike|raid|incident|crime|murder|assault|violence|incursion|seizure|detention|arrest)$/.test(toks[k]!.lower)) return topic(st, toks[k]!.lower);
  }
  return undefined;
}

function contactObjects(sentence: Sentence, mentions: Mention[], after: Mention[], tEnd: number, res: (m: Mention) => Entity[], st: DiscourseState): ObjectChoice[] {
  const first = after.find((m) => isActor(m));
  // "discussed the situation with X": the other party may follow the topic, after "with".
  // ("received a phone call from French President Emmanuel Macron": a call or letter "from" its sender.)
  const withAt = first ? sentence.tokens.findIndex((t, k) => k >= tEnd && k < first.start && (t.lower === 'with' || (t.lower === 'from' && /^(?:call|calls|letter|message|visit)$/.test(sentence.tokens[k - 1]?.lower ?? '')))) : -1;
  if (!first || (first.start > tEnd + 3 && !(withAt >= 0 && first.start <= withAt + 3))) return [];
  // "told the hall that Palestine …": a name inside the reported clause is no party to the contact.
  if (sentence.tokens.slice(tEnd, first.start).some((t) => t.lower === 'that')) return [];
  // "held talks on the North Korean threat": what the talks were about, not who took part.
  if (/^(?:on|about|over|regarding)$/.test(sentence.tokens[tEnd]?.lower ?? '') && governedByPreposition(sentence, first)) return [];
  if (first.kind === 'pronoun') {
    // "receiving the two ministers": the people just named together.
    if (first.word === 'people-group') return res(first).map((e) => ({ entity: e }));
    // "told him": the other person of the story, not the speaker.
    if (!['him', 'her'].includes(first.word ?? '')) return [];
    const other = [...st.recentActors].reverse().find((e) => e.type === 'Person' && e !== st.lastPerson);
    return other ? [{ entity: other }] : [];
  }
  // "his Qatari counterpart, Sheikh Tamim": the person named in apposition, not the state.
  if (first.kind === 'country' && first.form === 'demonym' && /^(?:counterpart|ambassador|envoy|minister|president|leader|prime)$/.test(sentence.tokens[first.end]?.lower ?? '')) {
    const named = after.find((m) => m.start > first.end && m.start <= first.end + 4 && m.kind === 'person');
    if (named) return coordinatedRight(sentence, mentions, named, isActor).flatMap(res).map((e) => ({ entity: e }));
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
  // "spoke by phone with Trump, and then with Zelensky": a second party after ", and then with".
  let k = chain[chain.length - 1]!.end;
  while (k < toks.length && /^(?:,|and|then|later|also|separately)$/.test(toks[k]!.lower)) k++;
  const more = toks[k]?.lower === 'with' && k > chain[chain.length - 1]!.end ? mentions.find((m) => m.start > k && m.start <= k + 3 && isActor(m)) : undefined;
  if (more) ents.push(...coordinatedRight(sentence, mentions, more, (x) => isActor(x) && !x.possessive).flatMap(res));
  // "counterparts in both countries", "his Indian counterpart": the states.
  return ents.map((e) => ({ entity: e }));
}

/** A verdict right after the verb, its object following: "denounced as an ugly crime X". */
const VERDICT_FIRST = new RegExp(String.raw`^as\s+(?:${ANY_VERDICT})\b\s*`, 'i');

/** Where a verdict begins after its object ("called the strikes an act of war"). */
const VERDICT_START = new RegExp(String.raw`\b(?:as\s+)?["“]?(?:${ANY_VERDICT})\b`);

const AID_NOUNS = /^(?:aid|assistance|help|support|supplies|relief|equipment|weapons|troops|food|medicine|medicines|vaccines|fuel|funds|money|experts|personnel)$/;
/** Verbs of an offer that move something to someone: "offered to send …", "ready to provide …". */
const SENDING = /^(?:send|provide|give|deliver|supply|extend|dispatch|ship)$/;

function offerObjects(sentence: Sentence, mentions: Mention[], tEnd: number, res: (m: Mention) => Entity[], st: DiscourseState): ObjectChoice[] {
  const toks = sentence.tokens;
  // "offered to help Niamey", "ready to give Niger any assistance": the one helped.
  const helped = mentions.find((m) => m.start === tEnd && (m.kind === 'country' || m.kind === 'org') && !m.qualifier);
  if (helped) return res(helped).map((e) => ({ entity: e }));
  for (let k = tEnd; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (w === '.' || w === ';') break;
    // "to mediate between A and B", "ready to keep working with A and B"
    // "… to provide humanitarian assistance to Myanmar": the one the help is for.
    // ("offered to send medicine, vaccines and food to Cuba": what is sent goes "to" the one helped.)
    const helpFor = (w === 'to' || w === 'for') && ((k <= tEnd + 5 && AID_NOUNS.test(toks[k - 1]!.lower)) || (w === 'to' && k <= tEnd + 10 && SENDING.test(toks[tEnd - 1]!.lower) && !toks.slice(tEnd, k).some((t) => t.text === ';' || SAY_VERBS.has(t.lower))));
    // ("an ideal host for any future negotiations involving Russia, Ukraine and the United States")
    if (w === 'between' || (w === 'with' && k <= tEnd + 4) || (w === 'involving' && k <= tEnd + 6) || helpFor) {
      const m = mentions.find((x) => x.start > k && x.start <= k + 3 && isActor(x));
      const ents = !m ? [] : m.kind === 'group' ? res(m) : coordinatedRight(sentence, mentions, m, isActor).flatMap(res);
      // (Sides the article never names leave the offer without an addressee.)
      if (ents.length) return ents.map((e) => ({ entity: e.type === 'Person' ? (countryOf(e) ?? e) : e }));
    }
  }
  const group = mentions.find((m) => m.start >= tEnd && m.kind === 'group');
  const sides = group ? res(group) : [];
  if (sides.length) return sides.map((e) => ({ entity: e }));
  // An offer to mediate or host talks is made to the two sides, as is one made where both sides are named.
  const rest = textBetween(sentence, Math.max(0, tEnd - 3), toks.length).toLowerCase();
  const bothNamed = mentions.some((m) => m.kind === 'group');
  if (st.parties.length === 2 && (bothNamed || /\b(?:mediat\w*|talks|dialogue|negotiations?|venue|guarantor|arrangement|round|settlement|process|good\s+offices)\b/.test(rest))) return st.parties.map((e) => ({ entity: e }));
  return [{ entity: null }];
}

function appealObjects(site: TriggerSite): ObjectChoice[] {
  const { trig, sentence, mentions, ti, tEnd, cs, ce, passive, res } = site;
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
    // "demanded Friday that …", "its demand today that …": a time word may stand before the clause.
    while (isTimeWord(toks[k]?.lower ?? '') && k < tEnd + 2) k++;
    if (toks[k]?.lower === 'that') k++;
    // ('would "continue to press" the army': a closing quotation mark may stand between.)
    if (/^["”]$/.test(toks[k]?.text ?? '')) k++;
    let first = mentions.find((m) => m.start >= k && m.start <= k + 2 && isActor(m) && toks.slice(k, m.start).every((t) => DETERMINERS.has(t.lower) || t.lower === 'on'));
    // ("called on Libya's rival authorities": the group the state's name qualifies.)
    const qualified = first?.possessive ? mentions.find((m) => m.kind === 'group' && m.start === first!.end + 1) : undefined;
    if (qualified) first = qualified;
    // "called for Israel to withdraw": the one who is to act is addressed.
    const forActorTo = first && trig.frame === 'appeal' && !first.possessive && coordinatedRight(sentence, mentions, first, (x) => isActor(x) && !x.possessive).slice(-1).some((x) => toks[x.end]?.lower === 'to');
    if (first && (trig.frame === 'addressee' || forActorTo)) {
      const chain = first.kind === 'group' ? [first] : coordinatedRight(sentence, mentions, first, (x) => isActor(x) && !x.possessive);
      addressees = chain.flatMap(res);
      complementFrom = chain[chain.length - 1]!.end;
    } else if (trig.frame === 'addressee') {
      // "asked about", "pressed on": no addressee, no appeal — unless an appeal word follows.
      if (!['urge', 'urges', 'urged', 'urging'].includes(toks[ti]!.lower) && (!bareAppeal(toks, ti) || site.nominal)) return [];
    }
    // "restraint from both countries", "an end to the fighting by both sides"
    if (addressees.length === 0) {
      for (let j = tEnd; j < ce; j++) {
        // ("called on our partners to increase pressure on Moscow": past "to", "on" is inside what is asked.)
        if (toks[j]!.lower === 'to' && j > tEnd) break;
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
    // "called for "an immediate de-escalation"", "called on X to settle it "through dialogue"": the appeal goes on
    // inside the quotation that ends the clause.
    const quotedAppeal = quotedPhrase(sentence, ce - 1) ?? quotedPhrase(sentence, ce);
    if (quotedAppeal) complementText += ' ' + textBetween(sentence, quotedAppeal[0], quotedAppeal[1]);
    // "called for the withdrawal of the 1,500 Russian troops": the appeal is to the state whose troops they are.
    if (addressees.length === 0 && trig.frame === 'appeal') {
      const troops = mentions.find((m) => m.start >= tEnd && m.start < ce && m.kind === 'country' && /^(?:troops|forces|soldiers|peacekeepers|army|military)$/.test(toks[m.end]?.lower ?? '') && toks.slice(Math.max(tEnd, m.start - 9), m.start).some((t) => /^(?:withdrawal|pullout|pull-out|removal|departure)$/.test(t.lower)));
      if (troops) addressees = res(troops);
    }
  }
  const cut = complementText.search(CUT_PURPOSE);
  if (cut > 0) complementText = complementText.slice(0, cut);
  const actions = actionsIn(complementText.toLowerCase());
  if (trig.frame === 'addressee' && addressees.length === 0 && !/^urg/.test(toks[ti]!.lower) && (!bareAppeal(toks, ti) || site.nominal)) return [];
  // An appeal is addressed to a state or a body (GUIDE.md): a person stands for theirs. One whose state
  // is not known yet stays, for the actor dictionary to settle when the document is read (extract.ts).
  const bodies = addressees.map((e) => (e.type === 'Person' ? (countryOf(e) ?? (e.upTo ? undefined : e)) : e)).filter((e): e is Entity => !!e);
  if (addressees.length && !bodies.length) return [];
  const targets: Array<Entity | null> = bodies.length ? bodies : [null];
  const out: ObjectChoice[] = [];
  for (const t of targets) for (const a of actions) out.push({ entity: t, action: a });
  return out;
}

export function actionsIn(text: string): UrgeAction[] {
  const found: UrgeAction[] = [];
  for (const [action, re] of ACTIONS) if (re.test(text)) found.push(action);
  return found.length ? found : ['other'];
}
