// Words that point back: pronouns, "the ministry", "the Saudi minister",
// "both sides", "the two nuclear-armed neighbours".
import type { Token } from '../sentences/tokens.js';
import { GROUP_NOUNS } from './words.js';
import { matchGazetteer, type Mention } from './mention.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'him', 'her', 'them', 'us', 'i']);

const ANAPHOR_HEADS = new Set(['ministry', 'department', 'committee', 'council', 'statement', 'secretary', 'secretary-general', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'country', 'kingdom', 'government', 'embassy', 'office', 'presidency', 'army', 'military', 'envoy', 'ambassador', 'president', 'premier', 'chancellor', 'leader', 'junta', 'militia',
  // Heads that name a kind of international body ("the bloc", "the mission", "the court").
  'bloc', 'alliance', 'mission', 'commission', 'agency', 'court', 'union', 'organization', 'organisation', 'assembly', 'parliament']);

/** Words of an office before its head ("the foreign minister", "the deputy secretary"). */
const TITLE_MODIFIERS = /^(?:foreign|prime|defence|defense|deputy|vice|interior|top|chief|senior|special)$/;
const OFFICE_HEADS = /^(?:minister|secretary|secretary-general|envoy|ambassador|president|spokesman|spokeswoman|spokesperson|diplomat)$/;

/** Kinds of government, lower-case: "the transitional government". */
const GOVERNMENT_KINDS = /^(?:transitional|interim|military|caretaker|federal|central|national|civilian|ruling|new)$/;

const PARTY_QUALIFIERS = /^(?:warring|relevant|concerned|involved|conflicting|opposing|rival|belligerent)$/;

/** Words a state is called by in place of its name ("the emirate", "the Gulf state", "the island nation"). */
const EPITHET_HEADS = new Set(['emirate', 'sultanate', 'principality', 'archipelago', 'city-state', 'island nation', 'island state', 'gulf state', 'gulf nation', 'gulf monarchy', 'himalayan nation', 'himalayan kingdom', 'african nation', 'balkan state', 'balkan nation', 'baltic state', 'baltic nation', 'caribbean nation', 'pacific nation', 'landlocked nation', 'landlocked country']);

/** "both sides", "the two nuclear-armed neighbours", "all involved parties", "every party". */
export function matchGroupReference(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!.lower;
  // "urging both to give the talks time", "told both of them": "both" standing alone for the two sides.
  if (t === 'both' && (['to', 'of'].includes(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.text === ',') && i > 0 && /^[a-z]+(?:ing|ed|s)?$/.test(tokens[i - 1]!.text)) {
    const end = tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'them' ? i + 3 : i + 1;
    return { start: i, end, kind: 'group', word: 'sides', possessive: false };
  }
  // "the members said they were gravely concerned": the body the article's members belong to.
  if (t === 'the' && tokens[i + 1]?.lower === 'members' && !/^(?:of|who|whose)$/.test(tokens[i + 2]?.lower ?? '')) return { start: i, end: i + 2, kind: 'anaphor', word: 'members', possessive: false };
  // "called on members to settle their differences", "urged member states to": the body whose members they are.
  if (t === 'members' || (t === 'member' && tokens[i + 1]?.lower === 'states')) {
    const end = t === 'member' ? i + 2 : i + 1;
    const k = /^(?:all|its|fellow|the)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    if (tokens[end]?.lower === 'to' && /^(?:on|upon|urged|urging|urges|asked|asking|asks|pressed|encouraged)$/.test(tokens[k]?.lower ?? '')) return { start: i, end, kind: 'anaphor', word: 'members', possessive: false };
  }
  // "Libya's rival authorities", "the warring factions": the two sides.
  if (PARTY_QUALIFIERS.test(t) && /^(?:authorities|governments|administrations|factions)$/.test(tokens[i + 1]?.lower ?? '')) return { start: i, end: i + 2, kind: 'group', word: 'parties', possessive: false };
  // "calling on all concerned", "all those concerned": the parties, not anyone's concern.
  if (t === 'all' && tokens[i + 1]?.lower === 'concerned') return { start: i, end: i + 2, kind: 'group', word: 'parties', possessive: false };
  if (t === 'all' && tokens[i + 1]?.lower === 'those' && tokens[i + 2]?.lower === 'concerned') return { start: i, end: i + 3, kind: 'group', word: 'parties', possessive: false };
  const counted = countedGroup(tokens, i);
  if (counted) return counted;
  let j = i;
  if (t === 'both' || t === 'all' || t === 'every' || t === 'each') j++;
  else if (t === 'the' && tokens[i + 1]?.lower === 'two') j += 2;
  // "the parties", "the relevant parties", "the warring sides"
  else if (t === 'the' && (tokens[i + 1]?.lower === 'parties' || (PARTY_QUALIFIERS.test(tokens[i + 1]?.lower ?? '') && /^(?:parties|sides)$/.test(tokens[i + 2]?.lower ?? '')))) j++;
  else return undefined;
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'two') j++;
  let k = j;
  while (k < j + 3 && tokens[k] && !GROUP_NOUNS.has(tokens[k]!.lower) && /^[a-z-]+$/.test(tokens[k]!.text)) k++;
  if (!tokens[k] || !GROUP_NOUNS.has(tokens[k]!.lower)) {
    // "the two" alone, as in "between the two"
    if (t === 'the' && tokens[i + 1]?.lower === 'two' && !/^[a-z]/.test(tokens[i + 2]?.text ?? 'X')) return { start: i, end: i + 2, kind: 'group', word: 'the two', possessive: false };
    return undefined;
  }
  // "both ministers" stand for the sides; "the two ministers" are the two people just named (a pronoun's job).
  if (tokens[k]!.lower === 'ministers' && t !== 'both') return undefined;
  // "both countries'" but not "all countries" in a general sense: "all" needs parties/sides.
  if ((t === 'all' || t === 'every' || t === 'each') && !['sides', 'parties', 'party', 'side'].includes(tokens[k]!.lower)) return undefined;
  return { start: i, end: k + 1, kind: 'group', word: tokens[k]!.lower, possessive: false };
}

