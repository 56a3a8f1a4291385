// JSON Lines feeds: one article per line with title, published and text, as
// scrapers and news APIs write them. A bad line is reported, never fatal to the rest.
import { z } from 'zod';
import { InputError } from './decode-text.js';

export interface FeedArticle {
  id?: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  text: string;
}

export type FeedLine = { line: number; article: FeedArticle } | { line: number; error: string };

// Feeds name their fields differently: the text may be "body" or "content", the date "date".
const optional = z.string().optional().catch(undefined);
const feedLine = z
  .object({ id: optional, url: optional, title: optional, published: optional, date: optional, source: optional, text: optional, body: optional, content: optional }, { error: 'expected an object with a "text" field' })
  .transform((o) => ({ ...o, text: [o.text, o.body, o.content].find((t) => t !== undefined && t.trim() !== '') }))
  .refine((o) => o.text !== undefined, 'no "text" (or "body"/"content") string')
  .transform((o): FeedArticle => {
    const nonEmpty = (s: string | undefined) => (s === '' ? undefined : s);
    return { id: nonEmpty(o.id) ?? nonEmpty(o.url), title: nonEmpty(o.title), published: nonEmpty(o.published) ?? nonEmpty(o.date), source: nonEmpty(o.source), url: nonEmpty(o.url), text: o.text! };
  });

export function parseFeed(content: string, what: string): FeedLine[] {
  const out: FeedLine[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      out.push({ line, error: `${what}:${line}: not JSON (${(err as Error).message})` });
      return;
    }
    const parsed = feedLine.safeParse(value);
    if (parsed.success) out.push({ line, article: parsed.data });
    else out.push({ line, error: `${what}:${line}: ${parsed.error.issues[0]?.message ?? 'not an article'}` });
  });
  if (out.length === 0) throw new InputError(`${what} has no articles`);
  return out;
}
