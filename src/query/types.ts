// The shapes of the query layer's answers, built from the stores' rows
// (src/store/query-rows.ts).
import type { Evidence, Ref } from '../store/query-rows.js';

export type Level = 'person' | 'country' | 'entity';

/** An entity answering a question, with the sentences that support it. */
export interface AnswerRow extends Ref {
  evidence: Evidence[];
  /** Statements behind the answer, where `evidence` is a sample of their sentences. */
  statements?: number;
}

export interface PathStep {
  step: number;
  from: Ref;
  to: Ref;
  edges: { type: string; forward: boolean; action: string | null; doc: string; sentence: string }[];
}
