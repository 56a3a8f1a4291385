// Finds what a sentence names: countries (by name, demonym or capital),
// bodies, titled persons, operations, events, treaties, places, and the
// words that point back at them ("she", "the ministry", "both sides").
// Each kind has its matcher module; this loop tries them in order at each token.
import type { Sentence } from '../sentences/split-sentences.js';
import { gazetteer } from './gazetteer.js';
import { HONORIFICS } from './lexicon/titles.js';
import { capWord, matchGazetteer, textOf, type Mention, type MentionContext } from './mention.js';
import { coordinatedBodies, linkOrganization, matchCountryPair, matchGovernmentBody, matchSettingBody } from './match-bodies.js';
import { matchTreaty } from './match-treaties.js';
import { matchDatedEvent, matchOpNoun, matchTreatyNoun, matchPlacedIncident } from './match-incidents.js';
import { matchAnaphor, matchGroupReference, PRONOUNS } from './match-references.js';
import { isCollectivePossessive, matchCapitalizedRun, matchListedPlace, matchPortfolioTitle, matchTitledPerson, orgNameTail, writtenOutBody } from './match-names.js';
import { FUNCTION_WORDS, LOCATIVE, MONTHS, ORG_HEADS } from './words.js';
import { matchCityRun, placeByContext } from './place-context.js';

