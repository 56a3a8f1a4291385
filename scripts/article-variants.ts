// Article files for load runs and concurrency tests, made from data/articles:
// each variant has its own file name (the document id) and its own title line
// (so its own content hash), and the same body, so they extract alike.
import fs from 'node:fs';
import path from 'node:path';

export const ARTICLES_DIR = path.join(import.meta.dirname, '..', 'data', 'articles');

function sampleArticles(): { name: string; text: string }[] {
  return fs
    .readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(ARTICLES_DIR, f), 'utf8') }));
}

/** Writes `count` variants into `dir` as `<prefix>-<n>-<sample>.txt`; returns their document ids. */
export function writeArticleVariants(dir: string, count: number, prefix: string): string[] {
  const samples = sampleArticles();
  fs.mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const id = `${prefix}-${String(i).padStart(4, '0')}-${sample.name}`;
    const text = sample.text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} [${prefix} ${i}]`);
    fs.writeFileSync(path.join(dir, `${id}.txt`), text);
    ids.push(id);
  }
  return ids;
}

/** One article of at most `bytes` bytes: the sample bodies repeated under one header, as many as fit. */
export function largeArticle(bytes: number): string {
  const bodies = sampleArticles().map((a) => `${a.text.split(/\n\n/).slice(1).join('\n\n')}\n\n`);
  const parts = ['title: A very long article\npublished: 2025-05-10\nsource: load test\n\n'];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size + Buffer.byteLength(bodies[i % bodies.length]!) <= bytes; i++) {
    parts.push(bodies[i % bodies.length]!);
    size += Buffer.byteLength(bodies[i % bodies.length]!);
  }
  return parts.join('');
}
