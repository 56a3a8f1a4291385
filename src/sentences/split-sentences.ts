// Paragraphs and sentences with their offsets in the document. Datelines
// ("BEIJING, May 7 —") are cut off, and roundup labels ("IRAN — ...") are
// kept aside as the section a paragraph speaks about.
import { tokenize, type Token } from './tokens.js';

export interface Sentence {
  index: number;
  /** Offsets in the document text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  paragraph: number;
  /** First sentence of its paragraph. */
  opensParagraph: boolean;
  /** A title or heading line rather than running text. */
  heading: boolean;
  /** The roundup label of the paragraph ("UNITED NATIONS"), if any. */
  section?: string;
  /** The wire dateline cut off the paragraph's first sentence ("PRISTINA/BELGRADE"). */
  dateline?: string;
}

// "BEIJING, May 7 —", "PRISTINA/BELGRADE, April 9 (Reuters) -", "Kyiv: ".
const DATELINE = /^(?:([A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*)(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s+\([A-Za-z .&-]{2,30}\))?\s*(?:—|–|--|-|:)\s+|([A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+)/;
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al))*(?:\s*(?:,|and)\s*\p{Lu}[\p{L}.'’ -]*)?$/u;
const TIME_STAMP = /^(?:(?:FLASH|UPDATE|BREAKING|URGENT),?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|[A-Z]{2,4}))?\s*(?:—|–|--|-|:)\s+/;
const SECTION_LABEL = /^([A-Z][\p{L}'’ ,&-]{1,60}?)(?:\s+(?:—|–|--)|:)\s+(?=[A-Z"“])/u;
/** A header line of its own: "HAITI", "UNITED KINGDOM:", "European Union". */
const SECTION_HEADER = /^(?:[\p{Lu}][\p{Lu}'’&.-]*(?:[ /][\p{Lu}'’&.-]+){0,5}|(?:\p{Lu}[\p{Ll}'’-]+)(?: (?:of|the|and|\p{Lu}[\p{Ll}'’-]+)){0,3}):?$/u;
/** Agencies whose name signs a photo. */
const PHOTO_AGENCIES = String.raw`REUTERS|Reuters|AFP|AP|EPA|Getty Images|ANADOLU|Anadolu|XINHUA|Xinhua`;
const NAMES_PHOTO_AGENCY = new RegExp(String.raw`(?:${PHOTO_AGENCIES})\b`);
/** A photo credit at the end of a caption: "REUTERS/Jordan Lima", "Handout via REUTERS", "AFP/Getty Images". */
const PHOTO_CREDIT = new RegExp(String.raw`^(?:[\p{L} ]+\/)?(?:Handout via )?(?:${PHOTO_AGENCIES})(?:\/[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,3})?(?: via [\p{L} ]+)?$`, 'u');
const BOUNDARY = /([.!?…]+)(["”’')\]]*)\s+(?=["“‘(]?[A-Z0-9])/g;
const NO_BREAK_AFTER = /(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Gov|Sen|Rep|St|Jr|Sr|No|Prof|Rev|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|U\.S|U\.N|U\.K|E\.U)|(?:[A-Z]\.){1,3}[A-Z]?)$/;

export function splitSentences(text: string, bodyStart: number, title?: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const push: Push = (start, end, heading, opens, section, dateline) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const s = text.slice(start, end);
    // "REUTERS/Jordan Lima": a photo credit names a photographer, not a state or a speaker.
    if (s.length < 120 && NAMES_PHOTO_AGENCY.test(s) && PHOTO_CREDIT.test(s)) return;
    const sentence: Sentence = { index: out.length, start, end, text: s, tokens: tokenize(s, start), paragraph, opensParagraph: opens, heading, section };
    if (dateline) sentence.dateline = dateline;
    out.push(sentence);
  };
  if (title) {
    const at = text.indexOf(title);
    if (at >= 0 && at < bodyStart) {
      push(at, at + title.length, true, true);
      paragraph++;
    }
  }
  let lineStart = bodyStart;
  // A roundup's header line ("UNITED KINGDOM") names whom the paragraphs under it speak for, up to the next header.
  let header: string | undefined;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const firstBody = !out.some((x) => !x.heading);
    const line = text.slice(lineStart, lineEnd).trim();
    if (!firstBody && SECTION_HEADER.test(line)) header = line.replace(/:$/, '');
    const sectioned: Push = (start, end, heading, opens, section, dateline) => push(start, end, heading, opens, section ?? (heading ? undefined : header), dateline);
    splitParagraph(text, lineStart, lineEnd, sectioned, firstBody);
    if (text.slice(lineStart, lineEnd).trim() !== '') paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

type Push = (start: number, end: number, heading: boolean, opens: boolean, section?: string, dateline?: string) => void;

function splitParagraph(text: string, from: number, to: number, push: Push, firstBody: boolean): void {
  let line = text.slice(from, to);
  if (!/[\p{L}]/u.test(line)) return;
  // A byline ("By Chad Whitaker, Atlanta Courier") names the writer, not an actor.
  if (BYLINE.test(line.trim())) return;
  let start = from;
  let place: string | undefined;
  const dateline = DATELINE.exec(line);
  // "IRAN — Supreme Leader ..." after the lead is a roundup label, not a dateline.
  // ("United Kingdom: Prime Minister …" after the lead likewise.)
  const label = dateline && !firstBody && ((dateline[1] && /^[A-Z][A-Z ]+\s+(?:—|–|--)\s+$/.test(dateline[0])) || dateline[2]);
  if (dateline && !label && dateline[0].length < line.length && !/^[A-Z][a-z]+ [a-z]/.test(line)) {
    start += dateline[0].length;
    line = line.slice(dateline[0].length);
    place = dateline[1];
  }
  // "09:45 — …", "FLASH, 09:12 GMT — …": a live blog's time stamp, not text.
  const stamp = TIME_STAMP.exec(line);
  if (stamp && stamp[0].length < line.length) {
    start += stamp[0].length;
    line = line.slice(stamp[0].length);
  }
  let section: string | undefined;
  const sectionLabel = SECTION_LABEL.exec(line);
  if (sectionLabel && sectionLabel[1]!.split(/\s+/).length <= 6) {
    section = sectionLabel[1];
    start += sectionLabel[0].length;
    line = line.slice(sectionLabel[0].length);
  }
  // "… September 17, 2025. REUTERS/Israel Fonseca": a caption's closing photo credit is no text.
  const credit = line.includes('/') || line.includes(' via ') ? /(?<=[.!?])\s+([^.!?]+)\s*$/.exec(line) : null;
  if (credit && PHOTO_CREDIT.test(credit[1]!.trim())) {
    to = start + credit.index;
    line = line.slice(0, credit.index);
  }
  const trimmed = line.trim();
  if (!/[.!?…"”’)]$/.test(trimmed) && trimmed.split(/\s+/).length <= 14) {
    push(start, to, true, true, section);
    return;
  }
  let sentenceStart = 0;
  let opens = true;
  for (const m of line.matchAll(BOUNDARY)) {
    const end = m.index! + m[1]!.length + m[2]!.length;
    const before = line.slice(sentenceStart, m.index! + (m[1] === '.' ? 0 : m[1]!.length));
    // ("posted on X. Medvedev …": a letter after "on" is the network, not an initial.)
    if (m[1] === '.' && NO_BREAK_AFTER.test(before) && !/\b(?:on|via) X$/.test(before)) continue;
    push(start + sentenceStart, start + end, false, opens, section, opens ? place : undefined);
    opens = false;
    sentenceStart = end;
  }
  push(start + sentenceStart, to, false, opens, section, opens ? place : undefined);
}
