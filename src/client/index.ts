// dipgraph's public API for notebooks and scripts: `import { openGraph } from 'dipgraph'`.
export { openGraph, type OpenOptions } from './open-graph.js';
export { DipgraphClient, type AnalysisGraph, type QueryInfo, type StatementFilter } from './client.js';
export {
  centrality, collapse, communities, coStanceGraph,
  type CentralityRow, type Community, type CommunityResult, type CoStanceOptions, type WeightedGraph,
} from './algorithms.js';
export { circleNetworkSvg, markdownTable, stackedBarsSvg } from './display.js';
export type { StatementRow } from '../export/statement-rows.js';
export type { AskResult, Answer, NotUnderstood, Level } from '../query/ask.js';
export type { GraphCounts } from '../store/store.js';
export type { IngestSummary } from '../ingest/ingest.js';
export { EXPORT_FORMATS, type ExportFormat, type ExportOutput } from '../export/formats.js';
