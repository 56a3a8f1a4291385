// Whom a person speaks for: "Russian President X", "X, spokesperson for the
// Russian Foreign Ministry", "X, Pakistan's deputy prime minister", "his
// spokesman X". These become REPRESENTS edges; bodies' PART_OF come from the
// mention finder.
import type { Mention } from '../mentions/find-mentions.js';
import { gazetteer } from '../mentions/gazetteer.js';
import { SAY_VERBS } from '../mentions/words.js';
import { dictionaryBody } from './actor-dictionary.js';
import { DIPLOMATIC_TITLE } from '../mentions/lexicon/titles.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { countryOf, type Entity, type EntityRegistry } from '../registry/entity-registry.js';

const ROLE_WORDS = /^(?:spokes\w*|minister|ministers|secretary|head|chief|commander|envoy|ambassador|ambassadors|chairman|chairperson|chair|president|director|adviser|advisor|premier|leader|representative|official|officer|general|deputy|foreign|prime|chancellor|governor|negotiator|member|counsellor)$/;

/** Words that put a speaker away from home: whoever talks on a visit or at a meeting is not speaking in their capital. */
const VISIT = /\b(?:visit|visiting|visited|trip|tour|touring|summit|talks|meeting|conference|forum|sidelines)\b/i;

/** Rank words that stand between a state and a title: "U.S. Deputy Ambassador", "Russia's Acting Foreign Minister". */
const RANK_WORDS = /^(?:deputy|acting|permanent|vice|assistant|chief|senior|top|special|interim|first|former)$/;

function isTitleToken(lower: string): boolean {
  return ROLE_WORDS.test(lower) || gazetteer().phrases.get(lower)?.some((h) => h.kind === 'title') === true;
}

/** What the text around a sentence says about who speaks for whom. */
export interface AffiliationContext {
  resolve: (m: Mention) => Entity[];
  registry: EntityRegistry;
  /** The person last named, whose spokesman "his spokesman" is. */
  principal?: Entity;
  /** The body last named, whose spokesman "its spokesman" is. */
  lastBody?: Entity;
  /** The two sides of the conflict, in the order last named. */
  sides?: Entity[];
  /** The state the paragraph opened on ("Venezuela reacted with fury."). */
  paragraphState?: Entity;
  /** The state or body named last before this sentence, for "its minister". */
  lastActor?: Entity;
  /**
   * An office named without its holder ("Chile's foreign minister did not mince words."), kept
   * for the next person named in the paragraph ("Beatriz Oyarzun said …"). Shared across sentences.
   */
  office: { pending?: { to: Entity; title: string; paragraph: number } };
  /** The article's date, for the actor dictionary. */
  published?: string;
}

