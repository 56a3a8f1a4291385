// Every export format, by name: what it writes (one text, or a folder of
// files) from the whole graph of a store.
import type { GraphStore } from '../store/store.js';
import { csvTables } from './csv-tables.js';
import { eventTable } from './events.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { neo4jImportFiles } from './neo4j-import.js';
import { statementRows } from './statement-rows.js';
import { wholeGraph, type WholeGraph } from './whole-graph.js';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'neo4j-import', 'events'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Older names that stay accepted. */
const ALIASES: Record<string, ExportFormat> = { graphology: 'json' };

export function exportFormat(name: string): ExportFormat | undefined {
  return ALIASES[name] ?? EXPORT_FORMATS.find((f) => f === name);
}

export type ExportOutput =
  | { kind: 'file'; text: string; graph: WholeGraph }
  | { kind: 'folder'; files: Record<string, string>; graph: WholeGraph };

export async function exportStore(store: GraphStore, format: ExportFormat): Promise<ExportOutput> {
  const graph = await wholeGraph(store);
  switch (format) {
    case 'json':
      return { kind: 'file', text: JSON.stringify(graph.export()), graph };
    case 'graphml':
      return { kind: 'file', text: graphml(graph), graph };
    case 'gexf':
      return { kind: 'file', text: gexf(graph), graph };
    case 'events':
      return { kind: 'file', text: eventTable(await statementRows(store, graph)), graph };
    case 'csv':
      return { kind: 'folder', files: { ...csvTables(graph) }, graph };
    case 'neo4j-import':
      return { kind: 'folder', files: { ...neo4jImportFiles(graph) }, graph };
  }
}
