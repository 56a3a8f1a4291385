// The HTTP API under load: autocannon against GET /api/ask with 100 concurrent
// connections for 30 s on loopback, over the embedded graph bench/ingest.ts
// kept; requests/s, latency and the server's memory before and after.
//
//   tsx bench/server.ts [--docs=1000] [--connections=100] [--seconds=30]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { BENCH_DIR, mib, numberFlag, RAW_DIR, writeResult } from './common.js';

function rssOf(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) * 1024;
}

async function main(): Promise<void> {
  const docs = numberFlag('docs', 1000);
  const connections = numberFlag('connections', 100);
  const duration = numberFlag('seconds', 30);
  const root = path.resolve(BENCH_DIR, '..');
  const file = path.join(RAW_DIR, `embedded-${docs}.json`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run bench/ingest.ts --store=embedded --docs=${docs} first`);
  // The server in its own process, as `dipgraph serve` runs it, so autocannon does not share its event loop.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && k !== 'DIPGRAPH_TOKEN'));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'serve', '--port', '0', '--store', file], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
        if (url) resolve(url);
      });
      child.once('exit', (code) => reject(new Error(`dipgraph serve exited with ${code}: ${out}`)));
    });
    child.stdout.resume();
    const url = `${base}api/ask?q=${encodeURIComponent('who urged restraint?')}`;
    const first = await fetch(url);
    if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}: ${await first.text()}`);
    const before = rssOf(child.pid!);
    const result = await autocannon({ url, connections, duration });
    const after = rssOf(child.pid!);
    const summary = {
      bench: 'server',
      endpoint: 'GET /api/ask?q=who urged restraint?',
      store: 'embedded',
      documents: docs,
      connections,
      seconds: duration,
      requests: result.requests.total,
      requests_per_s: Math.round(result.requests.average),
      non_2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      latency_ms: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      server_rss_mib: { before: mib(before), after: mib(after) },
    };
    console.log(`/api/ask: ${summary.requests_per_s} requests/s, latency p50 ${summary.latency_ms.p50} ms p99 ${summary.latency_ms.p99} ms, ${summary.non_2xx} non-2xx, ${summary.errors} errors; server RSS ${summary.server_rss_mib.before} → ${summary.server_rss_mib.after} MiB`);
    writeResult(`server-ask-${docs}`, summary);
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
