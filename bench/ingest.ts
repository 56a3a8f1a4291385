// Ingest throughput into one store: documents/s, relations/s, and the cost per
// document in each slice of 1,000 (flat or growing as the graph grows).
//
//   tsx bench/ingest.ts --store=neo4j|embedded --docs=10000 [--mode=batched|per-document|per-edge] [--writers=2] [--seed=1] [--max-seconds=600]
//
// Neo4j at NEO4J_URI is emptied first. Extraction is outside the timings (see
// bench/extract.ts). The embedded graph is kept in bench/results/raw/ and the
// Neo4j database is left filled, for bench/query.ts.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { DocumentRows } from '../src/graph/rows.js';
import { BATCH_DOCUMENTS } from '../src/ingest/ingest.js';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.js';
import { connectNeo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { documentParam, runWrite, type Tx } from '../src/store/neo4j/write.js';
import type { GraphStore } from '../src/store/store.js';
import { flag, localNeo4jPid, mib, numberFlag, processCpuSeconds, RAW_DIR, round, syntheticRows, writeResult } from './common.js';

type Mode = 'batched' | 'per-document' | 'per-edge';

const storeKind = flag('store', 'embedded');
const docs = numberFlag('docs', 1000);
const seed = numberFlag('seed', 1);
const maxSeconds = numberFlag('max-seconds', 600);
const mode = flag('mode', storeKind === 'neo4j' ? 'batched' : 'per-document') as Mode;
/** Neo4j transactions at once on disjoint documents of a batch (batched mode). */
const writers = numberFlag('writers', 2);
const SLICE = 1000;
const uri = process.env.NEO4J_URI;

export function embeddedBenchFile(count: number): string {
  return path.join(RAW_DIR, `embedded-${count}.json`);
}

/** One statement per node and per edge (the document alone first), one transaction per document: the baseline batching is measured against. */
async function perEdgeWriter(): Promise<{ write(rows: DocumentRows): Promise<void>; close(): Promise<void> }> {
  const driver = neo4j.driver(uri!, undefined, { disableLosslessIntegers: true });
  return {
    async write(rows) {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite(async (tx) => {
          const t = tx as unknown as Tx;
          const one = (nodes: DocumentRows['nodes'], edges: DocumentRows['edges']) => runWrite(t, [documentParam({ document: rows.document, nodes, edges })]);
          await one([], []);
          for (const n of rows.nodes) await one([n], []);
          for (const e of rows.edges) await one([], [e]);
        });
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

async function main(): Promise<void> {
  if (storeKind === 'neo4j' && !uri) throw new Error('set NEO4J_URI to the Neo4j the bench may empty and fill');
  fs.mkdirSync(RAW_DIR, { recursive: true });
  let store: GraphStore;
  if (storeKind === 'neo4j') {
    store = await connectNeo4jStore({ uri: uri!, writers });
    await store.reset();
  } else {
    fs.rmSync(embeddedBenchFile(docs), { force: true });
    store = new EmbeddedStore(embeddedBenchFile(docs));
  }
  await store.ensureSchema();
  const perEdge = mode === 'per-edge' ? await perEdgeWriter() : null;

  const slices: { docs: number; ms_per_doc: number; relations_per_s: number }[] = [];
  let written = 0;
  let relations = 0;
  let mentions = 0;
  let storeMs = 0;
  let sliceMs = 0;
  let sliceRelations = 0;
  let peakRss = process.memoryUsage().rss;
  let nodeCpuMs = 0;
  const neo4jPid = storeKind === 'neo4j' ? localNeo4jPid(uri) : null;
  const neo4jCpuStart = processCpuSeconds(neo4jPid);
  const chunk = mode === 'batched' ? BATCH_DOCUMENTS : 100;
  for (const batch of syntheticRows(docs, seed, chunk)) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    if (mode === 'batched') await store.ingestBatch!(batch);
    else for (const rows of batch) await (perEdge ? perEdge.write(rows) : store.ingest(rows));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    nodeCpuMs += (cpu.user + cpu.system) / 1000;
    storeMs += ms;
    sliceMs += ms;
    written += batch.length;
    for (const rows of batch) {
      relations += rows.edges.length;
      sliceRelations += rows.edges.length;
      mentions += rows.nodes.length;
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const stopping = storeMs / 1000 > maxSeconds;
    if (written % SLICE === 0 || written === docs || stopping) {
      const inSlice = written - (slices.length ? slices[slices.length - 1]!.docs : 0);
      slices.push({ docs: written, ms_per_doc: round(sliceMs / inSlice, 2), relations_per_s: Math.round(sliceRelations / (sliceMs / 1000)) });
      console.log(`  ${written} documents: ${round(sliceMs / inSlice, 2)} ms/document in the last ${inSlice}`);
      sliceMs = 0;
      sliceRelations = 0;
    }
    if (stopping) {
      console.log(`  stopped after ${written} documents: --max-seconds=${maxSeconds} reached`);
      break;
    }
  }
  const closeStart = performance.now();
  await store.close();
  await perEdge?.close();
  // The embedded store writes its file on close; that write is part of the ingest.
  storeMs += performance.now() - closeStart;

  const seconds = storeMs / 1000;
  const neo4jCpuEnd = processCpuSeconds(neo4jPid);
  const neo4jCpu = neo4jCpuStart !== null && neo4jCpuEnd !== null ? neo4jCpuEnd - neo4jCpuStart : null;
  // CPU seconds spent on the writes (this process during store calls, plus the Neo4j JVM):
  // on a shared machine, wall time also counts the wait for a core.
  const cpuSeconds = nodeCpuMs / 1000 + (neo4jCpu ?? 0);
  const result = {
    bench: 'ingest',
    store: storeKind,
    mode,
    batch_documents: mode === 'batched' ? BATCH_DOCUMENTS : 1,
    writers: storeKind === 'neo4j' && mode !== 'per-edge' ? writers : 1,
    seed,
    documents: written,
    relations,
    mentions_edges: mentions,
    seconds: round(seconds, 2),
    documents_per_s: Math.round(written / seconds),
    relations_per_s: Math.round(relations / seconds),
    node_cpu_seconds: round(nodeCpuMs / 1000, 1),
    neo4j_cpu_seconds: neo4jCpu === null ? null : round(neo4jCpu, 1),
    relations_per_cpu_s: Math.round(relations / cpuSeconds),
    ms_per_document_first_slice: slices[0]?.ms_per_doc,
    ms_per_document_last_slice: slices[slices.length - 1]?.ms_per_doc,
    slices,
    peak_rss_mib: mib(peakRss),
  };
  console.log(`${storeKind} ${mode} (${result.writers} writer${result.writers === 1 ? '' : 's'}): ${written} documents, ${relations} relations (+${mentions} MENTIONS) in ${round(seconds, 1)} s → ${result.documents_per_s} documents/s, ${result.relations_per_s} relations/s (${result.relations_per_cpu_s} per CPU second)`);
  writeResult(`ingest-${storeKind}-${mode}${result.writers > 1 ? `-${result.writers}w` : ''}-${written}`, result);
}

await main();
