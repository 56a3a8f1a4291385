// Reads a description of an event as analysts write it ("the US strikes on
// Iran's nuclear sites", "the ceasefire between India and Pakistan", "the
// terrorist attack in Pahalgam") into its head noun and the names that pin it
// down: who launched it, at whom, where, between whom. Pure: no store access.
import { splitParties } from './modifiers.js';

export type EventKind = 'attack' | 'ceasefire' | 'agreement' | 'clashes';

export interface Description {
  kind: EventKind;
  /** The head noun as written ("strikes"). */
  head: string;
  /** Words that name this kind of thing, as a regex source, for topics and sentences. */
  words: string;
  launcher?: string;
  target?: string;
  place?: string;
  parties?: string[];
}

const KINDS: [EventKind, RegExp, string][] = [
  ['attack', /\b(?:(?:air|missile|drone)[ -]?)?(?:strikes?|attacks?|raids?|bombings?|bombardment|assault|offensive|operation|campaign|shelling|airstrikes?)\b/i, String.raw`strikes?|attacks?|raids?|bomb\w*|airstrikes?|assault|offensive|shelling`],
  ['ceasefire', /\b(?:cease-?fire|truce|armistice)\b/i, String.raw`cease-?fires?|truce|armistice`],
  ['agreement', /\b(?:agreements?|deal|accord|treaty|declaration|pact|peace text)\b/i, String.raw`agreements?|deal|accord|treaty|declaration|pact|peace`],
  ['clashes', /\b(?:clashes|fighting|hostilities)\b/i, String.raw`clash\w*|fighting|hostilities`],
];

/** Words before the head noun that describe rather than name ("the deadly terrorist attack"). */
const DESCRIPTIVE = /^(?:the|a|an|this|that|recent|latest|last|new|first|deadly|terrorist|terror|military|nuclear|joint|overnight|unconditional|immediate|full|peace|border|cross-border|reported|alleged|\d+)$/i;

export function describe(phrase: string): Description | null {
  const text = phrase.trim().replace(/^(?:the|a|an) /i, '');
  for (const [kind, re, words] of KINDS) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index).trim().split(/\s+/).filter((w) => w && !DESCRIPTIVE.test(w));
    const after = text.slice(m.index + m[0].length).trim();
    const d: Description = { kind, head: m[0], words };
    if (before.length) d.launcher = before.join(' ').replace(/['\u2019]s$/i, '');
    readAfter(after, d);
    return d;
  }
  return null;
}

/** "on Iran by Israel in Pahalgam between India and Pakistan": each preposition its role. */
function readAfter(after: string, d: Description): void {
  const parts = after.split(/\s+(?=(?:on|against|by|in|at|near|between|of)\s)/i).filter(Boolean);
  for (const part of parts) {
    const m = /^(on|against|by|in|at|near|between|of)\s+(.+)$/i.exec(part.trim());
    if (!m) continue;
    const [prep, rest] = [m[1]!.toLowerCase(), m[2]!.replace(/^the /i, '')];
    if (prep === 'between') d.parties = splitParties(rest) ?? undefined;
    else if (prep === 'by') d.launcher = rest;
    else if (prep === 'in' || prep === 'at' || prep === 'near') d.place = rest;
    else d.target = rest;
  }
}

/** "Iran's nuclear sites" names Iran. */
export function possessor(name: string): string | null {
  const m = /^(.+?)['\u2019]s?\s+\S/.exec(name);
  return m ? m[1]! : null;
}
