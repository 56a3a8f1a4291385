// JSON Lines feeds: one article per line with title, published and text, as
// scrapers and news APIs write them. A bad line is reported, never fatal to the rest.
import { InputError } from './decode-text.js';

export interface FeedArticle {
  id?: string;
  title?: string;
  published?: string;
  source?: string;
  text: string;
}

export type FeedLine = { line: number; article: FeedArticle } | { line: number; error: string };

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
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.push({ line, error: `${what}:${line}: expected an object with a "text" field` });
      return;
    }
    const o = value as Record<string, unknown>;
    const text = [o.text, o.body, o.content].find((t) => typeof t === 'string') as string | undefined;
    if (!text || text.trim() === '') {
      out.push({ line, error: `${what}:${line}: no "text" (or "body"/"content") string` });
      return;
    }
    const str = (k: string) => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined);
    out.push({ line, article: { id: str('id') ?? str('url'), title: str('title'), published: str('published') ?? str('date'), source: str('source'), text } });
  });
  if (out.length === 0) throw new InputError(`${what} has no articles`);
  return out;
}