const COUNTS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** Heads a counted group of states or bodies goes by. */
const COUNTED_HEADS = /^(?:countries|nations|states|members|governments|powers|signatories|sponsors|co-sponsors|allies|neighbours|neighbors|capitals|partners|mediators)$/;

/**
 * "the three countries", "The ten elected members": a group counted, not named. It stands for the last
 * list of that many actors the article gave, so the word records the count.
 */
function countedGroup(tokens: Token[], i: number): Mention | undefined {
  if (tokens[i]!.lower !== 'the') return undefined;
  const n = COUNTS[tokens[i + 1]?.lower ?? ''] ?? (/^\d+$/.test(tokens[i + 1]?.text ?? '') ? Number(tokens[i + 1]!.text) : 0);
  if (n < 3) return undefined;
  let k = i + 2;
  while (k < i + 4 && /^[a-z-]+$/.test(tokens[k]?.text ?? '') && !COUNTED_HEADS.test(tokens[k]!.lower)) k++;
  if (!COUNTED_HEADS.test(tokens[k]?.lower ?? '')) return undefined;
  // ("the three countries' foreign ministers" are people, not the states.)
  if (tokens[k + 1]?.text === "'" || tokens[k + 1]?.lower === 'of') return undefined;
  return { start: i, end: k + 1, kind: 'group', word: `count:${n}`, possessive: false };
}

/** "the ministry", "the statement", "the Saudi minister", "his country". */
export function matchAnaphor(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!.lower;
  if (!['the', 'his', 'her', 'its', 'their'].includes(t)) return undefined;
  let j = i + 1;
  let qualifier: string | undefined;
  const gzm = matchGazetteer(tokens, j);
  if (gzm?.hits[0]?.kind === 'country' && gzm.hits[0].form === 'demonym') {
    qualifier = gzm.hits[0].country.name;
    j = gzm.end;
  }
  // "the small gas-rich emirate", "the Gulf state", "the island nation": an epithet for a state.
  if (!qualifier && t === 'the') {
    let k = j;
    while (k < j + 3 && /^[a-z-]+$/.test(tokens[k]?.text ?? '') && !EPITHET_HEADS.has(tokens[k]!.lower)) k++;
    const two = `${tokens[k]?.lower ?? ''} ${tokens[k + 1]?.lower ?? ''}`;
    if (EPITHET_HEADS.has(two)) return { start: i, end: k + 2, kind: 'anaphor', word: `epithet|${two}`, possessive: false };
    if (EPITHET_HEADS.has(tokens[k]?.lower ?? '') && !/^[A-Z]/.test(tokens[k + 1]?.text ?? 'x')) return { start: i, end: k + 1, kind: 'anaphor', word: `epithet|${tokens[k]!.lower}`, possessive: false };
  }
  // "the foreign minister", "the prime minister": the words of an office before its head.
  let m = j;
  while (m < j + 2 && TITLE_MODIFIERS.test(tokens[m]?.lower ?? '') && /^[a-z]/i.test(tokens[m]!.text)) m++;
  const office = m > j && OFFICE_HEADS.test(tokens[m]?.lower ?? '') ? tokens.slice(j, m + 1).map((x) => x.lower).join(' ') : undefined;
  // (Only "the": "his foreign minister" is the principal's official, and a name after the office is its holder.)
  // ("Toktomushev, the Kyrgyz foreign minister, said": in apposition to a name, the office is that person's.)
  const apposition = tokens[i - 1]?.text === ',' && /^[A-Z]/.test(tokens[i - 2]?.text ?? '');
  if (office && t === 'the' && !apposition && !/^[A-Z]/.test(tokens[m + 1]?.text ?? '') && !(tokens[m + 1]?.text === ',' && /^[A-Z]/.test(tokens[m + 2]?.text ?? ''))) {
    return { start: i, end: m + 1, kind: 'anaphor', word: qualifier ? `${office}|${qualifier}` : office, possessive: false };
  }
  // "the transitional government", "the military junta": a kind of government is still the government.
  if (t === 'the' && GOVERNMENT_KINDS.test(tokens[j]?.text ?? '') && /^(?:government|junta)$/.test(tokens[j + 1]?.lower ?? '')) j++;
  const w = tokens[j]?.lower;
  if (!w || !ANAPHOR_HEADS.has(w)) return undefined;
  // "the Emirati ambassador, Mohamed Abushahab,": an office in apposition to its holder's name points nowhere.
  // ("Its spokesman, Peshawa Hawrami," likewise: the office is the name's.)
  if (OFFICE_HEADS.test(w) && tokens[j + 1]?.text === ',' && /^[A-Z]/.test(tokens[j + 2]?.text ?? '')) return undefined;
  // "the Council for National Renewal" is a name, not "the council" again.
  if (/^[A-Z]/.test(tokens[j]!.text) && ['for', 'of'].includes(tokens[j + 1]?.lower ?? '') && /^[A-Z]/.test(tokens[j + 2]?.text ?? '')) return undefined;
  // "the ministry's spokesman" keeps going in the caller; the anaphor is the head alone.
  // "his country", "her government": the state of the person the pronoun stands for.
  const owner = t === 'his' || t === 'her' ? t : undefined;
  return { start: i, end: j + 1, kind: 'anaphor', word: qualifier ? `${w}|${qualifier}` : w, possessive: false, owner };
}
