// The extractor: text in, graph fragment out. Pure and deterministic — no
// I/O, no clock, no randomness — so the same article always gives the same graph.
import { createHash } from 'node:crypto';
import { extractOperationFacts, type Fact } from '../actions/operations.js';
import { articleText } from '../document/article-text.js';
import { affiliateWithDateline, assignAffiliations, countryOfCapital } from '../entities/affiliations.js';
import { affiliateFromActorDictionary } from '../entities/actor-dictionary.js';
import { countryOf, EntityRegistry, type Entity } from '../registry/entity-registry.js';
import { resolveMention, type DiscourseState } from '../entities/resolve-references.js';
import { findMentions, type Mention, type MentionContext } from '../mentions/find-mentions.js';
import type { Article } from '../model/article.js';
import type { DocumentMeta, ExtractedEntity, ExtractedRelation, GraphFragment } from '../model/fragment.js';
import { cameoCode, isStatementType } from '../model/ontology.js';
import { splitSentences, type Sentence } from '../sentences/split-sentences.js';
import { statementDate } from '../dates/statement-date.js';
import { extractStatements, type Statement } from '../statements/extract-statements.js';
import { quoteMask } from '../statements/clause.js';
import { conflictEvent, conflictParties } from './conflict-parties.js';
import { mergeEvents } from './merge-events.js';
import { actorLists } from './actor-lists.js';
import { speakerAfterQuote } from './quote-speakers.js';
import { finalizeRelations } from './finalize-relations.js';
import { attachNationalBodies } from './national-bodies.js';

