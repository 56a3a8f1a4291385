// Node and edge identity across documents: nodes merge on (type, canonical
// name), so "Russia" from two articles is one node; edges are one per piece of
// evidence, so a fact stated twice keeps both sentences and queries can count
// sources.
import { createHash } from 'node:crypto';

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function nodeKey(type: string, name: string): string {
  return `${type}:${normalizeName(name)}`;
}

export function shortHash(...parts: Array<string | number | null | undefined>): string {
  return createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u0000')).digest('hex').slice(0, 16);
}

/** Code-point order, the same in every locale: how every answer and row is sorted. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
