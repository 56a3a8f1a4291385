// Extraction throughput on one core: sentences/s, words/s, latency per
// document (p50/p95/p99) and peak memory, over the dev articles repeated.
// A script that prints numbers, never a test that asserts them.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../src/extract/extract.js';
import { articleText } from '../src/document/article-text.js';
import { parseTextArticle } from '../src/document/text-article.js';
import type { Article } from '../src/model/article.js';
import { splitSentences } from '../src/sentences/split-sentences.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(import.meta.dirname, '..', 'data', 'articles');
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 10);

const docs = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseTextArticle(fs.readFileSync(path.join(dir, f), 'utf8'), f.replace(/\.txt$/, '')));
if (docs.length === 0) {
  console.error(`bench:extract: no .txt articles in ${dir}`);
  process.exit(2);
}
function sentencesIn(article: Article): number {
  const { text, bodyStart, title } = articleText(article);
  return splitSentences(text, bodyStart, title).length;
}
const sentencesOf = new Map(docs.map((d) => [d.meta.id, sentencesIn(d)]));
const wordsOf = new Map(docs.map((d) => [d.meta.id, articleText(d).text.split(/\s+/).filter(Boolean).length]));

// Warm up the gazetteer and the JIT before measuring.
for (const d of docs) extractDocument(d);

let peakRss = process.memoryUsage().rss;
const latencies: number[] = [];
let sentences = 0;
let words = 0;
const start = performance.now();
for (let round = 0; performance.now() - start < seconds * 1000; round++) {
  for (const d of docs) {
    const t0 = performance.now();
    extractDocument({ ...d, meta: { ...d.meta, id: `${d.meta.id}-${round}` } });
    latencies.push(performance.now() - t0);
    sentences += sentencesOf.get(d.meta.id)!;
    words += wordsOf.get(d.meta.id)!;
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(2);
console.log(`articles: ${latencies.length} extracted (${docs.length} distinct from ${dir}) in ${elapsed.toFixed(1)} s on one core`);
console.log(`throughput: ${Math.round(sentences / elapsed)} sentences/s, ${Math.round(words / elapsed)} words/s, ${(latencies.length / elapsed).toFixed(0)} articles/s`);
console.log(`latency per article (ms): p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${latencies[latencies.length - 1]!.toFixed(2)}`);
console.log(`peak RSS: ${(peakRss / 1048576).toFixed(0)} MiB`);
