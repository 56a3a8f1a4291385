// An HTML page to the article an analyst reads: parsed by htmlparser2 (which
// also decodes every HTML entity), without scripts, styles or navigation
// chrome, each block element on its own paragraph. Title and date come from
// the page's <title>, its publication <meta> or its first <time datetime>, the
// source from og:site_name and the address from the canonical link or og:url.
import { hasChildren, isTag, isText, type ChildNode } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Article } from '../model/article.js';
import { articleMeta } from './text-article.js';

const SKIPPED = new Set(['head', 'title', 'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'template']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'main', 'blockquote', 'tr', 'table', 'figure', 'figcaption', 'pre', 'dl', 'dt', 'dd']);
const PUBLISHED_META = new Set(['article:published_time', 'date', 'pubdate', 'dc.date']);
const SOURCE_META = new Set(['og:site_name']);
const URL_META = new Set(['og:url']);

export function htmlToArticle(html: string, id: string): Article {
  const dom = parseDocument(html);
  const title = DomUtils.findOne((e) => e.name === 'title', dom.children);
  const meta = (names: Set<string>) =>
    DomUtils.findOne((e) => e.name === 'meta' && names.has((e.attribs.property ?? e.attribs.name ?? '').toLowerCase()), dom.children)?.attribs.content;
  const published = meta(PUBLISHED_META) ?? DomUtils.findOne((e) => e.name === 'time' && Boolean(e.attribs.datetime), dom.children)?.attribs.datetime;
  const url = DomUtils.findOne((e) => e.name === 'link' && e.attribs.rel?.toLowerCase() === 'canonical', dom.children)?.attribs.href ?? meta(URL_META);
  const parts: string[] = [];
  collectText(dom.children, parts);
  const body = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { meta: articleMeta({ id, title: title ? DomUtils.textContent(title) : undefined, published, source: meta(SOURCE_META), url }), body };
}

function collectText(nodes: ChildNode[], out: string[]): void {
  for (const node of nodes) {
    // Line breaks in HTML source are spaces; only <br> and block elements break lines.
    if (isText(node)) out.push(node.data.replace(/[ \t\n\r\f]+/g, ' '));
    else if (isTag(node)) {
      if (SKIPPED.has(node.name)) continue;
      if (node.name === 'br') {
        out.push('\n');
        continue;
      }
      const block = BLOCKS.has(node.name);
      if (block) out.push('\n\n');
      collectText(node.children, out);
      if (block) out.push('\n\n');
    } else if (hasChildren(node)) collectText(node.children, out);
  }
}
