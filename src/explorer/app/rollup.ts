// At country level an answer names countries, but the statements were made
// by people and ministries. Following each speaker's REPRESENTS / PART_OF
// edges upward puts the countries in the picture, each link with its evidence.
import type { SerializedGraph } from 'graphology-types';
import { api } from './api.js';

const ROLLUP = ['REPRESENTS', 'PART_OF'];
// Minister → ministry → government → country is as deep as chains go.
const MAX_STEPS = 3;

/** Speakers whose statements make up an answer: the sources of its edges, unless already countries. */
export function speakersOf(sub: SerializedGraph): string[] {
  const types = new Map(sub.nodes.map((n) => [n.key, (n.attributes as { type?: string } | undefined)?.type]));
  return [...new Set(sub.edges.map((e) => e.source))].filter((k) => types.get(k) !== 'Country');
}

/** Each speaker's upward chain, as subgraphs holding only the links that lead up from it. */
export async function rollUpChains(speakers: string[]): Promise<SerializedGraph[]> {
  const parts: SerializedGraph[] = [];
  const seen = new Set(speakers);
  let frontier = speakers;
  for (let step = 0; step < MAX_STEPS && frontier.length; step++) {
    const subs = await Promise.all(frontier.map((key) => api.graph({ focus: key, depth: 1, types: ROLLUP })));
    const next: string[] = [];
    subs.forEach((sub, i) => {
      const from = frontier[i]!;
      const up = sub.edges.filter((e) => e.source === from);
      const targets = new Set(up.map((e) => e.target));
      parts.push({ ...sub, nodes: sub.nodes.filter((n) => n.key === from || targets.has(n.key)), edges: up });
      for (const n of sub.nodes) {
        if (targets.has(n.key) && !seen.has(n.key) && (n.attributes as { type?: string } | undefined)?.type !== 'Country') {
          seen.add(n.key);
          next.push(n.key);
        }
      }
    });
    frontier = next;
  }
  return parts;
}
