// Building blocks of the catalog's parameter schemas. They accept what a URL
// query string or `--param k=v` gives (strings), so the CLI and HTTP share them.
import { z } from 'zod';
import { ENTITY_TYPES, FACT_TYPES, RELATION_TYPES, STATEMENT_TYPES, URGE_ACTIONS } from '../model/ontology.js';

export const ref = z.string().trim().min(1).describe('an entity key ("Country:india") or a name or alias ("India", "New Delhi")');
export const refs = z.union([ref, z.array(ref).min(1)], { error: 'an entity key or name, or a list of them' }).describe('one entity, or several (repeat the parameter)');
export const level = z.enum(['person', 'country', 'entity']);
export const statementType = z.enum(STATEMENT_TYPES);
export const statementTypes = z.union([statementType, z.array(statementType).min(1)], { error: `one of ${STATEMENT_TYPES.join(', ')}, or a list of them` });
const relationType = z.enum(RELATION_TYPES as [string, ...string[]]);
export const relationTypes = z.union([relationType, z.array(relationType).min(1)], { error: `one of ${RELATION_TYPES.join(', ')}, or a list of them` });
export const operationFact = z.enum(FACT_TYPES.filter((t) => t !== 'REPRESENTS' && t !== 'PART_OF') as [string, ...string[]]);
export const action = z.enum(URGE_ACTIONS);
export const entityType = z.enum(ENTITY_TYPES);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const flag = z.union([z.boolean(), z.stringbool()]);

export function list<T>(value: T | T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
