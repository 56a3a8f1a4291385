// Prints the tables of BENCHMARKS.md from bench/results/*.json, so the document
// and the measured figures cannot drift apart.
//
//   tsx bench/report.ts
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from './common.js';

// Result files are this directory's own output; their shape is the bench scripts'.
type Result = Record<string, any>;

const results: Result[] = fs
  .readdirSync(RESULTS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, ...JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8')) }));

const when = (r: Result) => `${r.machine.date.slice(0, 16).replace('T', ' ')} @${r.machine.commit}, load ${r.machine.load_average_1_5_15_min[0]}`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const byBench = (name: string) => results.filter((r) => r.bench === name);

console.log('### Extraction (one core)\n');
console.log(table(
  ['documents', 'sentences/s (wall)', 'sentences per CPU s', 'words per CPU s', 'ms/doc p50 / p95 / p99', 'peak RSS MiB', 'top self time', 'run'],
  byBench('extract').map((r) => [r.documents, r.sentences_per_s, r.sentences_per_cpu_s, r.words_per_cpu_s,
    `${r.ms_per_document.p50} / ${r.ms_per_document.p95} / ${r.ms_per_document.p99}`, r.peak_rss_mib,
    r.top_self_time.map((t: Result) => `${t.function.startsWith('(') ? t.function : t.function.split(' ')[0]} ${t.share}%`).join(', '), when(r)]),
));

console.log('\n### Ingest\n');
console.log(table(
  ['store', 'mode', 'documents', 'relations', 'documents/s', 'relations/s (wall)', 'relations per CPU s', 'ms/doc first → last 1k', 'run'],
  byBench('ingest').map((r) => [r.store, r.writers > 1 ? `${r.mode} × ${r.writers} writers` : r.mode, r.documents, r.relations, r.documents_per_s, r.relations_per_s, r.relations_per_cpu_s,
    `${r.ms_per_document_first_slice} → ${r.ms_per_document_last_slice}`, when(r)]),
));

console.log('\n### Queries\n');
console.log(table(
  ['store', 'documents', 'relation edges', 'query', 'rows', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms per run', 'run'],
  byBench('query').flatMap((r) => r.results.map((q: Result) => [r.store, r.documents, r.relation_edges, q.query, q.rows, q.ms.p50, q.ms.p95, q.ms.p99, q.cpu_ms_per_run ?? '—', when(r)])),
));

console.log('\n### Server\n');
console.log(table(
  ['endpoint', 'documents', 'connections × s', 'requests/s', 'latency p50 / p90 / p99 ms', 'non-2xx', 'errors', 'server RSS before → after MiB', 'run'],
  byBench('server').map((r) => [r.endpoint, r.documents, `${r.connections} × ${r.seconds}`, r.requests_per_s,
    `${r.latency_ms.p50} / ${r.latency_ms.p90} / ${r.latency_ms.p99}`, r.non_2xx, r.errors, `${r.server_rss_mib.before} → ${r.server_rss_mib.after}`, when(r)]),
));