export type { Mention, MentionContext, MentionKind } from './mention.js';

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

    // Operation <Name>; "the operation, codenamed Claw-Thunder"
    // ("an operation it named Northern Arrows", "the offensive, called Iron Wall": a name given after the operation noun.)
    const named = /^(?:named|called)$/.test(tokens[i - 1]?.lower ?? '') && tokens.slice(Math.max(0, i - 4), i - 1).some((x) => /^(?:operation|offensive|campaign)$/.test(x.lower));
    const codename = (/^(?:codenamed|code-named|dubbed)$/.test(tokens[i - 1]?.lower ?? '') || named) && capWord(t);
    if ((t.text === 'Operation' && capWord(tokens[i + 1])) || codename) {
      let end = i + 1;
      // "Operation Summit of Fire", "Operation Guardian of the Walls"
      const connector = (k: number) => (tokens[k]!.lower === 'of' && (capWord(tokens[k + 1]) || (tokens[k + 1]?.lower === 'the' && capWord(tokens[k + 2])))) || (tokens[k]!.lower === 'the' && tokens[k - 1]?.lower === 'of');
      while (end < tokens.length && (capWord(tokens[end]) || (tokens[end]!.text === '-' && capWord(tokens[end + 1])) || connector(end))) end++;
      const bare = textOf(sentence, codename ? i : i + 1, end).replace(/\s*-\s*/g, '-');
      const op = registry.get('Operation', codename ? bare : textOf(sentence, i, end).replace(/\s*-\s*/g, '-'));
      registry.alias(op, codename ? `Operation ${bare}` : bare);
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

    const body = matchGovernmentBody(sentence, t.lower === 'the' ? i + 1 : i, registry) ?? matchSettingBody(sentence, i, registry, ctx.setting, ctx.subjectState);
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

    const portfolio = capWord(t) ? matchPortfolioTitle(tokens, i) : undefined;
    const portfolioHolder = portfolio && matchTitledPerson(sentence, i, portfolio, 'minister', registry);
    if (portfolioHolder) {
      push(portfolioHolder);
      continue;
    }

    const gzm = matchGazetteer(tokens, i);
    if (gzm) {
      const hit = gzm.hits[0]!;
      if (hit.kind === 'country') {
        const c = hit.country;
        const prev = tokens[i - 1]?.lower;
        // ("ethnic Albanians in south Serbia": an ethnic group, not a state.)
        if (hit.form === 'demonym' && prev === 'ethnic') {
          i = gzm.end;
          continue;
        }
        // "diplomats in Tashkent" is a place; "the authorities in Niamey" are the state.
        const governing = /^(?:authorities|government|leadership|rulers|junta|regime)$/.test(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.lower === 'the';
        // ("in eastern Caracas", "in central Kyiv": a part of the city is a place too.)
        const part = /^(?:eastern|western|northern|southern|central|downtown|north|south|east|west|greater)$/.test(prev ?? '') && (LOCATIVE.has(tokens[i - 2]?.lower ?? '') || /^(?:hit|hits|struck|strikes|attacked|shelled|bombed|targeted|across)$/.test(tokens[i - 2]?.lower ?? ''));
        // ("across southern Lebanon", "in northern Iraq": a region of a state, written in lower case, is a place.)
        if (part && hit.form === 'name' && /^[a-z]/.test(tokens[i - 1]!.text)) {
          const region = registry.get('Place', textOf(sentence, i - 1, gzm.end));
          push({ start: i - 1, end: gzm.end, kind: 'place', entity: region });
          continue;
        }
        const locative = hit.form === 'capital' && ((prev !== undefined && LOCATIVE.has(prev) && !/^the$/.test(prev)) || part || placeByContext(tokens, i)) && !governing;
        if (locative) {
          const place = registry.get('Place', textOf(sentence, i, gzm.end));
          push({ start: i, end: gzm.end, kind: 'place', entity: place });
          continue;
        }
        // "Jordan county", "the state of Georgia": a namesake, not the country.
        const after = sentence.tokens[gzm.end]?.lower ?? '';
        const before = sentence.tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower).join(' ');
        const afterPossessive = sentence.tokens[gzm.end]?.text === "'s" ? (sentence.tokens[gzm.end + 1]?.lower ?? '') : after;
        if (/^(?:county|counties|parish|township)$/.test(after) || afterPossessive === 'state' || /\b(?:state|county|city) of$/.test(before) || (after === 'and' && /^count(?:y|ies)$/.test(sentence.tokens[gzm.end + 2]?.lower ?? ''))) {
          i = gzm.end;
          continue;
        }
        // "American Civil Liberties Union of Georgia", "Georgia Association of County Commissioners":
        // a body named with a demonym or a name, not one the state's government is known by.
        const bodyEnd = hit.form !== 'capital' ? namedBodyAfter(tokens, gzm.end) : undefined;
        if (bodyEnd) {
          push({ start: i, end: bodyEnd, kind: 'org', entity: registry.get('Organization', textOf(sentence, i, bodyEnd)) });
          continue;
        }
        const country = registry.get('Country', c.name, textOf(sentence, i, gzm.end));
        push({ start: governing ? i - 2 : i, end: gzm.end, kind: 'country', entity: country, form: hit.form });
        continue;
      }
      if (hit.kind === 'org') {
        const o = hit.org;
        // "the AU's Peace and Security Council": a longer name that ends like a listed body is another body.
        const from = i >= 2 && tokens[i - 1]!.lower === 'and' && capWord(tokens[i - 2]) && (out[out.length - 1]?.end ?? 0) <= i - 2 ? i - 2 : i;
        if (from < i) {
          const owner = out[out.length - 1];
          // "the AU's Peace and Security Council" / "the AU Peace and Security Council"
          const owned = owner?.kind === 'org' && owner.entity && ((owner.possessive && owner.end + 1 === from) || (!owner.possessive && owner.end === from));
          if (owned && !owner.possessive) out.pop();
          const start = owned && !owner.possessive ? owner.start : from;
          const other = registry.get('Organization', textOf(sentence, start, gzm.end));
          if (owned) linkOrganization(other, owner.entity!.name, undefined, registry, sentence);
          push({ start, end: gzm.end, kind: 'org', entity: other });
          continue;
        }
        // "South Korea's Joint Chiefs of Staff": a state body the lexicon knows for another state.
        const qualifier = out[out.length - 1];
        const qc = qualifier?.kind === 'country' && qualifier.entity && (qualifier.possessive ? qualifier.end + 1 === i : qualifier.end === i) ? gz.phrases.get(qualifier.entity.name.toLowerCase())?.find((h) => h.kind === 'country') : undefined;
        if (o.kind === 'government' && o.country && qc?.kind === 'country' && qc.country.code !== o.country) {
          const own = registry.get('Organization', `${gz.adjective(qc.country)} ${o.name}`, textOf(sentence, i, gzm.end));
          linkOrganization(own, undefined, qc.country.code, registry, sentence);
          push({ start: i, end: gzm.end, kind: 'org', entity: own });
          continue;
        }
        const org = registry.get('Organization', o.name, textOf(sentence, i, gzm.end));
        linkOrganization(org, o.partOf, o.country, registry, sentence);
        if (o.members && !org.members) org.members = o.members.map((code) => registry.get('Country', gz.byCode.get(code)!.name));
        push({ start: i, end: gzm.end, kind: 'org', entity: org });
        continue;
      }
      if (hit.kind === 'region') {
        // "the Tigray People's Liberation Front": a body named after its region.
        const regionBody = namedBodyAfter(tokens, gzm.end);
        if (regionBody) {
          push({ start: i, end: regionBody, kind: 'org', entity: writtenOutBody(sentence, i, regionBody, registry) });
          continue;
        }
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
    // "European Union leaders agreed … the leaders condemned": the body whose leaders were named.
    if (t.lower === 'the' && /^(?:leaders|ministers)$/.test(tokens[i + 1]?.lower ?? '') && !['of', 'from'].includes(tokens[i + 2]?.lower ?? '')) {
      push({ start: i, end: i + 2, kind: 'pronoun', word: 'collective' });
      i += 2;
      continue;
    }
    if (t.lower === 'the' && /^(?:two|three|four|five|six|seven|eight)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:ministers|foreign ministers|leaders|officials|envoys|diplomats|governments|countries)$/.test(tokens[i + 2]?.lower ?? '') && (tokens[i + 1]!.lower !== 'two' || !/^(?:countries|governments)$/.test(tokens[i + 2]!.lower))) {
      // ("The two countries" are the parties of the conflict; "the four countries" the states last named together.)
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

    const opnoun = matchOpNoun(sentence, i) ?? matchTreatyNoun(sentence, i, registry);
    if (opnoun) {
      push(opnoun);
      continue;
    }

    // "the Liberian-flagged tanker Aegean Star": a ship's name.
    if (capWord(t) && VESSEL_NOUNS.has(tokens[i - 1]?.lower ?? '')) {
      let end = i;
      while (end < tokens.length && end < i + 4 && (capWord(tokens[end]) || /^[IVX]+$|^\d+$/.test(tokens[end]!.text))) end++;
      (ctx.vessels ??= new Set()).add(textOf(sentence, i, end));
      i = end;
      continue;
    }
    const cityEnd = matchCityRun(tokens, i);
    if (cityEnd) {
      push({ start: i, end: cityEnd, kind: 'place', entity: registry.get('Place', textOf(sentence, i, cityEnd)) });
      continue;
    }
    // (a capitalized month's name may be a known person's surname: "May told parliament")
    if (capWord(t) || (HONORIFICS.has(t.lower) && capWord(tokens[i + 1])) || (t.cap && MONTHS.has(t.lower) && !/^\d/.test(tokens[i + 1]?.text ?? ''))) {
      const listed = matchListedPlace(sentence, i, out, registry);
      if (listed) {
        push(listed);
        continue;
      }
      const named = matchCapitalizedRun(sentence, i, registry, ctx.vessels, ctx.published);
      if (named) {
        // "UN Regional Centre for Preventive Diplomacy": a body named after the body it belongs to.
        const owner = out[out.length - 1];
        if (named.kind === 'org' && owner?.kind === 'org' && owner.end === named.start && !owner.possessive && owner.entity) {
          out.pop();
          const body = registry.get('Organization', textOf(sentence, owner.start, named.end));
          linkOrganization(body, owner.entity.name, undefined, registry, sentence);
          push({ ...named, start: owner.start, entity: body });
          continue;
        }
        push(named);
        continue;
      }
    }
    i++;
  }
  markQualifiers(out);
  // "Iran rejected the claims. Foreign Ministry spokesman X said …": the state a sentence opens on.
  const opening = out[0];
  if (opening?.kind === 'country' && opening.start <= 1 && opening.form !== 'demonym' && opening.entity) ctx.subjectState = registry.canonical(opening.entity).name;
  nameSelfStyledBodies(sentence, out, registry);
  return out;
}

/** "A junta calling itself the National Council for ...", "a militia known as X": the common noun is X's name too. */
function nameSelfStyledBodies(sentence: Sentence, mentions: Mention[], registry: MentionContext['registry']): void {
  const toks = sentence.tokens;
  for (const m of mentions) {
    if (m.kind !== 'org' || !m.entity) continue;
    let k = m.start - 1;
    if (toks[k]?.lower === 'the') k--;
    const cue = `${toks[k - 1]?.lower ?? ''} ${toks[k]?.lower ?? ''}`;
    if (cue !== 'calling itself' && cue !== 'known as' && cue !== 'styling itself') continue;
    const noun = toks[k - 2];
    if (noun && /^[a-z]+$/.test(noun.text) && !FUNCTION_WORDS.has(noun.lower)) registry.alias(m.entity, noun.lower);
  }
}

const VESSEL_NOUNS = new Set(['tanker', 'ship', 'vessel', 'freighter', 'carrier', 'destroyer', 'frigate', 'cutter', 'ferry', 'trawler', 'boat', 'submarine', 'corvette', 'cruiser', 'bulker', 'containership']);

/** Heads of bodies that are not the state's own: "Georgia Association", "Kenya Red Cross Society". */
const CIVIC_HEADS = new Set(['association', 'federation', 'league', 'society', 'foundation', 'institute', 'university', 'union']);

/** End of a capitalized body name right after a demonym ("Civil Liberties Union"), if one follows. */
function namedBodyAfter(tokens: Sentence['tokens'], from: number): number | undefined {
  const gz = gazetteer();
  let k = from;
  while (k < from + 6 && ((capWord(tokens[k]) && !gz.phrases.has(tokens[k]!.lower)) || (k > from && isCollectivePossessive(tokens, k)))) k++;
  const head = tokens[k - 1]?.lower ?? '';
  if (k - from < (CIVIC_HEADS.has(head) ? 1 : 2) || !ORG_HEADS.has(head)) return undefined;
  return orgNameTail(tokens, k);
}

function markQualifiers(mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1]!;
    if (next.kind !== 'person' || !['country', 'org', 'anaphor'].includes(m.kind)) continue;
    if ((next.titleRole && m.end === next.start) || (m.possessive && m.end + 1 === next.start)) m.qualifier = true;
  }
}
