// The shapes of the query layer's answers, built from the stores' rows
// (src/store/query-rows.ts).
import type { Ref } from '../store/query-rows.js';

export type Level = 'person' | 'country' | 'entity';

export interface Evidence {
  doc: string;
  sentence: string;
  via?: string;
}

/** An entity answering a question, with every sentence that supports it. */
export interface AnswerRow extends Ref {
  evidence: Evidence[];
}

export interface PathStep {
  step: number;
  from: Ref;
  to: Ref;
  edges: { type: string; forward: boolean; action: string | null; doc: string; sentence: string }[];
}
