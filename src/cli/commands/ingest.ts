// `dipgraph ingest`: articles into the selected store.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { progressBar } from '../progress.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract articles and merge them into the store',
  help: `Usage: dipgraph ingest PATH... [--store FILE | --neo4j URI]

Reads every article under PATH (files or folders: .txt with or without the
GUIDE.md header, .html, .jsonl feeds with title/published/text per line),
extracts its graph and merges it into the store, each document all-or-nothing
(Neo4j writes up to 200 whole documents per transaction). Re-ingesting an unchanged document changes nothing; a changed
one replaces its previous version. Unreadable inputs (empty, binary, too large,
bad JSON lines) are reported and skipped; the rest are ingested.

${STORE_HELP}

Examples:
  dipgraph ingest data/articles
  dipgraph ingest feed.jsonl --neo4j bolt://127.0.0.1:7687`,
  options: { ...STORE_OPTIONS },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new UsageError('name at least one file or folder to ingest');
    const store = await openStoreFromFlags(values);
    try {
      const s = await ingestPaths(store, positionals, progressBar());
      for (const p of s.problems) console.error(`dipgraph ingest: skipped ${p.message}`);
      console.log(
        `ingested ${s.documents} document(s) (${s.created} new, ${s.replaced} replaced, ${s.unchanged} unchanged): ` +
          `${s.entities} entities, ${s.relations} relations in ${s.seconds.toFixed(2)} s → ${store.kind} ${store.location}` +
          (s.problems.length ? `; ${s.problems.length} skipped` : ''),
      );
      return s.documents === 0 && s.problems.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
