// The parts of a question that narrow any answer rather than choose the query:
// a conflict ("in the Thailand–Cambodia conflict") and dates ("since May 8,
// 2025", "between 2025-06-01 and 2025-06-30"). Pure: no store access here.

export interface Modifiers {
  /** The question without its modifiers. */
  rest: string;
  /** The conflict's parties as written ("Thailand", "Cambodia"). */
  conflict?: string[];
  from?: string;
  to?: string;
  /** The modifiers in words, for messages. */
  understood: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A day: 2025-05-08, May 8, 2025, 8 May 2025. */
const DAY = String.raw`(\d{4}-\d{2}-\d{2}|${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH},? \d{4})`;
const MONTH_OF_YEAR = String.raw`(${MONTH},? \d{4})`;

function monthNumber(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO day from any DAY form. */
export function isoDay(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const words = text.replace(',', '').split(' ');
  const [a, b, year] = words as [string, string, string];
  const [month, day] = /^\d/.test(a) ? [monthNumber(b), Number(a)] : [monthNumber(a), Number(b)];
  return `${year}-${pad(month)}-${pad(day)}`;
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthRange(text: string): [string, string] {
  const [m, y] = text.replace(',', '').split(' ') as [string, string];
  const month = monthNumber(m);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return [`${y}-${pad(month)}-01`, `${y}-${pad(month)}-${pad(last)}`];
}

type DateRule = [RegExp, (m: RegExpExecArray) => { from?: string; to?: string }];

const DATE_RULES: DateRule[] = [
  [new RegExp(` (?:between|from) ${DAY} (?:and|to|until) ${DAY}$`, 'i'), (m) => ({ from: isoDay(m[1]!), to: isoDay(m[2]!) })],
  [new RegExp(` (?:since|from) ${DAY}$`, 'i'), (m) => ({ from: isoDay(m[1]!) })],
  [new RegExp(` after ${DAY}$`, 'i'), (m) => ({ from: shiftDay(isoDay(m[1]!), 1) })],
  [new RegExp(` (?:until|till|up to) ${DAY}$`, 'i'), (m) => ({ to: isoDay(m[1]!) })],
  [new RegExp(` before ${DAY}$`, 'i'), (m) => ({ to: shiftDay(isoDay(m[1]!), -1) })],
  [new RegExp(` on ${DAY}$`, 'i'), (m) => ({ from: isoDay(m[1]!), to: isoDay(m[1]!) })],
  [new RegExp(` in ${MONTH_OF_YEAR}$`, 'i'), (m) => {
    const [from, to] = monthRange(m[1]!);
    return { from, to };
  }],
];

const CONFLICT_NOUN = String.raw`(?:conflict|war|crisis|clashes|fighting|standoff|dispute|confrontation|hostilities)`;
const CONFLICT_RULES: RegExp[] = [
  new RegExp(` (?:in|during|over|about|on) the ${CONFLICT_NOUN} between (.+?) and (.+)$`, 'i'),
  new RegExp(` (?:in|during|over|about|on) the (.+?) ${CONFLICT_NOUN}$`, 'i'),
];

/** The parties of "India–Pakistan", "Israel-Iran", "Thailand and Cambodia". */
export function splitParties(text: string): string[] | null {
  const t = text.trim().replace(/^the /i, '');
  for (const sep of [/\s*[\u2013\u2014/]\s*/, /\s+(?:and|vs\.?|versus)\s+/i, /-/]) {
    const parts = t.split(sep).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 2) return parts;
  }
  return null;
}

export function modifiers(question: string): Modifiers {
  let rest = question;
  const out: Modifiers = { rest, understood: [] };
  for (let changed = true; changed;) {
    changed = false;
    for (const [re, dates] of DATE_RULES) {
      const m = re.exec(rest);
      if (!m) continue;
      Object.assign(out, dates(m));
      rest = rest.slice(0, m.index);
      changed = true;
    }
    for (const re of CONFLICT_RULES) {
      const m = re.exec(rest);
      const parties = m && (m.length > 2 ? [m[1]!, m[2]!] : splitParties(m[1]!));
      if (!m || !parties) continue;
      out.conflict = parties;
      rest = rest.slice(0, m.index);
      changed = true;
    }
  }
  if (out.conflict) out.understood.push(`in the conflict between ${out.conflict.map((p) => `"${p}"`).join(' and ')}`);
  if (out.from || out.to) out.understood.push(out.from && out.to ? `dated ${out.from} to ${out.to}` : out.from ? `dated from ${out.from}` : `dated up to ${out.to}`);
  return { ...out, rest };
}
