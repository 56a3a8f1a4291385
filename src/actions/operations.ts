// Facts about operations and events: who launched an operation, what it hit,
// what it answered, where an event happened and what it cost.
import type { Mention } from '../mentions/find-mentions.js';
import type { FactType } from '../model/ontology.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { countryOf, type Entity, type EntityRegistry } from '../registry/entity-registry.js';
import { DISPUTED_TERRITORIES } from '../mentions/lexicon/places.js';

export interface Fact {
  s: Entity;
  p: FactType;
  o: Entity;
  rule: string;
  confidence: number;
  sentence: Sentence;
}

// Naming verbs launch only when the name follows: "called Operation X", not "what it called an aggression".
const LAUNCH = /\b(launch(?:ed|es|ing)?|announc(?:ed|es|ing)|(?:named|called|code-named|codenamed|dubbed)(?=\s+(?:it\s+)?operation\b)|began|begun|carried out|conducted|pressed on with|launch of)\b/;
const TARGET = /\b(target(?:ed|ing|s)?|struck|strik(?:e|es|ing)|hit(?:ting|s)?|bomb(?:ed|ing)|dropped on|fired at|air strikes across|strikes on|strikes across|attacks on|seized|shelled|shelling)\b/;
const RETALIATE = /\b(?:in (?:retaliation|response|reprisal) (?:for|to)|retaliat(?:ing|ed|ion) (?:for|against)|(?:a |an )?(?:measured |calibrated )?(?:answer|response|reply) to|presented as retaliation for|to avenge)\b/;
const PARTICIPATE = /\b(involving|involved|participat\w*|took part|carried out by|conducted by|joined by)\b/;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20 };
const ARMED = /\b(?:Army|Navy|Air Force|armed forces|Marines|Guard Corps)\b/;

function toNumber(w: string): number | undefined {
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w.toLowerCase()];
}

export interface OperationContext {
  registry: EntityRegistry;
  /** Resolves a mention (including "the strikes") to entities. */
  resolve(m: Mention): Entity[];
  /** The operation the previous sentence of the paragraph spoke of, for its casualties here. */
  previousOp?: Entity;
}

const CASUALTY = /\b(?:killed|died|dead|wounded|injured)\b/;

