// Query latency on a graph built by bench/ingest.ts: p50/p95/p99 of
// `ask "who urged restraint?"`, the stance table of a country and the depth-2
// neighbourhood of a person, each run repeatedly after a warm-up.
//
//   tsx bench/query.ts --store=neo4j|embedded --docs=N [--runs=50] [--seconds=30] [--queries=ask,stance,neighbourhood]
//
// --docs names the embedded graph bench/ingest.ts kept (bench/results/raw/);
// Neo4j is queried as bench/ingest.ts left it at NEO4J_URI.
import path from 'node:path';
import { ask } from '../src/query/ask.js';
import { runNamedQuery } from '../src/query/catalog.js';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.js';
import { connectNeo4jStore } from '../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/store/store.js';
import { flag, localNeo4jPid, mib, numberFlag, percentiles, processCpuSeconds, RAW_DIR, round, writeResult } from './common.js';

const storeKind = flag('store', 'embedded');
const docs = numberFlag('docs', 1000);
const runs = numberFlag('runs', 50);
const seconds = numberFlag('seconds', 30);
// The depth-2 neighbourhood ships every edge near a hub: minutes per run on the largest graphs.
const queries = new Set(flag('queries', 'ask,stance,neighbourhood').split(','));

const neo4jPid = storeKind === 'neo4j' ? localNeo4jPid(process.env.NEO4J_URI) : null;

/** CPU seconds so far of this process and, for a local Neo4j, its JVM: on a shared machine wall time also counts the wait for a core. */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + (processCpuSeconds(neo4jPid) ?? 0);
}

async function measure(name: string, run: () => Promise<number>): Promise<Record<string, unknown>> {
  let rows = 0;
  for (let i = 0; i < 3; i++) rows = await run();
  const samples: number[] = [];
  const start = performance.now();
  const cpu0 = cpuSeconds();
  while (samples.length < runs && performance.now() - start < seconds * 1000) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  const cpuMs = round(((cpuSeconds() - cpu0) * 1000) / samples.length, 1);
  const p = percentiles(samples);
  console.log(`  ${name}: p50 ${p.p50} ms  p95 ${p.p95} ms  p99 ${p.p99} ms  ${cpuMs} CPU ms per run (${p.n} runs, ${rows} rows)`);
  return { query: name, rows, ms: p, cpu_ms_per_run: cpuMs };
}

async function main(): Promise<void> {
  const loadStart = performance.now();
  const store: GraphStore = storeKind === 'neo4j'
    ? await connectNeo4jStore({ uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687' })
    : new EmbeddedStore(path.join(RAW_DIR, `embedded-${docs}.json`));
  try {
    const counts = await store.counts();
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const edges = Object.values(counts.edges).reduce((a, n) => a + n, 0);
    console.log(`${storeKind}: ${counts.documents} documents, ${edges} edges (MENTIONS included), opened in ${round(loadSeconds, 1)} s`);
    const byPerson = await ask(store, 'who urged restraint?', { by: 'person' });
    const person = 'answers' in byPerson ? byPerson.answers[0]?.name : undefined;
    if (!person) throw new Error('the graph has no one who urged restraint: ingest first (bench/ingest.ts)');
    const results = [
      queries.has('ask') && await measure('ask "who urged restraint?"', async () => {
        const r = await ask(store, 'who urged restraint?');
        return 'answers' in r ? r.answers.length : 0;
      }),
      queries.has('stance') && await measure('stance table of Kenya', async () => (await runNamedQuery(store, 'stance', { object: 'Kenya' })).length),
      queries.has('neighbourhood') && await measure(`depth-2 neighbourhood of ${person}`, async () => (await runNamedQuery(store, 'neighbourhood', { focus: person, depth: 2 })).length),
    ].filter(Boolean);
    writeResult(`query-${storeKind}-${counts.documents}`, {
      bench: 'query',
      store: storeKind,
      documents: counts.documents,
      edges,
      relation_edges: edges - (counts.edges.MENTIONS ?? 0),
      open_seconds: round(loadSeconds, 1),
      rss_mib: mib(process.memoryUsage().rss),
      results,
    });
  } finally {
    await store.close();
  }
}

await main();
