// What "matches a search" means on both stores: every word typed begins a word
// of the entity's name or of one of its aliases, after normalizeName. Neo4j's
// full-text index finds the candidates; this predicate decides.
import { normalizeName } from '../graph/keys.js';

export function searchWords(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}

export function matchesWords(words: readonly string[], name: string, aliases: readonly string[]): boolean {
  if (!words.length) return false;
  return [name, ...aliases].some((n) => {
    const have = normalizeName(n).split(' ');
    return words.every((w) => have.some((h) => h.startsWith(w)));
  });
}
