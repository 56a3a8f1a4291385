// Word and punctuation tokens with their character offsets. Names keep their
// inner hyphens and apostrophes ("Jaish-e-Mohammed", "N'Djamena"); the
// possessive "'s" is its own token so "Pakistan's" is a country plus a mark.
export interface Token {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an acronym / digit-led name like "M23"). */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|'s\b|’s\b|[^\s\p{L}\p{N}]/gu;
const ABBREVIATED = /^(?:[A-Z]\.)+[A-Z]?$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Cmdr|Gov|Sen|Rep|St|Jr|Sr|No|Prof|Rev|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Ltd|Co|Corp)$/;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index!;
    // A trailing period belongs to the word only for abbreviations ("U.S.", "Gen.").
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATED.test(t.slice(0, -1)) && !/^(?:[A-Za-z]\.)+$/.test(t)) {
      pushToken(out, t.slice(0, -1), start + offset);
      pushToken(out, '.', start + offset + t.length - 1);
      continue;
    }
    // "Pakistan's" → "Pakistan" + "'s"
    const poss = /^(.+?)['’]s$/.exec(t);
    if (poss && poss[1]!.length > 0 && /[\p{L}\p{N}]$/u.test(poss[1]!)) {
      pushToken(out, poss[1]!, start + offset);
      pushToken(out, "'s", start + offset + poss[1]!.length);
      continue;
    }
    pushToken(out, t, start + offset);
  }
  return out;
}

function pushToken(out: Token[], text: string, start: number): void {
  const first = text.charAt(0);
  out.push({
    text,
    lower: text.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    cap: first !== first.toLowerCase() || /^[0-9]+[A-Z]/.test(text),
  });
}
