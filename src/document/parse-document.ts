// An article as the extractor sees it: the optional "key: value" header of
// GUIDE.md, then the body. Offsets always refer to the full text, header included.
import type { DocumentMeta } from '../model/fragment.js';

export interface ParsedDocument {
  meta: DocumentMeta;
  /** The full text; every offset the extractor reports points into it. */
  text: string;
  /** Where the body starts (after the header and its blank line). */
  bodyStart: number;
}

const HEADER_LINE = /^(title|published|source|date|author|url|id):[ \t]*(.*)$/i;

export function parseDocument(text: string, id: string, meta: Partial<DocumentMeta> = {}): ParsedDocument {
  const found: Record<string, string> = {};
  let pos = 0;
  let bodyStart = 0;
  // A header is a run of known "key: value" lines at the very top, closed by a blank line.
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl).replace(/\r$/, '');
    const m = HEADER_LINE.exec(line);
    if (!m) {
      if (line.trim() === '' && Object.keys(found).length > 0) bodyStart = nl === -1 ? text.length : nl + 1;
      break;
    }
    found[m[1]!.toLowerCase()] = m[2]!.trim();
    pos = nl === -1 ? text.length : nl + 1;
    bodyStart = pos;
  }
  if (Object.keys(found).length === 0) bodyStart = 0;
  const published = normalizeDate(meta.published ?? found.published ?? found.date);
  return {
    meta: {
      id,
      title: meta.title ?? found.title,
      published,
      source: meta.source ?? found.source,
    },
    text,
    bodyStart,
  };
}

/** Accepts ISO dates and RFC-2822-style feed dates; anything unparseable is dropped. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (iso) return iso[0];
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
