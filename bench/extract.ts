// Extraction on one core over synthetic articles: sentences/s, words/s, peak
// memory, and the three functions with the most self time in a V8 CPU profile
// (the same profile `node --cpu-prof` writes; kept in bench/results/raw/).
//
//   tsx bench/extract.ts [--docs=1000] [--seed=1]
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { articleText } from '../src/document/article-text.js';
import { parseTextArticle } from '../src/document/text-article.js';
import { extractDocument } from '../src/extract/extract.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import { mib, numberFlag, percentiles, RAW_DIR, round, writeResult } from './common.js';
import { syntheticArticles } from './synthetic-articles.js';
import type { Article } from '../src/model/article.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time by function (name, file and line), largest first, as a share of all samples. */
function topSelfTime(profile: { nodes: ProfileNode[] }, count: number): { function: string; share: number }[] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const n = node.hitCount ?? 0;
    total += n;
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)' || n === 0) continue;
    const where = url ? path.relative(process.cwd(), url.replace(/^file:\/\//, '')) : '';
    const name = `${functionName || '(anonymous)'} ${where}`.trim();
    hits.set(name, (hits.get(name) ?? 0) + n);
  }
  const gc = profile.nodes.filter((n) => n.callFrame.functionName === '(garbage collector)').reduce((a, n) => a + (n.hitCount ?? 0), 0);
  return [...hits, ['(garbage collector)', gc] as [string, number]]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, n]) => ({ function: fn, share: round((100 * n) / total, 1) }));
}

function sentencesIn(article: Article): number {
  const { text, bodyStart, title } = articleText(article);
  return splitSentences(text, bodyStart, title).length;
}

async function main(): Promise<void> {
  const docs = numberFlag('docs', 1000);
  const seed = numberFlag('seed', 1);
  const articles = [...syntheticArticles(docs, seed)].map((d) => parseTextArticle(d.text, d.id));
  const sentences = articles.reduce((a, d) => a + sentencesIn(d), 0);
  const words = articles.reduce((a, d) => a + articleText(d).text.split(/\s+/).filter(Boolean).length, 0);
  // Warm the gazetteers and the JIT on other articles than the measured ones.
  for (const d of syntheticArticles(100, seed + 1)) extractDocument(parseTextArticle(d.text, d.id));

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  let peakRss = process.memoryUsage().rss;
  const latencies: number[] = [];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const d of articles) {
    const t0 = performance.now();
    extractDocument(d);
    latencies.push(performance.now() - t0);
    if (latencies.length % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // On a shared machine wall time includes waiting for a core; CPU time does not.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  fs.mkdirSync(RAW_DIR, { recursive: true });
  fs.writeFileSync(path.join(RAW_DIR, 'extract.cpuprofile'), JSON.stringify(profile));
  const result = {
    bench: 'extract',
    documents: docs,
    seed,
    sentences,
    words,
    seconds: round(seconds, 2),
    sentences_per_s: Math.round(sentences / seconds),
    words_per_s: Math.round(words / seconds),
    documents_per_s: Math.round(docs / seconds),
    cpu_seconds: round(cpuSeconds, 2),
    sentences_per_cpu_s: Math.round(sentences / cpuSeconds),
    words_per_cpu_s: Math.round(words / cpuSeconds),
    ms_per_document: percentiles(latencies),
    peak_rss_mib: mib(Math.max(peakRss, process.memoryUsage().rss)),
    top_self_time: topSelfTime(profile as unknown as { nodes: ProfileNode[] }, 3),
    note: 'one core, CPU profiler attached (costs a few per cent); profile in bench/results/raw/extract.cpuprofile',
  };
  console.log(`extraction: ${docs} documents, ${sentences} sentences in ${result.seconds} s → ${result.sentences_per_s} sentences/s, ${result.words_per_s} words/s (per CPU second: ${result.sentences_per_cpu_s} sentences, ${result.words_per_cpu_s} words); peak RSS ${result.peak_rss_mib} MiB`);
  for (const t of result.top_self_time) console.log(`  ${t.share}%  ${t.function}`);
  writeResult(`extract-${docs}`, result);
}

await main();
