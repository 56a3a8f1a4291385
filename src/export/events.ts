// A GDELT-style event table: one row per statement, actor 1 (the speaker) doing
// a CAMEO-coded event to actor 2, with both actors' countries, the quote and its
// source. Event-data tools that read GDELT's columns map these one to one.
import { csv } from './csv.js';
import type { StatementRow } from './statement-rows.js';

export const EVENT_COLUMNS = [
  'event_id', 'date', 'actor1', 'actor1_type', 'actor1_country', 'event_code', 'event_root_code', 'relation', 'action',
  'actor2', 'actor2_type', 'actor2_country', 'quote', 'doc', 'title', 'source', 'confidence',
] as const;

export function eventTable(rows: StatementRow[]): string {
  return csv(EVENT_COLUMNS, rows.map((r) => [
    r.edge, r.date, r.speaker, r.speakerType, r.speakerCountry, r.cameo, r.cameo?.slice(0, 2), r.relation, r.action,
    r.object, r.objectType, r.objectCountry, r.quote, r.doc, r.title, r.source, r.confidence,
  ]));
}
