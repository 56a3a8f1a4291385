// Every export format, by name: what it writes (one text, or a folder of
// files) from the whole graph of a store.
import type { GraphStore } from '../store/store.js';
import { csvTables } from './csv-tables.js';
import { eventTable } from './events.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { neo4jImportFiles } from './neo4j-import.js';
import { statementRows } from './statement-rows.js';
import { wholeGraph } from './whole-graph.js';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'neo4j-import', 'events'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Older names that stay accepted. */
const ALIASES: Record<string, ExportFormat> = { graphology: 'json' };

export function exportFormat(name: string): ExportFormat | undefined {
  return ALIASES[name] ?? EXPORT_FORMATS.find((f) => f === name);
}

/** `summary` says what was written, for messages ("235 nodes and 933 edges", "357 events"). */
export type ExportOutput =
  | { kind: 'file'; text: string; summary: string }
  | { kind: 'folder'; files: Record<string, string>; summary: string };

export async function exportStore(store: GraphStore, format: ExportFormat): Promise<ExportOutput> {
  const graph = await wholeGraph(store);
  const summary = `${graph.order} nodes and ${graph.size} edges`;
  switch (format) {
    case 'json':
      return { kind: 'file', text: JSON.stringify(graph.export()), summary };
    case 'graphml':
      return { kind: 'file', text: graphml(graph), summary };
    case 'gexf':
      return { kind: 'file', text: gexf(graph), summary };
    case 'events': {
      const rows = await statementRows(store, graph);
      return { kind: 'file', text: eventTable(rows), summary: `${rows.length} events` };
    }
    case 'csv':
      return { kind: 'folder', files: { ...csvTables(graph) }, summary };
    case 'neo4j-import':
      return { kind: 'folder', files: { ...neo4jImportFiles(graph) }, summary };
  }
}
