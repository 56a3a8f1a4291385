// Articles into a store: extract each one (pure), turn it into rows, write it
// all-or-nothing. A bad article is reported and skipped; the rest go on.
import { extractDocument } from '../extract/extract.js';
import { toRows, type DocumentRows } from '../graph/rows.js';
import type { GraphStore } from '../store/store.js';
import { listInputFiles, readSourceFile, type SourceProblem } from './sources.js';

export interface IngestSummary {
  documents: number;
  created: number;
  replaced: number;
  unchanged: number;
  entities: number;
  relations: number;
  problems: SourceProblem[];
  seconds: number;
}

export interface IngestProgress {
  done: number;
  total: number;
  current: string;
}

/** Documents and edges a batch may hold before it is written (when the store takes batches). */
export const BATCH_DOCUMENTS = 200;
export const BATCH_EDGES = 10_000;

export async function ingestPaths(
  store: GraphStore,
  paths: string[],
  onProgress: (p: IngestProgress) => void = () => {},
): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const { files, problems } = listInputFiles(paths);
  const summary: IngestSummary = { documents: 0, created: 0, replaced: 0, unchanged: 0, entities: 0, relations: 0, problems, seconds: 0 };
  let pending: DocumentRows[] = [];
  let pendingEdges = 0;
  const write = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    pendingEdges = 0;
    const outcomes = store.ingestBatch ? await store.ingestBatch(batch) : [await store.ingest(batch[0]!)];
    for (const outcome of outcomes) {
      summary.documents++;
      summary[outcome.status]++;
      summary.entities += outcome.nodes;
      summary.relations += outcome.edges;
    }
  };
  let schemaReady = false;
  for (const [i, file] of files.entries()) {
    onProgress({ done: i, total: files.length, current: file });
    for (const item of readSourceFile(file)) {
      if ('problem' in item) {
        problems.push(item.problem);
        continue;
      }
      if (!schemaReady) {
        await store.ensureSchema();
        schemaReady = true;
      }
      const rows = toRows(extractDocument(item.doc.article));
      pending.push(rows);
      pendingEdges += rows.edges.length;
      if (!store.ingestBatch || pending.length >= BATCH_DOCUMENTS || pendingEdges >= BATCH_EDGES) await write();
    }
  }
  if (pending.length > 0) await write();
  onProgress({ done: files.length, total: files.length, current: '' });
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
