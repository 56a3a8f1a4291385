// Finds the articles under the paths an analyst names: .txt (with or without
// the GUIDE.md header), .html/.htm, and .jsonl feeds. Each unreadable input
// becomes a problem to report, never a crash that loses the rest.
import fs from 'node:fs';
import path from 'node:path';
import { decodeText, InputError, MAX_DOCUMENT_BYTES } from '../document/decode-text.js';
import { parseFeed } from '../document/feed.js';
import { htmlToArticle } from '../document/html-article.js';
import { articleMeta, parseTextArticle } from '../document/text-article.js';
import type { Article } from '../model/article.js';

export interface SourceDocument {
  article: Article;
  /** Where it came from, for messages: a path, or path:line for feeds. */
  origin: string;
}

export interface SourceProblem {
  origin: string;
  message: string;
}

export type SourceItem = { doc: SourceDocument } | { problem: SourceProblem };

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl', '.ndjson']);

/** Lists the files to read, folders walked in sorted order so runs are repeatable. */
export function listInputFiles(paths: string[]): { files: string[]; problems: SourceProblem[] } {
  const files: string[] = [];
  const problems: SourceProblem[] = [];
  const walk = (p: string, explicit: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      problems.push({ origin: p, message: `${p}: no such file or folder` });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (!name.startsWith('.')) walk(path.join(p, name), false);
      }
    } else if (EXTENSIONS.has(path.extname(p).toLowerCase()) && !p.endsWith('.gold.json')) {
      files.push(p);
    } else if (explicit) {
      problems.push({ origin: p, message: `${p}: not an article file (expected .txt, .html or .jsonl)` });
    }
  };
  for (const p of paths) walk(p, true);
  return { files, problems };
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'doc';
}

export function readSourceFile(file: string, maxBytes = MAX_DOCUMENT_BYTES): SourceItem[] {
  const ext = path.extname(file).toLowerCase();
  const base = path.basename(file, path.extname(file));
  try {
    const bytes = fs.readFileSync(file);
    if (ext === '.jsonl' || ext === '.ndjson') {
      // A feed holds many articles: the per-article limit applies to each, not to the file.
      const { text } = decodeText(bytes, file, Number.MAX_SAFE_INTEGER);
      return parseFeed(text, file).map((item): SourceItem => {
        if ('error' in item) return { problem: { origin: `${file}:${item.line}`, message: item.error } };
        const a = item.article;
        const origin = `${file}:${item.line}`;
        if (a.text.length > maxBytes) return { problem: { origin, message: `${origin}: article over the ${maxBytes} byte limit` } };
        const id = a.id ? slug(a.id) : `${base}-${item.line}`;
        return { doc: { origin, article: { meta: articleMeta({ ...a, id }), body: a.text } } };
      });
    }
    const { text } = decodeText(bytes, file, maxBytes);
    if (ext === '.html' || ext === '.htm') {
      const article = htmlToArticle(text, base);
      if (article.body === '') throw new InputError(`${file} has no text once its HTML is stripped`);
      return [{ doc: { origin: file, article } }];
    }
    return [{ doc: { origin: file, article: parseTextArticle(text, base) } }];
  } catch (err) {
    if (err instanceof InputError) return [{ problem: { origin: file, message: err.message } }];
    return [{ problem: { origin: file, message: `${file}: ${(err as Error).message}` } }];
  }
}
