// The row shapes of the named queries: what both stores return from run(), as
// plain objects, so their answers can be compared with toEqual. The query layer
// (src/query) builds its answers from them.

export interface Ref {
  key: string;
  name: string;
  type: string;
}

/** One edge of the graph with its endpoints and where it was read. */
export interface Hit {
  edge: string;
  type: string;
  source: Ref;
  target: Ref;
  action: string | null;
  date: string | null;
  doc: string;
  sentence: string;
  title: string | null;
  published: string | null;
  /** Why a statement counts for the question's object when it names another ("Operation X was launched by Y"). */
  via?: string;
}

export interface RollupRow {
  key: string;
  to: Ref;
}

export interface EntityRow extends Ref {
  aliases: string[];
  props: Record<string, unknown>;
}

/** A raw row of the `path` query: one edge of the chosen shortest path. */
export interface PathHit {
  step: number;
  from: Ref;
  to: Ref;
  type: string;
  forward: boolean;
  action: string | null;
  doc: string;
  sentence: string;
}

export interface DumpNode {
  key: string;
  attributes: Record<string, unknown>;
}

export interface DumpEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

/** A sentence an answer rests on. */
export interface Evidence {
  doc: string;
  sentence: string;
  via?: string;
}
