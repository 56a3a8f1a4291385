// Every CLI command, in the order `dipgraph --help` lists them.
import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';
import { askCommand } from './ask.js';
import { queryCommand } from './query.js';
import { resetCommand } from './reset.js';
import { neo4jSchemaCommand } from './neo4j-schema.js';
import { exportCommand } from './export.js';

export const COMMANDS: readonly Command[] = [
  extractCommand,
  ingestCommand,
  evalCommand,
  serveCommand,
  askCommand,
  queryCommand,
  exportCommand,
  resetCommand,
  neo4jSchemaCommand,
];
