// CSV files for `neo4j-admin database import full`: the same graph a
// transactional ingest writes (labels :Entity:<Type> and :Document, one
// relationship per edge, the `key` and `norms` properties the queries use),
// for bulk loads far beyond what per-document transactions are for.
import { normalizeName } from '../graph/keys.js';
import { csv, type Cell } from './csv.js';
import { isDocument, type WholeGraph } from './whole-graph.js';

/** neo4j-admin's default array delimiter, so the command needs no option for it. */
const ARRAY_DELIMITER = ';';

export const ENTITY_HEADER = [
  'key:ID', ':LABEL', 'type', 'name', 'aliases:string[]', 'norms:string[]', 'title', 'killed:long', 'wounded:long', 'targets:long', 'year:long',
] as const;
export const DOCUMENT_HEADER = ['key:ID', ':LABEL', 'type', 'name', 'id', 'hash', 'title', 'published', 'source'] as const;
export const RELATIONSHIP_HEADER = [
  ':START_ID', ':END_ID', ':TYPE', 'key', 'doc', 'sentence', 'start:long', 'end:long', 'rule', 'confidence:double', 'action', 'cameo', 'date',
] as const;

export interface Neo4jImportFiles {
  'entities.csv': string;
  'documents.csv': string;
  'relationships.csv': string;
}

/** The command that loads the files (run from their folder, with the database stopped). */
export const NEO4J_IMPORT_COMMAND =
  'neo4j-admin database import full --nodes=entities.csv --nodes=documents.csv --relationships=relationships.csv --multiline-fields=true neo4j';

function array(values: string[], what: string): string {
  const bad = values.find((v) => v.includes(ARRAY_DELIMITER));
  if (bad !== undefined) throw new Error(`${what} "${bad}" contains "${ARRAY_DELIMITER}", which neo4j-admin reads as the array delimiter`);
  return values.join(ARRAY_DELIMITER);
}

export function neo4jImportFiles(graph: WholeGraph): Neo4jImportFiles {
  const entities: Cell[][] = [];
  const documents: Cell[][] = [];
  graph.forEachNode((key, a) => {
    if (isDocument(a)) {
      documents.push([key, 'Document', 'Document', a.title as string, a.id as string, a.hash as string, a.title as string, a.published as string, a.source as string]);
      return;
    }
    const aliases = (a.aliases as string[] | undefined) ?? [];
    const norms = [...new Set([a.name as string, ...aliases].map(normalizeName))];
    entities.push([
      key, `Entity;${a.type as string}`, a.type as string, a.name as string, array(aliases, `an alias of ${key}`), array(norms, `a name of ${key}`),
      a.title as Cell, a.killed as Cell, a.wounded as Cell, a.targets as Cell, a.year as Cell,
    ]);
  });
  const relationships: Cell[][] = [];
  graph.forEachEdge((key, a, source, target) => {
    relationships.push([
      source, target, a.type as string, key, a.doc as string, a.sentence as Cell, a.start as Cell, a.end as Cell, a.rule as Cell,
      a.confidence as Cell, a.action as Cell, a.cameo as Cell, a.date as Cell,
    ]);
  });
  return {
    'entities.csv': csv(ENTITY_HEADER, entities),
    'documents.csv': csv(DOCUMENT_HEADER, documents),
    'relationships.csv': csv(RELATIONSHIP_HEADER, relationships),
  };
}
