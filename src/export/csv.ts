// RFC 4180 CSV with a header line: fields quoted when needed, quotes doubled,
// which pandas, R, spreadsheets and neo4j-admin all read.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

export function csv(header: readonly string[], rows: Cell[][]): string {
  return stringify([header as string[], ...rows], { eof: true, cast: { boolean: (b) => String(b) } });
}
