// The Cypher text of the named queries, read from cypher/queries/ at the project
// root. Only names of the catalog reach here, never user text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const cache = new Map<string, string>();

export function cypherFile(relative: string): string {
  let text = cache.get(relative);
  if (text === undefined) {
    text = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher', relative), 'utf8');
    cache.set(relative, text);
  }
  return text;
}

export function queryCypher(name: string): string {
  const relative = `queries/${name}.cypher`;
  // The same refusal as the embedded store's, for a name that has no file.
  if (!cache.has(relative) && (!/^[a-z_]+$/.test(name) || !fs.existsSync(path.join(PROJECT_ROOT, 'cypher', relative)))) throw new Error(`unknown query "${name}"`);
  return cypherFile(relative);
}
