// A plain-text article: the optional "key: value" header of GUIDE.md (title,
// published, source, url …, closed by a blank line), then the body.
import type { Article } from '../model/article.js';
import type { DocumentMeta } from '../model/fragment.js';

const HEADER_LINE = /^(title|published|source|date|author|url|id):[ \t]*(.*)$/i;

export function parseTextArticle(text: string, id: string): Article {
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
  return {
    meta: articleMeta({ id, title: found.title, published: found.published ?? found.date, source: found.source, url: found.url }),
    body: text.slice(bodyStart),
  };
}

/** The meta of an article with empty fields left out and its date made ISO. */
export function articleMeta(fields: { id: string; title?: string; published?: string; source?: string; url?: string }): DocumentMeta {
  const meta: DocumentMeta = { id: fields.id };
  const title = fields.title?.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title;
  const published = normalizeDate(fields.published);
  if (published) meta.published = published;
  const source = fields.source?.trim();
  if (source) meta.source = source;
  const url = fields.url?.trim();
  if (url) meta.url = url;
  return meta;
}

/** Accepts ISO dates and RFC-2822-style feed dates; anything unparseable is dropped. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (iso) return iso[0];
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
