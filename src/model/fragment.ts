// What the extractor returns for one document: the gold format of GUIDE.md,
// plus provenance on every relation. Pure data, JSON-serializable.
import type { EntityType, RelationType, UrgeAction } from './ontology.js';

export interface Evidence {
  /** Document id (the file's base name, or the feed item's id). */
  doc: string;
  /** The sentence the relation was read from, as it stands in the document. */
  sentence: string;
  /**
   * Character offsets of that sentence in the article's text (UTF-16, end exclusive): its
   * title, a blank line, then its body (the body alone for an article without a title).
   */
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** Local to the fragment: unique, stable for the same text. */
  id: string;
  type: EntityType;
  /** Canonical name (GUIDE.md: common English short name, full name without title, …). */
  name: string;
  aliases: string[];
  /** Title of a person, as written ("Foreign Minister"). */
  title?: string;
  /** Counts and facts stated in the text: killed, wounded, targets, year. */
  killed?: number;
  wounded?: number;
  targets?: number;
  year?: number;
}

export interface ExtractedRelation {
  s: string;
  p: RelationType;
  /** Null for an appeal with no addressee ("called for an investigation"). */
  o: string | null;
  action?: UrgeAction;
  /** CAMEO event code of a statement. */
  cameo?: string;
  /** ISO date the statement was made, when the text says (resolved against publication). */
  date?: string;
  evidence: Evidence;
  /** Name of the rule that produced the relation, for "why is this edge here?". */
  rule: string;
  confidence: number;
}

export interface DocumentMeta {
  id: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) relative dates are resolved against. */
  published?: string;
  source?: string;
  url?: string;
}

export interface GraphFragment {
  doc: string;
  document: DocumentMeta & { hash: string };
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
