// The analyst's handle on a graph: one object over either store with the
// questions, the named queries, statements as rows and subgraphs as graphology
// graphs. Everything it returns is plain data or a graphology graph.
import Graph from 'graphology';
import { exportFormat, exportStore, EXPORT_FORMATS, type ExportOutput } from '../export/formats.js';
import { statementRows, type StatementRow } from '../export/statement-rows.js';
import { wholeGraph } from '../export/whole-graph.js';
import { ingestPaths, type IngestSummary } from '../ingest/ingest.js';
import { ask, type AskResult, type Level, type NotUnderstood } from '../query/ask.js';
import { QUERY_CATALOG, runNamedQuery } from '../query/catalog.js';
import { subgraph } from '../query/explore.js';
import type { GraphCounts, GraphStore, QueryRow } from '../store/store.js';

export type AnalysisGraph = InstanceType<typeof Graph.MultiDirectedGraph>;

export interface StatementFilter {
  /** Relation types to keep (CONDEMNS, URGES ...). */
  types?: string[];
  /** First and last day, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** A speaker or its country, by name (case-insensitive). */
  actor?: string;
  /** An object or its country, by name (case-insensitive). */
  object?: string;
}

export interface QueryInfo {
  name: string;
  description: string;
}

export class DipgraphClient {
  constructor(private readonly store: GraphStore) {}

  /** Where the graph lives: the embedded file or the Neo4j URI. */
  get location(): string {
    return this.store.location;
  }

  get kind(): 'embedded' | 'neo4j' {
    return this.store.kind;
  }

  /** Extracts articles (files or folders) into the store; idempotent. */
  ingest(...paths: string[]): Promise<IngestSummary> {
    return ingestPaths(this.store, paths);
  }

  counts(): Promise<GraphCounts> {
    return this.store.counts();
  }

  /** A question in English ("who urged restraint?"): answers with evidence, or what was understood and suggestions. */
  ask(question: string, opts: { by?: Level } = {}): Promise<AskResult | NotUnderstood> {
    return ask(this.store, question, opts);
  }

  /** The named queries and what each answers. */
  queries(): QueryInfo[] {
    return QUERY_CATALOG.map(({ name, description }) => ({ name, description }));
  }

  /** Runs a named query; parameters are validated and entity names resolved as on the command line. */
  query(name: string, params: Record<string, unknown> = {}): Promise<QueryRow[]> {
    return runNamedQuery(this.store, name, params);
  }

  /** One row per statement edge: speaker, speaker country, relation, object, action, date, document, quote ... */
  async statements(filter: StatementFilter = {}): Promise<StatementRow[]> {
    const rows = await statementRows(this.store, await wholeGraph(this.store));
    return rows.filter(matches(filter));
  }

  /** The entities within `depth` edges of `focus` (a name or a key) and every edge among them, with evidence. */
  async neighbourhood(focus: string, opts: { depth?: number; types?: string[] } = {}): Promise<AnalysisGraph> {
    return Graph.MultiDirectedGraph.from(await subgraph(this.store, { focus, depth: opts.depth ?? 1, ...(opts.types && { types: opts.types }) }));
  }

  /** The speakers, statement edges and objects behind the answer to a question. */
  async answerGraph(question: string, opts: { by?: Level } = {}): Promise<AnalysisGraph> {
    return Graph.MultiDirectedGraph.from(await subgraph(this.store, { question, ...(opts.by && { by: opts.by }) }));
  }

  /** Every entity and every statement and fact edge (no documents, no MENTIONS). */
  async graph(): Promise<AnalysisGraph> {
    return Graph.MultiDirectedGraph.from(await subgraph(this.store, {}));
  }

  /** The whole graph in an export format (as `dipgraph export`): one text, or a folder's files by name. */
  async export(format: string): Promise<ExportOutput> {
    const known = exportFormat(format);
    if (!known) throw new Error(`format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
    return exportStore(this.store, known);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

function matches(f: StatementFilter): (r: StatementRow) => boolean {
  const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();
  return (r) => (!f.types || f.types.includes(r.relation))
    && (!f.from || (r.date !== null && r.date >= f.from))
    && (!f.to || (r.date !== null && r.date <= f.to))
    && (!f.actor || same(r.speaker, f.actor) || same(r.speakerCountry, f.actor))
    && (!f.object || same(r.object, f.object) || same(r.objectCountry, f.object));
}
