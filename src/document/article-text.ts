// The one text the extractor reads for an article, and that every evidence
// offset points into: the title (a heading), a blank line, then the body with
// its line breaks made \n and its surrounding white space cut. Built from the
// typed article, so no source's header or layout leaks into offsets or hashes.
import type { Article } from '../model/article.js';

export interface ArticleText {
  text: string;
  /** Where the body starts in text. */
  bodyStart: number;
  /** The title as it stands at the start of text. */
  title?: string;
}

export function articleText(article: Article): ArticleText {
  const body = article.body.replace(/\r\n?/g, '\n').trim();
  const title = article.meta.title?.replace(/\s+/g, ' ').trim();
  if (!title) return { text: body, bodyStart: 0 };
  return { text: `${title}\n\n${body}`, bodyStart: title.length + 2, title };
}