export function extractDocument(article: Article): GraphFragment {
  const { meta } = article;
  const { text, bodyStart, title } = articleText(article);
  const sentences = splitSentences(text, bodyStart, title);
  const registry = new EntityRegistry();

  // Pass 1: what each sentence names.
  const mctx: MentionContext = { registry, recentOps: [], published: meta.published };
  const mentionsOf = sentences.map((s) => {
    // A paragraph opens on its setting ("In Ankara, …"); one named mid-paragraph holds from there on.
    if (s.opensParagraph) {
      mctx.setting = settingOf(s);
      mctx.subjectState = undefined;
    } else mctx.setting = settingOf(s) ?? mctx.setting;
    return findMentions(s, mctx);
  });
  mergeEvents(registry);
  attachNationalBodies(registry, mentionsOf, sentences);

  // Operations first: who launched what decides what "the Indian strikes" are.
  const simpleResolve = (m: Mention): Entity[] => {
    if (m.entity) return [registry.canonical(m.entity)];
    if (m.kind === 'opnoun') {
      const ops = registry.all().filter((e) => e.type === 'Operation');
      const events = registry.all().filter((e) => e.type === 'Event');
      if (/attack|killing/.test(m.word ?? '') && events.length === 1 && !ops.length) return events;
      if (ops.length === 1 && !/killing|massacre/.test(m.word ?? '')) return ops;
    }
    return [];
  };
  const facts: Fact[] = [];
  let previousOp: Entity | undefined;
  sentences.forEach((s, i) => {
    if (s.opensParagraph) previousOp = undefined;
    const mentions = mentionsOf[i]!;
    facts.push(...extractOperationFacts(s, mentions, { registry, resolve: simpleResolve, previousOp }));
    previousOp = mentions.filter((m) => m.kind === 'operation' || m.kind === 'opnoun').flatMap(simpleResolve).find((e) => e.type === 'Operation');
  });

  // Pass 2: the discourse, in reading order.
  const parties = conflictParties(sentences, mentionsOf, registry, facts);
  const conflict = conflictEvent(sentences, mentionsOf, parties, registry);
  if (conflict) facts.push(...conflict.facts);
  const st: DiscourseState = { registry, published: meta.published, parties, conflictEvent: conflict?.event, quoteOpen: false, recentActors: [], lists: [] };
  const statements: Statement[] = [];
  let paragraphState: Entity | undefined;
  const office: { pending?: { to: Entity; title: string; paragraph: number } } = {};
  // What the office's state said while its holder was still unnamed ("Spain's foreign minister urged …").
  let officeStatements: Statement[] = [];
  sentences.forEach((s, i) => {
    const pendingBefore = office.pending;
    const mentions = mentionsOf[i]!;
    if (s.opensParagraph) {
      st.quoteOpen = false;
      st.quoteSpeakers = undefined;
    }
    const resolve = (m: Mention) => resolveMention(m, s, st, false);
    const lastBody = [...st.recentActors].reverse().find((e) => e.type === 'Organization');
    assignAffiliations(s, mentions, { resolve, registry, principal: st.lastPerson, lastBody, sides: sidesAsLastNamed(st.parties, st.recentActors), paragraphState: s.opensParagraph ? undefined : paragraphState, lastActor: [...st.recentActors].reverse().find((e) => e.type !== 'Person'), office, published: meta.published });
    if (s.opensParagraph) paragraphState = openingState(s, mentions, registry);
    st.sentenceActors = [];
    st.sentenceSpeaker = undefined;
    const quoteOpenBefore = st.quoteOpen;
    for (const m of mentions) {
      if (m.entity && ['country', 'org', 'person'].includes(m.kind)) {
        const e = registry.canonical(m.entity);
        st.recentActors.push(e);
        st.sentenceActors.push({ start: m.start, entity: e });
        if (e.type === 'Country' && m.form !== 'demonym') st.lastCountry = e;
      }
    }
    // "Lucia Ferrer, who …, repeated": the holder named after the office speaks for what the office said.
    const holder = pendingBefore && !office.pending ? mentions.map((m) => m.entity).find((e) => e?.type === 'Person' && e.upEvidence?.rule === 'holder-of-named-office' && e.upTo === pendingBefore.to) : undefined;
    if (holder) for (const x of officeStatements) x.s = holder;
    if (office.pending !== pendingBefore) officeStatements = [];
    // ('"Russia is the aggressor. We call on …," he wrote.': the speaker named where the quotation closes.)
    st.forwardQuoteSpeaker = speakerAfterQuote(sentences, mentionsOf, i, st.quoteOpen, registry, st.lastPerson);
    const said = extractStatements(s, mentions, st);
    if (office.pending) officeStatements.push(...said.filter((x) => x.s === office.pending!.to));
    statements.push(...said);
    st.lists.push(...actorLists(s, mentions, registry));
    for (const m of mentions) {
      if ((m.kind === 'operation' || m.kind === 'event') && m.entity) st.lastIncident = registry.canonical(m.entity);
      if (m.kind === 'treaty' && m.entity) st.lastTreaty = registry.canonical(m.entity);
      // ("EU leaders", and "the leaders of the Group of Seven": whose leaders "the leaders" are next.)
      const of = m.start - (s.tokens[m.start - 1]?.lower === 'the' ? 2 : 1);
      const leadersOf = s.tokens[of]?.lower === 'of' && /^(?:leaders|ministers)$/.test(s.tokens[of - 1]?.lower ?? '');
      if ((m.kind === 'org' || m.kind === 'country') && m.entity && (/^(?:leaders|ministers|foreign)$/.test(s.tokens[m.end]?.lower ?? '') || leadersOf)) st.lastCollective = registry.canonical(m.entity);
    }
    // "he" in the next sentence is the person who last spoke, else the one reported as speaking, else the
    // first person named outside a quotation ("'… lies with Prime Minister Trudeau alone,' he said" is no
    // sentence of Trudeau's).
    const spoke = statements.filter((x) => x.sentence === s && x.s.type === 'Person').pop()?.s;
    const quoted = quoteMask(s, quoteOpenBefore).inside;
    const named = mentions.find((m) => m.kind === 'person' && m.entity && !quoted[m.start]);
    const lastPerson = spoke ?? st.sentenceSpeaker ?? (named?.entity && registry.canonical(named.entity));
    if (lastPerson) st.lastPerson = lastPerson;
  });
  affiliateWithDateline(sentences, registry);
  affiliateFromActorDictionary(sentences, registry, meta.published);
  return buildFragment(meta, text, sentences, registry, statements, facts);
}

/** The capital a sentence opens on: "In Ankara, …", "From Kyiv, …". */
function settingOf(sentence: Sentence): string | undefined {
  return /^(?:In|From) ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?),/u.exec(sentence.text)?.[1];
}

/**
 * The state a paragraph's first sentence opens on as its subject: "Venezuela reacted with fury.",
 * "Last Wednesday Sudan's energy ministry ordered …", "Mary Bol, South Sudan's foreign minister, wrote …".
 */
function openingState(sentence: Sentence, mentions: Mention[], registry: EntityRegistry): Entity | undefined {
  // "In La Paz, the reaction came in two registers."
  const setting = settingOf(sentence);
  const host = setting ? countryOfCapital(setting, registry, false) : undefined;
  if (host) return host;
  const first = mentions.find((m) => !m.qualifier);
  if (!first?.entity || first.start > 3 || /^(?:in|at|on|from|to|with|for|by|of)$/i.test(sentence.tokens[first.start - 1]?.text ?? '')) return undefined;
  const e = registry.canonical(first.entity);
  if (first.kind === 'country') return !first.possessive && first.form !== 'demonym' ? e : undefined;
  if (first.kind === 'org' || first.kind === 'person') return countryOf(e);
  return undefined;
}

