// What the server thread and an extraction worker say to each other.
import type { DocumentRows } from '../graph/rows.js';
import type { ArticleMeta } from './ingest.js';

export interface ExtractionRequest {
  id: number;
  text: string;
  meta: ArticleMeta;
}

export type ExtractionReply = { id: number; rows: DocumentRows } | { id: number; error: string };
