// `dipgraph reset --yes`: empties the selected store.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';

const HELP = `Usage: dipgraph reset --yes [store options]

Deletes every node and edge of the selected store (the embedded graph file, or the
Neo4j database). Refuses without --yes. Re-ingest afterwards with dipgraph ingest.

${STORE_HELP}

Examples:
  dipgraph reset --yes
  dipgraph reset --yes --neo4j bolt://127.0.0.1:7687`;

export const resetCommand: Command = {
  name: 'reset',
  summary: 'empty the store (needs --yes)',
  help: HELP,
  options: { ...STORE_OPTIONS, yes: { type: 'boolean' } },
  async run({ values }) {
    if (!values.yes) throw new UsageError('this deletes the whole graph; add --yes to confirm');
    const store = await openStoreFromFlags(values);
    try {
      await store.reset();
      console.log(`emptied ${store.kind} store ${store.location}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
