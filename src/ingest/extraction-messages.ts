// What the server thread and an extraction worker say to each other.
import type { DocumentRows } from '../graph/rows.js';
import type { Article } from '../model/article.js';

export interface ExtractionRequest {
  id: number;
  article: Article;
}

export type ExtractionReply = { id: number; rows: DocumentRows } | { id: number; error: string };