/** The two parties in the order the text last named them ("Azerbaijani President X, Armenian Prime Minister Y"). */
function sidesAsLastNamed(parties: Entity[], recent: Entity[]): Entity[] | undefined {
  if (parties.length !== 2) return undefined;
  const seen: Entity[] = [];
  for (let k = recent.length - 1; k >= 0 && seen.length < 2; k--) {
    const e = recent[k]!;
    const side = parties.find((p) => p === e || p === e.upTo);
    if (side && !seen.includes(side)) seen.push(side);
  }
  return seen.length === 2 ? seen.reverse() : parties;
}

/**
 * The name a body goes by in the text: "military" and "armed forces" are one body (so they resolve to
 * each other), named as the article names it — "the Israeli military" is the "Israeli military".
 */
function writtenName(e: Entity): string {
  if (e.type !== 'Organization' || !/ armed forces$/.test(e.name) || [...e.aliases].some((a) => /armed forces/i.test(a))) return e.name;
  const written = [...e.aliases].find((a) => /^[\p{Lu}][\p{L}-]* military$/u.test(a));
  return written ?? (/\bmilitary$/i.test([...e.aliases].join(' ')) ? e.name.replace(/armed forces$/, 'military') : e.name);
}

function buildFragment(meta: DocumentMeta, text: string, sentences: Sentence[], registry: EntityRegistry, statements: Statement[], facts: Fact[]): GraphFragment {
  const relations: ExtractedRelation[] = [];
  const evidence = (s: Sentence) => ({ doc: meta.id, sentence: s.text, start: s.start, end: s.end });
  const canon = (e: Entity) => registry.canonical(e);
  const dates = new Map<Sentence, string | null>();
  for (const st of statements) {
    let o = st.o ? canon(st.o) : null;
    // "urged him to agree to a ceasefire": an appeal to a person is one to their state, now that the
    // actor dictionary has had its say; with none known, or their own, it is no appeal.
    if (st.p === 'URGES' && o?.type === 'Person') {
      const state = countryOf(o);
      if (!state || state === canon(st.s) || state === countryOf(st.s)) continue;
      o = canon(state);
    }
    const r: ExtractedRelation = {
      s: canon(st.s).id,
      p: st.p,
      o: o ? o.id : null,
      evidence: evidence(st.sentence),
      rule: st.rule,
      confidence: st.confidence,
    };
    if (st.action && st.p === 'URGES') r.action = st.action;
    if (isStatementType(st.p)) r.cameo = cameoCode(st.p, st.action);
    // One date a sentence: chrono is the costliest step per statement, and a sentence often holds several.
    let date = dates.get(st.sentence);
    if (date === undefined) dates.set(st.sentence, (date = statementDate(st.sentence.text, meta.published) ?? null));
    if (date) r.date = date;
    relations.push(r);
  }
  for (const f of facts) {
    // A leader who launched an operation stands for the state (GUIDE: LAUNCHED is a state's or a body's).
    const s = f.p === 'LAUNCHED' && f.s.type === 'Person' ? countryOf(f.s) : canon(f.s);
    if (s) relations.push({ s: canon(s).id, p: f.p, o: canon(f.o).id, evidence: evidence(f.sentence), rule: f.rule, confidence: f.confidence });
  }
  for (const e of registry.all()) {
    if (e.upTo) {
      const s = sentences[e.upEvidence?.sentence ?? 0] ?? sentences[0]!;
      relations.push({ s: e.id, p: e.type === 'Person' ? 'REPRESENTS' : 'PART_OF', o: canon(e.upTo).id, evidence: evidence(s), rule: e.upEvidence?.rule ?? 'lexicon-membership', confidence: 0.8 });
    }
    if (e.type === 'Event' && e.place) {
      const s = sentences.find((x) => x.text.includes(e.place!.name)) ?? sentences[0]!;
      relations.push({ s: e.id, p: 'OCCURRED_IN', o: canon(e.place).id, evidence: evidence(s), rule: 'event-place', confidence: 0.8 });
    }
  }
  const final = finalizeRelations(relations, new Set(registry.all().filter((e) => e.type === 'Country').map((e) => e.id)));
  const used = new Set(final.flatMap((r) => [r.s, r.o]));
  const entities: ExtractedEntity[] = registry
    .all()
    .filter((e) => e.type !== 'Topic' || used.has(e.id))
    .map((e) => {
      const name = writtenName(e);
      const out: ExtractedEntity = { id: e.id, type: e.type, name, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== name).sort() };
      if (e.title) out.title = e.title;
      for (const [k, v] of Object.entries(e.props)) if (v !== undefined) (out as unknown as Record<string, number>)[k] = v;
      return out;
    });
  return {
    doc: meta.id,
    document: { ...meta, hash: createHash('sha256').update(text).digest('hex').slice(0, 16) },
    entities,
    relations: final,
  };
}
