// `dipgraph neo4j:schema`: applies cypher/schema.cypher to the Neo4j store.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { schemaStatements } from '../../store/neo4j/neo4j-store.js';

const HELP = `Usage: dipgraph neo4j:schema [--neo4j URI]

Creates the constraints and indexes of cypher/schema.cypher (unique keys, the full-text
index over names and aliases, lookup indexes) and waits for them to come online.
Safe to repeat. Ingest applies it on its own the first time; run this to prepare a
fresh database beforehand. Needs a Neo4j store (--neo4j URI or NEO4J_URI).

${STORE_HELP}

Examples:
  dipgraph neo4j:schema --neo4j bolt://127.0.0.1:7687
  NEO4J_URI=bolt://127.0.0.1:7687 dipgraph neo4j:schema`;

export const neo4jSchemaCommand: Command = {
  name: 'neo4j:schema',
  summary: 'create the Neo4j constraints and indexes',
  help: HELP,
  options: { ...STORE_OPTIONS },
  async run({ values }) {
    const store = await openStoreFromFlags(values);
    try {
      if (store.kind !== 'neo4j') throw new UsageError('no Neo4j selected; give --neo4j URI or set NEO4J_URI');
      await store.ensureSchema();
      console.log(`applied ${schemaStatements().length} schema statements to ${store.location}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
