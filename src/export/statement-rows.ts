// Statements as flat rows, one per statement edge, with the speaker's and the
// object's country: what a data frame, a spreadsheet or an event-data tool
// wants. The client's `statements()` and the GDELT-style event table share it.
import { STATEMENT_TYPES, type StatementType } from '../model/ontology.js';
import { compareStrings, rollupMap } from '../query/shape.js';
import type { Ref } from '../store/query-rows.js';
import type { GraphStore } from '../store/store.js';
import { isDocument, type WholeGraph } from './whole-graph.js';

export interface StatementRow {
  /** The statement's own date, else its article's publication date (as the named queries do). */
  date: string | null;
  speaker: string;
  speakerType: string;
  /** The country the speaker answers for (REPRESENTS/PART_OF up to a Country), or null. */
  speakerCountry: string | null;
  /** What the speaker answers as at country level: its country, else the body on top of its chain (the UN for its spokesman), else itself. */
  speakerRollup: string;
  relation: StatementType;
  /** What was urged (restraint, dialogue, ceasefire ...), for URGES. */
  action: string | null;
  /** CAMEO event code. */
  cameo: string | null;
  object: string;
  objectType: string;
  objectCountry: string | null;
  /** Document id (the article's file name without extension). */
  doc: string;
  title: string | null;
  /** The article's source (publisher or URL) as its header gave it. */
  source: string | null;
  /** The sentence the statement was read from. */
  quote: string;
  confidence: number;
  speakerKey: string;
  objectKey: string;
  edge: string;
}

const STATEMENTS = new Set<string>(STATEMENT_TYPES);

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Every statement edge of `graph` as a row, oldest first (then by document, sentence, speaker). */
export async function statementRows(store: GraphStore, graph: WholeGraph): Promise<StatementRow[]> {
  const docs = new Map<string, Record<string, unknown>>();
  graph.forEachNode((_, a) => {
    if (isDocument(a)) docs.set(String(a.id), a);
  });
  const edges = graph.filterEdges((_, a) => STATEMENTS.has(a.type as string));
  const ends = new Set(edges.flatMap((e) => graph.extremities(e)));
  const up = await rollupMap(store, [...ends].sort());
  const country = (key: string): string | null => {
    const to: Ref | undefined = up.get(key);
    return to?.type === 'Country' ? to.name : null;
  };
  const rollup = (key: string, name: string): string => up.get(key)?.name ?? name;
  const rows = edges.map((e): StatementRow => {
    const a = graph.getEdgeAttributes(e);
    const [s, o] = graph.extremities(e);
    const speaker = graph.getNodeAttributes(s);
    const object = graph.getNodeAttributes(o);
    const doc = docs.get(String(a.doc));
    return {
      date: text(a.date) ?? text(doc?.published),
      speaker: String(speaker.name),
      speakerType: String(speaker.type),
      speakerCountry: country(s),
      speakerRollup: rollup(s, String(speaker.name)),
      relation: a.type as StatementType,
      action: text(a.action),
      cameo: text(a.cameo),
      object: String(object.name),
      objectType: String(object.type),
      objectCountry: country(o),
      doc: String(a.doc),
      title: text(doc?.title),
      source: text(doc?.source),
      quote: String(a.sentence),
      confidence: Number(a.confidence),
      speakerKey: s,
      objectKey: o,
      edge: e,
    };
  });
  return rows.sort((x, y) => compareStrings(x.date ?? '', y.date ?? '') || compareStrings(x.doc, y.doc) || compareStrings(x.quote, y.quote)
    || compareStrings(x.speakerKey, y.speakerKey) || compareStrings(x.relation, y.relation) || compareStrings(x.objectKey, y.objectKey) || compareStrings(x.edge, y.edge));
}