export function extractOperationFacts(sentence: Sentence, mentions: Mention[], ctx: OperationContext): Fact[] {
  const facts: Fact[] = [];
  const text = sentence.text;
  const lower = text.toLowerCase();
  const fact = (s: Entity, p: FactType, o: Entity, rule: string, confidence: number) => facts.push({ s, p, o, rule, confidence, sentence });
  const opMentions = mentions.filter((m) => m.kind === 'operation' || m.kind === 'opnoun');
  const ops = [...new Set(opMentions.flatMap((m) => ctx.resolve(m)).filter((e) => e.type === 'Operation'))];
  const named = mentions.filter((m) => m.kind === 'operation').map((m) => ctx.registry.canonical(m.entity!));
  const countries = mentions.filter((m) => m.kind === 'country' && m.entity);

  // LAUNCHED: the state whose operation it is.
  for (const op of new Set([...named, ...ops])) {
    if (op.launcher) continue;
    const opM = mentions.find((m) => (m.kind === 'operation' || m.kind === 'opnoun') && ctx.resolve(m)[0] === op);
    let launcher: Entity | undefined;
    // "India's launch of Operation Sindoor", "the Indian operation, code-named ..."
    const owner = countries.find((c) => opM && c.end <= opM.start && opM.start - c.end <= 5 && (c.possessive || c.form === 'demonym'));
    if (owner && LAUNCH.test(lower) || owner && opM?.kind === 'opnoun') launcher = owner.entity;
    if (!launcher && LAUNCH.test(lower)) {
      const m = LAUNCH.exec(lower)!;
      const verbAt = m.index;
      // subject of the launch verb, or "by X" after it
      const before = countries.filter((c) => sentence.tokens[c.start]!.start - sentence.start < verbAt && !['in', 'on', 'across', 'against', 'at'].includes(sentence.tokens[c.start - 1]?.lower ?? ''));
      launcher = before[before.length - 1]?.entity;
      // "President Recep Tayyip Erdogan launched Operation Peace Spring": the leader's state (settled once affiliations are known).
      const leader = !launcher ? mentions.find((p) => p.kind === 'person' && p.entity && sentence.tokens[p.start]!.start - sentence.start < verbAt && verbAt - (sentence.tokens[p.end - 1]!.end - sentence.start) <= 2) : undefined;
      if (leader) launcher = countryOf(leader.entity!) ?? leader.entity;
    }
    const by = /\b(?:by|from)\s+(?:the\s+)?([A-Z][\w .'-]+)/.exec(text);
    if (!launcher && by) {
      const m = countries.find((c) => text.slice(c.entity ? sentence.tokens[c.start]!.start - sentence.start : 0).startsWith(by[1]!.split(/\s+/)[0]!));
      launcher = m?.entity;
    }
    // "Colombian aircraft and special forces struck three camps …, in an operation …": the striking state.
    if (!launcher && !RETALIATE.test(lower)) launcher = strikingState(sentence, countries);
    if (launcher) {
      op.launcher = launcher;
      fact(launcher, 'LAUNCHED', op, 'operation-launcher', 0.8);
    }
  }

  // TARGETS: what the operation, or its launcher, hit.
  const tm = TARGET.exec(lower);
  if (tm) {
    const verbTok = sentence.tokens.findIndex((t) => t.start - sentence.start >= tm.index);
    // The operation is named before what it hit ("the strikes hit X", "strikes on X"), never after
    // ("the group would keep targeting ships … until the aggression stops").
    const opBefore = opMentions.filter((m) => m.start <= verbTok).flatMap((m) => ctx.resolve(m)).find((e) => e.type === 'Operation');
    // "bombs were dropped on X": a passive names no agent before the verb.
    const passive = sentence.tokens.slice(Math.max(0, verbTok - 2), verbTok).some((t) => /^(?:was|were|been|being)$/.test(t.lower));
    // ("struck 1,600 targets across southern Lebanon in an operation it named Northern Arrows": the strike is
    // the operation named after it, when the text says it was carried out "in" that operation.)
    const inOperation = (m: Mention) => sentence.tokens.slice(Math.max(verbTok, m.start - 5), m.start).some((t, k, a) => t.lower === 'in' && /^(?:operation|offensive|campaign)$/i.test((a[k + 1]?.lower === 'an' || a[k + 1]?.lower === 'the' ? a[k + 2] : a[k + 1])?.text ?? ''));
    const opAfter = opMentions.filter((m) => m.start > verbTok && inOperation(m)).flatMap((m) => ctx.resolve(m)).find((e) => e.type === 'Operation');
    const op = opBefore ?? opAfter ?? (passive ? (ops[0] ?? named[0]) : undefined) ?? launchedBySubject(mentions, ctx, tm.index, sentence);
    if (op) {
      const stop = stopIndex(sentence, verbTok);
      for (const m of mentions) {
        if (m.start < verbTok || m.start >= stop) continue;
        if (!['place', 'country', 'org'].includes(m.kind) || m.word === 'pair' || m.qualifier) continue;
        // "… by foreign ministry spokesman X": the agent of a passive is not hit.
        if (sentence.tokens[m.start - 1]?.lower === 'by') continue;
        const e = ctx.registry.canonical(m.entity!);
        if (e === op.launcher || (e.type === 'Organization' && ARMED.test(e.name) && e.upTo === op.launcher)) continue;
        if (e.type === 'Country' && m.form === 'demonym' && !m.possessive && !/\b(?:sites|targets|positions|bases|facilities)\b/.test(lower)) continue;
        // "Bahawalpur in Punjab": the province a struck town lies in was not itself struck.
        const container = m.kind === 'place' && sentence.tokens[m.start - 1]?.lower === 'in' && mentions.some((x) => x.kind === 'place' && x.end === m.start - 1);
        if (container && !DISPUTED_TERRITORIES.has(e.name)) continue;
        fact(op, 'TARGETS', e, 'operation-targets', 0.75);
      }
      const count = /\b(\w+)\s+(?:\w+\s+){0,2}(?:sites|targets|locations|camps)\b/.exec(text.slice(tm.index));
      const n = count && toNumber(count[1]!);
      if (n && n > 1) op.props.targets ??= n;
    }
  }

  // "We have lost 26 civilians in strikes on six locations. Thirteen had been killed at a mosque in
  // Ahmedpur East": where the operation's dead fell was struck.
  if (!tm && ctx.previousOp && CASUALTY.test(lower) && !opMentions.length && !mentions.some((m) => m.kind === 'event')) {
    for (const m of mentions) {
      if (m.kind === 'place' && ['in', 'at'].includes(sentence.tokens[m.start - 1]?.lower ?? '')) fact(ctx.previousOp, 'TARGETS', ctx.registry.canonical(m.entity!), 'casualties-at', 0.6);
    }
  }

  // RETALIATES_FOR: "in retaliation for the April 22 attack"
  const rm = RETALIATE.exec(lower);
  if (rm) {
    const op = ops[0] ?? named[0] ?? launchedBySubject(mentions, ctx, rm.index, sentence);
    const evM = mentions.find((m) => sentence.tokens[m.start]!.start - sentence.start > rm.index && (m.kind === 'event' || m.kind === 'opnoun'));
    const ev = evM && ctx.resolve(evM).find((e) => e.type === 'Event');
    if (op && ev) fact(op, 'RETALIATES_FOR', ev, 'operation-retaliates', 0.8);
  }

  // PARTICIPATES_IN: forces named with the operation.
  if (PARTICIPATE.test(lower) && (ops[0] ?? named[0])) {
    const op = (ops[0] ?? named[0])!;
    for (const m of mentions) {
      if (m.kind !== 'org') continue;
      const e = ctx.registry.canonical(m.entity!);
      if (ARMED.test(e.name)) fact(e, 'PARTICIPATES_IN', op, 'forces-participate', 0.75);
    }
  }

  // Casualties: "claimed 26 innocent lives", "killed 26 people", "in which 26 people died".
  const killed = /\b(?:claimed|killed|killing(?:\s+of)?|left)\s+(\d+|\w+)\s+(?:\w+\s+)?(?:lives|people|civilians|dead|tourists)\b|\bin which\s+(\d+)\s+people\s+(?:died|were killed)/i.exec(text);
  if (killed) {
    const n = toNumber(killed[1] ?? killed[2] ?? '');
    const evM = mentions.find((m) => m.kind === 'event' || (m.kind === 'opnoun' && /attack|killing/.test(m.word ?? '')));
    const ev = evM && ctx.resolve(evM).find((e) => e.type === 'Event');
    if (ev && n) ev.props.killed ??= n;
  }
  return facts;
}

const FORCE_WORDS = /^(?:and|special|air|naval|ground|fighter|forces|troops|aircraft|jets|warplanes|planes|drones|missiles|army|military|navy|artillery|units|soldiers|commandos|force)$/;

/** The state whose forces are the subject of a strike verb: "Colombian aircraft and special forces struck", "Colombia Strikes". */
function strikingState(sentence: Sentence, countries: Mention[]): Entity | undefined {
  const tm = TARGET.exec(sentence.text.toLowerCase());
  if (!tm) return undefined;
  const verbTok = sentence.tokens.findIndex((t) => t.start - sentence.start >= tm.index);
  const subject = countries.find((c) => c.end <= verbTok && !c.possessive && sentence.tokens.slice(c.end, verbTok).every((t) => FORCE_WORDS.test(t.lower)));
  return subject?.entity;
}

/** "it had hit camps of ...": the subject is the launcher of a known operation. */
function launchedBySubject(mentions: Mention[], ctx: OperationContext, at: number, sentence: Sentence): Entity | undefined {
  const ops = ctx.registry.all().filter((e) => e.type === 'Operation' && e.launcher);
  for (const m of mentions) {
    if (sentence.tokens[m.start]!.start - sentence.start > at) break;
    for (const e of ctx.resolve(m)) {
      const op = ops.find((o) => o.launcher === e);
      if (op) return op;
    }
  }
  return undefined;
}

function stopIndex(sentence: Sentence, from: number): number {
  const toks = sentence.tokens;
  for (let k = Math.max(0, from); k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (['retaliation', 'response', 'answer', 'reply', 'which', 'claimed', 'who', 'killing', 'that', 'after', 'since', 'before', ';', ':', '—', 'while', 'but'].includes(w)) return k;
    // ", the attack was condemned by ...": a new clause
    if (w === ',' && /^(?:the|a|an|it|he|she|they|and)$/.test(toks[k + 1]?.lower ?? '')) return k;
    if (w === 'in' && ['retaliation', 'response'].includes(toks[k + 1]?.lower ?? '')) return k;
  }
  return toks.length;
}
