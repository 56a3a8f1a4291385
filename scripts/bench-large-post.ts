// A large POST against a running server: time to 201 for one big article, and
// how /api/health and /api/ask answer meanwhile. Prints numbers; asserts nothing.
//   npm run bench:large-post [-- --mb=5 --timeout=1800]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestPaths } from '../src/ingest/ingest.js';
import { startServer } from '../src/server/start.js';
import { openStore } from '../src/store/open-store.js';
import { ARTICLES_DIR, largeArticle } from './article-variants.js';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const megabytes = arg('mb', 5);
const timeoutS = arg('timeout', 1800);
const TOKEN = 'bench-token';

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-bench-post-'));
const store = await openStore({ file: path.join(dir, 'graph.json') });
await ingestPaths(store, [ARTICLES_DIR]);
const server = await startServer({ store, token: TOKEN, port: 0, log: () => undefined, extractionBudget: { timeoutMs: timeoutS * 1000 } });
// node:http rather than fetch, whose client gives up on a response after 300 s.
function post(text: string, id: string): Promise<{ ms: number; status: number }> {
  const body = JSON.stringify({ id, text });
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${TOKEN}` },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

try {
  const warm = await post(fs.readFileSync(path.join(ARTICLES_DIR, '00-seed-russia-japan.txt'), 'utf8').replace('title: ', 'title: warm-up '), 'warm-up');
  const text = largeArticle(megabytes * 1_000_000);
  console.log(`server ${server.url}, store ${store.location}; warm-up POST (worker start + small article): ${warm.status} in ${warm.ms.toFixed(0)} ms`);
  console.log(`posting ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB of text (time budget ${timeoutS} s)…`);

  let done = false;
  let peakRss = process.memoryUsage().rss;
  const big = post(text, 'large-article').finally(() => {
    done = true;
  });
  const health: number[] = [];
  const asks: number[] = [];
  const failures: string[] = [];
  while (!done) {
    const h = await timed(`${server.url}api/health`);
    const a = await timed(`${server.url}api/ask?q=${encodeURIComponent('who urged restraint?')}`);
    if (h.status !== 200) failures.push(`health ${h.status}`);
    if (a.status !== 200) failures.push(`ask ${a.status}`);
    health.push(h.ms);
    asks.push(a.ms);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    await new Promise((r) => setTimeout(r, 250));
  }
  const result = await big;
  health.sort((x, y) => x - y);
  asks.sort((x, y) => x - y);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`large POST: HTTP ${result.status} after ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`/api/health during it: ${health.length} requests, p50 ${ms(percentile(health, 50))}, p95 ${ms(percentile(health, 95))}, max ${ms(health.at(-1) ?? NaN)}`);
  console.log(`/api/ask during it:    ${asks.length} requests, p50 ${ms(percentile(asks, 50))}, p95 ${ms(percentile(asks, 95))}, max ${ms(asks.at(-1) ?? NaN)}`);
  console.log(`non-200 reads: ${failures.length}; peak RSS of the server process (main thread and worker): ${(peakRss / 1048576).toFixed(0)} MiB`);
} finally {
  await server.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