export function assignAffiliations(sentence: Sentence, mentions: Mention[], ctx: AffiliationContext): void {
  const { resolve, registry, principal, lastBody, sides, paragraphState, lastActor, office } = ctx;
  const toks = sentence.tokens;
  if (office.pending && office.pending.paragraph !== sentence.paragraph) office.pending = undefined;
  const link = (person: Entity, to: Entity | undefined, rule: string) => {
    if (!to || to === person || person.upTo || to.type === 'Person' || to.type === 'Place' || to.type === 'Topic') return;
    person.upTo = to;
    person.upEvidence = { sentence: sentence.index, rule };
  };
  respectively(sentence, mentions, resolve, link, sides);
  const holderless = holderlessOffice(sentence, mentions, resolve, principal, registry);
  if (holderless) office.pending = { ...holderless, paragraph: sentence.paragraph };
  mentions.forEach((m, idx) => {
    if (m.kind !== 'person' || !m.entity) return;
    const person = m.entity;
    // "… Beatriz Oyarzun said": the holder of the office the paragraph named without a name.
    // ("The envoy, Ambassador Mehmet Kemal, urged …": a titled holder in apposition to the office named.)
    const namesOffice = toks[m.start - 1]?.text === ',' && /^(?:envoy|ambassador|minister|spokesman|spokeswoman|spokesperson|official|diplomat|representative)$/.test(toks[m.start - 2]?.lower ?? '');
    if (office.pending && (!m.titleRole || namesOffice) && !person.upTo && (!person.title || namesOffice)) {
      link(person, office.pending.to, 'holder-of-named-office');
      person.title ??= office.pending.title;
      office.pending = undefined;
    }
    // Qualifier before the title: "Russian President", "UN Secretary-General", "Togo's foreign minister".
    const prev = mentions[idx - 1];
    // "Germany's U.N. ambassador", "British Deputy U.N. Ambassador X": a state's envoy to the UN speaks for the state.
    const envoyState = prev?.kind === 'org' && m.titleRole === 'diplomat' && /^(?:united nations|un)$/i.test(prev.entity?.name ?? '') ? mentions[idx - 2] : undefined;
    if (envoyState?.kind === 'country' && (envoyState.end === prev!.start || (envoyState.possessive && envoyState.end + 1 === prev!.start) || envoyState.end + 1 === prev!.start)) link(person, resolve(envoyState)[0], 'state-envoy-to-un');
    // ("U.S. Deputy Ambassador X": rank words may stand between the qualifier and the title.)
    const ranksBetween = prev ? toks.slice(prev.end + (prev.possessive ? 1 : 0), m.start) : [];
    const adjacent = prev && ranksBetween.length <= 2 && ranksBetween.every((t) => RANK_WORDS.test(t.lower));
    if (prev && m.titleRole && adjacent && ['country', 'org', 'anaphor'].includes(prev.kind)) {
      link(person, resolve(prev)[0], 'title-qualifier');
    }
    // "The chairperson of the African Union Commission, Amadou Kane": title, body, comma, name.
    // ("The permanent representative of Rwanda, Ernest Rwamucyo": a state's office likewise.)
    if (prev && (prev.kind === 'org' || prev.kind === 'country') && toks[prev.end]?.text === ',' && prev.end + 1 === m.start) {
      let k = prev.start - 1;
      if (toks[k]?.lower === 'the') k--;
      // ("A spokesperson for the German Foreign Ministry, Sebastian Fischer"; "the envoy to the AU, X".)
      // (A state only after "of": "the UN special envoy for Syria, Geir Pedersen" is posted to Syria, not Syria's.)
      const preposition = toks[k]?.lower ?? '';
      if ((prev.kind === 'org' ? /^(?:of|for|to)$/ : /^of$/).test(preposition) && isTitleToken(toks[k - 1]?.lower ?? '')) link(person, resolve(prev)[0], 'title-of-body');
    }
    // "the US special envoy for the Horn of Africa, Daniel Whitford": a state's office, then its holder.
    if (toks[m.start - 1]?.text === ',' && !person.upTo) {
      const office = toks.findIndex((t, k) => k >= m.start - 10 && k < m.start - 1 && isTitleToken(t.lower) && !['foreign', 'prime', 'deputy', 'general', 'member'].includes(t.lower));
      const holderOf = office > 0 ? [...mentions.slice(0, idx)].reverse().find((x) => x.end <= office && (x.kind === 'country' || x.kind === 'org') && toks.slice(x.end + (x.possessive ? 1 : 0), office).every((t) => RANK_WORDS.test(t.lower) || isTitleToken(t.lower))) : undefined;
      // (Not across a verb: "after the United Nations Secretary-General is notified, Szijjarto noted".)
      if (holderOf && !toks.slice(office, m.start - 1).some((t) => t.text === ',' || /^(?:is|was|are|were|has|had|have|will|would|be|been)$/.test(t.lower) || /^[a-z]+ed$/.test(t.text))) link(person, resolve(holderOf)[0], 'office-apposition');
    }
    // "Foreign Minister Lars Berg of Norway", "Secretary-General X of the Arab League"
    if (m.titleRole && toks[m.end]?.lower === 'of') {
      const of = mentions.find((x) => (x.start === m.end + 1 || (x.start === m.end + 2 && toks[m.end + 1]!.lower === 'the')) && (x.kind === 'country' || x.kind === 'org'));
      if (of) link(person, resolve(of)[0], 'title-name-of');
    }
    // "France's Jean-Noel Barrot"
    if (prev && prev.possessive && prev.end + 1 === m.start && prev.kind === 'country') link(person, resolve(prev)[0], 'possessive-person');
    // "his spokesman Stephane Dujarric": the principal's body.
    const lead = toks.slice(Math.max(0, m.start - 4), m.start).map((t) => t.lower).join(' ').replace(/ ,$/, '');
    // The principal is the person named just before in the sentence, else the one before that.
    const before = mentions.slice(0, idx).reverse().find((x) => x.kind === 'person' && x.entity && x.entity !== person)?.entity ?? principal;
    if (/\b(?:his|her)\s+(?:deputy\s+)?(?:spokesman|spokeswoman|spokesperson)$/.test(lead) && before) link(person, before.upTo ?? before, 'principal-spokesperson');
    // "His minister for the Pacific, Zed Seselja", "His foreign minister, X": the principal's state.
    const lead8 = toks.slice(Math.max(0, m.start - 8), m.start).map((t) => t.lower).join(' ').replace(/ ,$/, '');
    if (/\b(?:his|her)\s+(?:[a-z-]+\s+){0,4}?(?:minister|secretary|ambassador|envoy|adviser|advisor)(?:\s+(?:for|of)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?$/.test(lead8) && before?.upTo) link(person, countryOf(before) ?? before.upTo, 'principal-official');
    // "Its spokesman, Shafqat Ali Khan": the body just named.
    const lead2 = toks.slice(Math.max(0, m.start - 4), m.start).map((t) => t.lower).join(' ');
    if (/\bits\s+(?:chief\s+|deputy\s+)?(?:spokesman|spokeswoman|spokesperson)\s*,?$/.test(lead2)) link(person, lastBody, 'its-spokesperson');
    // "Its deputy ambassador, Dmitry Polyanskiy, said", "represented by its foreign minister, X": the state or body just named.
    const its = /\b(?:its|their)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s*,?$/.exec(lead2);
    if (its && isTitleToken(its[1]!.split(' ').pop()!)) link(person, sentenceSubject(mentions, m, resolve) ?? paragraphState ?? lastActor, 'its-official');
    // Apposition: ", (a|the)? <qualifier>? <title words> (for|of|to)? <body>"
    if (toks[m.end]?.text === ',') appositive(sentence, mentions, idx, resolve, link);
    // "John Mulindwa, its state minister for regional cooperation": the state or body just named.
    if (toks[m.end]?.text === ',' && ['its', 'their'].includes(toks[m.end + 1]?.lower ?? '') && isTitleToken(toks[m.end + 3]?.lower ?? toks[m.end + 2]?.lower ?? '')) link(person, sentenceSubject(mentions, m, resolve) ?? paragraphState ?? lastActor, 'its-official');
    // "X signed for Kinshasa and Y for Kigali"
    const signedBefore = toks.slice(0, m.start).some((t, k) => t.lower === 'signed' && toks[k + 1]?.lower === 'for');
    const forAt = toks[m.end]?.lower === 'signed' && toks[m.end + 1]?.lower === 'for' ? m.end + 2 : signedBefore && toks[m.end]?.lower === 'for' ? m.end + 1 : -1;
    if (forAt > 0) {
      const where = mentions.find((x) => x.start === forAt && x.kind === 'country');
      if (where) link(person, resolve(where)[0], 'signed-for');
    }
    // "In Tokyo, Chief Cabinet Secretary X said", "At the United Nations, spokesperson X said":
    // a sentence that opens on a capital or a body sets whom its unqualified officials speak for.
    if (m.titleRole && !person.upTo) link(person, leadingSetting(sentence, mentions, resolve, registry), 'sentence-setting');
    // "Venezuela reacted with fury. Foreign Minister Aurora Salcedo denounced …": a head or minister
    // named without a state, in a paragraph that opened on one.
    // Only as the sentence's subject: "… praised President Donald Trump's decision" is someone else's.
    // (A head or minister may also be the speaker after a quotation: '"…," Foreign Minister X said'.)
    const speaksHere = m.start <= 1 || ((m.titleRole === 'head' || m.titleRole === 'minister') && SAY_VERBS.has(toks[m.end]?.lower ?? ''));
    // (One the actor dictionary places takes its body now: "Lula … Israel answered. Prime Minister Benjamin Netanyahu said".)
    if (m.titleRole && !person.upTo && speaksHere && paragraphState) {
      const listed = dictionaryBody(person, ctx.published);
      if (listed) link(person, registry.get(listed.type, listed.name), `actor-dictionary:${listed.source}`);
      else link(person, paragraphState, 'paragraph-state');
    }
    // "IRAN — Supreme Leader Ali Khamenei said": a roundup section speaks for its label.
    if (m.titleRole && !person.upTo && sentence.section) link(person, sectionEntity(sentence.section, registry), 'section-label');
    // "The State Department said ..., according to a statement issued by spokeswoman X": the body that speaks.
    if (m.titleRole === 'spokesperson' && !person.upTo) {
      const speaking = mentions.find((x) => x.kind === 'org' && x.start < m.start && !x.qualifier && x.entity);
      if (speaking) link(person, resolve(speaking)[0], 'spokesperson-of-speaker');
    }
    // "Araghchi made it clear that Tehran would not negotiate": an official who speaks of a capital as
    // the subject of what they say speaks for it (a capital, not a name: "X said Israel had …" is not).
    if (!person.upTo) {
      let k = m.end;
      if (SAY_VERBS.has(toks[k]?.lower ?? '')) k++;
      else if (toks[k]?.lower === 'made' && toks[k + 1]?.lower === 'it' && toks[k + 2]?.lower === 'clear') k += 3;
      else k = -1;
      if (k > 0 && toks[k]?.lower === 'that') k++;
      // …and only with a stance of its own ("would not negotiate", "fully supports"), not a charge
      // against it ("said Juba owed more than $300 million").
      const stanceAt = (x: Mention) => (/^["“”]$/.test(toks[x.end]?.text ?? '') ? x.end + 1 : x.end);
      const own = k > 0 ? mentions.find((x) => x.start === k && x.kind === 'country' && x.form === 'capital' && !x.possessive && OWN_STANCE.test(toks[stanceAt(x)]?.lower ?? '')) : undefined;
      if (own) link(person, resolve(own)[0], 'speaks-of-own-capital');
    }
    // "Ozdemir told reporters in Ankara": a government official the text has not placed, speaking in a
    // capital, speaks for its state. Never a diplomat, whose post is abroad, nor anyone on a visit, nor a
    // person the actor dictionary places.
    if (!person.upTo && person.title && !DIPLOMATIC_TITLE.test(person.title) && !VISIT.test(sentence.text) && !dictionaryBody(person, ctx.published)) {
      let k = m.end;
      if (toks[k]?.text === ',') k = toks.findIndex((t, j) => j > k && t.text === ',') + 1;
      if (k > 0 && /^(?:told|said|says|spoke|speaking)$/.test(toks[k]?.lower ?? '')) {
        const where = mentions.find((x) => x.start > k && x.start <= k + 4 && toks[x.start - 1]?.lower === 'in' && (x.kind === 'place' || (x.kind === 'country' && x.form === 'capital')) && x.entity);
        const state = where?.kind === 'place' ? countryOfCapital(where.entity!.name, registry) : where ? resolve(where)[0] : undefined;
        if (state) link(person, state, 'speaks-in-capital');
      }
    }
    // The UN's Secretary-General needs no qualifier.
    if (!person.upTo && m.titleRole === 'un' && /secretary/i.test(person.title ?? '')) {
      link(person, registry.get('Organization', 'United Nations'), 'un-secretary-general');
    }
  });
}

function appositive(
  sentence: Sentence,
  mentions: Mention[],
  idx: number,
  resolve: (m: Mention) => Entity[],
  link: (p: Entity, to: Entity | undefined, rule: string) => void,
): void {
  const toks = sentence.tokens;
  const m = mentions[idx]!;
  const start = m.end + 1;
  let end = start;
  while (end < toks.length && ![',', '.', ';', ':', '—'].includes(toks[end]!.text) && !['said', 'told', 'says', 'added', 'who', 'which'].includes(toks[end]!.lower)) end++;
  const span = toks.slice(start, end);
  if (!span.some((t) => isTitleToken(t.lower))) return;
  // ("X, telephoned his Qatari counterpart, …", "X, spoke by phone with …": an apposition opens on a determiner,
  // a possessive, a name or a title, never on a verb.)
  const opener = span[0];
  if (!opener || !(/^(?:a|an|the|his|her|its|their)$/.test(opener.lower) || /^[\p{Lu}]/u.test(opener.text) || isTitleToken(opener.lower) || RANK_WORDS.test(opener.lower))) return;
  const inside = mentions.filter((x) => x.start >= start && x.end <= end && ['country', 'org', 'anaphor', 'person'].includes(x.kind));
  // "spokesperson for the Russian Foreign Ministry" / "commander of the IRGC": the body after for/of wins.
  const first = inside[0];
  // "Pakistan's envoy to the United Nations": the state comes first and wins.
  const leadsWithState = first && first.possessive && first.kind === 'country' && first.start <= start + 1;
  // ("the US envoy for Syria": a state after "for" is where the envoy is posted, not whom they serve.)
  const postedTo = (x: Mention) => x.kind === 'country' && (toks[x.start - 1]?.lower === 'for' || toks[x.start - 2]?.lower === 'for');
  const body = leadsWithState ? undefined : inside.find((x) => (['for', 'of'].includes(toks[x.start - 1]?.lower ?? '') || ['for', 'of'].includes(toks[x.start - 2]?.lower ?? '')) && !postedTo(x));
  // ("the US envoy for Syria": a state qualifying the title at the head of the apposition.)
  const target = body ?? (first && (first.possessive || first.kind === 'org' || first.form === 'demonym' || (first.kind === 'country' && first.start <= start + 1 && !postedTo(first))) ? first : undefined);
  if (!target) return;
  let to = resolve(target)[0];
  if (to?.type === 'Person') to = to.upTo;
  link(m.entity!, to, 'apposition');
  // The apposition's words are the person's title: "the kingdom's minister of state for foreign affairs".
  const person = m.entity!;
  if (!person.title) {
    const words = span.map((t) => t.text).filter((w) => !/^(?:a|an|the|'s)$/i.test(w));
    const firstTitle = words.findIndex((w) => isTitleToken(w.toLowerCase()));
    if (firstTitle >= 0) person.title = words.slice(firstTitle).join(' ');
  }
}

/** The country or body a sentence opens on: "In Tehran, …", "At the United Nations, …". */
function leadingSetting(sentence: Sentence, mentions: Mention[], resolve: (m: Mention) => Entity[], registry: EntityRegistry): Entity | undefined {
  const toks = sentence.tokens;
  if (!['in', 'at', 'from'].includes(toks[0]?.lower ?? '')) return undefined;
  const m = mentions[0];
  if (!m || m.start > 2 || toks[m.end]?.text !== ',') return undefined;
  if (m.kind === 'org' || m.kind === 'country') return resolve(m)[0];
  if (m.kind === 'place' && m.entity) return countryOfCapital(m.entity.name, registry);
  return undefined;
}

function sectionEntity(label: string, registry: EntityRegistry): Entity | undefined {
  const hit = gazetteer().phrases.get(label.toLowerCase())?.[0];
  if (hit?.kind === 'country') return registry.get('Country', hit.country.name);
  if (hit?.kind === 'org') return registry.get('Organization', hit.org.name);
  return undefined;
}

/**
 * "The United States was represented by its deputy ambassador, X", "Britain,
 * which leads …, said through its ambassador, X": "its" is the state or body
 * the sentence opened on, when it opened on one before the person.
 */
function sentenceSubject(mentions: Mention[], person: Mention, resolve: (m: Mention) => Entity[]): Entity | undefined {
  const first = mentions.find((x) => x.start < person.start && (x.kind === 'country' || x.kind === 'org') && !x.possessive && !x.qualifier);
  return first && first.start <= 2 ? resolve(first)[0] : undefined;
}

/** The state whose capital a place name is ("Tokyo" → Japan). */
export function countryOfCapital(name: string, registry: EntityRegistry, create = true): Entity | undefined {
  const hit = gazetteer().phrases.get(name.toLowerCase())?.find((h) => h.kind === 'country' && h.form === 'capital');
  if (hit?.kind !== 'country') return undefined;
  return create ? registry.get('Country', hit.country.name) : registry.find('Country', hit.country.name);
}

/**
 * A wire story's "Prime Minister X" with no country anywhere in the article
 * is the host's: the state whose capital heads the dateline ("ADDIS ABABA,
 * March 3 (Reuters) -"). Only heads of government and ministers: envoys and
 * spokespeople are as often foreign as local.
 */
export function affiliateWithDateline(sentences: Sentence[], registry: EntityRegistry): void {
  const lead = sentences.find((s) => s.dateline);
  const unaffiliated = registry.persons().filter((p) => !p.upTo && (p.role === 'head' || p.role === 'minister'));
  if (!lead || !unaffiliated.length) return;
  const host = countryOfCapital(lead.dateline!.split('/')[0]!.trim(), registry, false);
  if (!host) return;
  for (const p of unaffiliated) {
    p.upTo = host;
    p.upEvidence = { sentence: lead.index, rule: 'dateline-host' };
  }
}

const OWN_STANCE = /^(?:would|will|could|cannot|can|fully|firmly|supports|backs|stands|stood|remains|remained|wants|wanted|does|did|has|rejects|recognises|recognizes|is|was)$/;

const PLURAL_TITLE = /^(?:ministers|foreign ministers|leaders|envoys|ambassadors|presidents|prime ministers|spokesmen|spokespeople|negotiators|representatives|counterparts|chiefs)$/;

/**
 * Two people named together for two sides, in order: "Their foreign
 * ministers, A and B" (the sides as last named), "A and B, the American and
 * Chinese ambassadors" (the demonyms after them).
 */
function respectively(
  sentence: Sentence,
  mentions: Mention[],
  resolve: (m: Mention) => Entity[],
  link: (p: Entity, to: Entity | undefined, rule: string) => void,
  sides: Entity[] | undefined,
): void {
  const toks = sentence.tokens;
  const pairs: Array<[Mention, Mention]> = [];
  mentions.forEach((m, k) => {
    const n = mentions[k + 1];
    if (m.kind === 'person' && n?.kind === 'person' && toks[m.end]?.lower === 'and' && n.start === m.end + 1) pairs.push([m, n]);
  });
  for (const [a, b] of pairs) {
    // "Their foreign ministers, A and B"
    const lead = toks.slice(Math.max(0, a.start - 5), a.start).map((t) => t.lower).join(' ');
    const their = /\btheir\s+([a-z ]+?)\s*,$/.exec(lead);
    if (their && PLURAL_TITLE.test(their[1]!) && sides?.length === 2) {
      link(a.entity!, sides[0], 'respective-sides');
      link(b.entity!, sides[1], 'respective-sides');
      continue;
    }
    // "A and B, the American and Chinese ambassadors to Malaysia"
    if (toks[b.end]?.text !== ',') continue;
    const after = mentions.filter((x) => x.start > b.end && x.start <= b.end + 5 && x.kind === 'country');
    const [c1, c2] = after;
    if (!c1 || !c2 || toks[c1.end]?.lower !== 'and' || c2.start !== c1.end + 1) continue;
    const head = toks.slice(c2.end, c2.end + 2).map((t) => t.lower);
    if (!PLURAL_TITLE.test(head[0] ?? '') && !PLURAL_TITLE.test(head.join(' '))) continue;
    link(a.entity!, resolve(c1)[0], 'respective-apposition');
    link(b.entity!, resolve(c2)[0], 'respective-apposition');
  }
}

/** "Chile's foreign minister did not mince words", "His foreign minister was less restrained": an office with no name after it. */
function holderlessOffice(sentence: Sentence, mentions: Mention[], resolve: (m: Mention) => Entity[], principal: Entity | undefined, registry: EntityRegistry): { to: Entity; title: string } | undefined {
  const toks = sentence.tokens;
  // "a rebuke from the head of UN peacekeeping.", "The secretary-general, according to …"
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'the' || !isTitleToken(toks[k + 1]!.lower)) continue;
    if (mentions.some((m) => m.kind === 'person' && m.start >= k && m.start <= k + 4)) continue;
    if (/^secretary-general$/.test(toks[k + 1]!.lower) && /^(?:,|said|says)$/.test(toks[k + 2]!.lower)) {
      return { to: registry.get('Organization', 'United Nations'), title: 'Secretary-General' };
    }
    const body = toks[k + 2]!.lower === 'of' ? mentions.find((m) => (m.kind === 'org' || m.kind === 'country') && m.start === k + 3) : undefined;
    if (body && ['.', ','].includes(toks[body.end + 1]?.text ?? toks[body.end]?.text ?? '')) {
      const to = resolve(body)[0];
      if (to) return { to, title: toks[k + 1]!.text };
    }
  }
  // "The Uzbek president telephoned …": a demonym's office, named later ("Shavkat Mirziyoyev offered …").
  const opening = mentions[0];
  if (opening?.kind === 'anaphor' && opening.start === 0 && opening.word?.includes('|')) {
    const [head, state] = opening.word.split('|') as [string, string];
    const named = registry.persons().some((p) => countryOf(p)?.name === state && new RegExp(head, 'i').test(p.title ?? ''));
    if (isTitleToken(head) && !named) return { to: registry.get('Country', state), title: head };
  }
  for (let k = 0; k + 1 < toks.length; k++) {
    const his = /^(?:his|her)$/.test(toks[k]!.lower) && k <= 1;
    const owner = toks[k + 1]?.text === "'s" ? mentions.find((m) => (m.kind === 'country' || m.kind === 'org') && m.end === k + 1 && m.start <= 2) : undefined;
    if (!his && !owner) continue;
    const start = his ? k + 1 : k + 2;
    // The words up to the last title word within three: "foreign minister", "deputy foreign minister".
    let t = start;
    for (let j = start; j < Math.min(toks.length, start + 3) && /^[a-z]+$/.test(toks[j]!.text); j++) if (isTitleToken(toks[j]!.lower)) t = j + 1;
    const title = toks.slice(start, t).map((x) => x.text).join(' ');
    if (t === start || mentions.some((m) => m.kind === 'person' && m.start >= start && m.start <= t + 1)) continue;
    const to = owner ? resolve(owner)[0] : principal ? (countryOf(principal) ?? principal.upTo) : undefined;
    if (to) return { to, title };
  }
  return undefined;
}
