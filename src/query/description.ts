// Finds the operations, events and treaties a description means, by the facts
// the graph holds about them: who launched them, what they targeted, where they
// happened, between whom. Topics ("the ceasefire", "the agreement") have no
// facts; within a conflict they are matched by their words instead.
import type { GraphStore } from '../store/store.js';
import { describe, type Description } from './describe.js';
import type { Hit, Ref } from '../store/query-rows.js';

export interface DescribedEntities {
  keys: string[];
  chosen: Ref[];
  /** Regex source: topics named so (or reported in sentences naming it) count, within the conflict. */
  topicWords?: string;
  /** The parties the description names ("between India and Pakistan"), as keys. */
  parties: string[];
  understood: string;
}

const FACTS = ['LAUNCHED', 'PARTICIPATES_IN', 'TARGETS', 'OCCURRED_IN', 'RETALIATES_FOR'];
const ATTACK_NAMES = /attack|strike|bomb|raid|killing|massacre|blast|assault|operation/i;

/**
 * The entities `phrase` describes, or null when it is no description or names
 * something the store does not have. `resolve` turns a name into keys;
 * `conflict` adds the parties of the question's conflict.
 */
export async function describedEntities(
  store: GraphStore, phrase: string, resolve: (name: string) => Promise<string[]>, conflict: string[] = [],
): Promise<DescribedEntities | null> {
  const d = describe(phrase);
  if (!d) return null;
  const role = async (name: string | undefined) => (name ? resolve(name) : []);
  const [launchers, targets, places] = [await role(d.launcher), await role(d.target), await role(d.place)];
  if ((d.launcher && !launchers.length) || (d.target && !targets.length) || (d.place && !places.length)) return null;
  const named: string[] = [];
  for (const p of d.parties ?? []) {
    const keys = await resolve(p);
    if (!keys.length) return null;
    named.push(...keys);
  }
  const parties = [...new Set([...named, ...conflict])];
  const anchors = [...new Set([...launchers, ...targets, ...places, ...parties])].sort();
  if (!anchors.length) return null;
  const near = (await store.run('neighbourhood', { focus: anchors, depth: 1, types: FACTS })) as unknown as Hit[];
  const candidates = new Map<string, Ref>();
  for (const h of near) for (const end of [h.source, h.target]) if (fits(d, end)) candidates.set(end.key, end);
  const opFacts = candidates.size ? ((await store.run('operation', { operations: [...candidates.keys()], relations: FACTS })) as unknown as Hit[]) : [];
  const has = (op: string, type: string[], dir: 'in' | 'out', keys: string[]) => opFacts.some((h) => type.includes(h.type) && (dir === 'out' ? h.source.key === op && keys.includes(h.target.key) : h.target.key === op && keys.includes(h.source.key)));
  const chosen = [...candidates.values()].filter((op) =>
    (!launchers.length || has(op.key, ['LAUNCHED', 'PARTICIPATES_IN'], 'in', launchers))
    && (!targets.length || has(op.key, ['TARGETS'], 'out', targets))
    && (!places.length || has(op.key, ['OCCURRED_IN', 'TARGETS'], 'out', places))
    && (!parties.length || has(op.key, ['LAUNCHED'], 'in', parties) || has(op.key, ['TARGETS'], 'out', parties)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const topicWords = parties.length ? d.words : undefined;
  if (!chosen.length && !topicWords) return null;
  const what = [
    ...(chosen.length ? [chosen.map((c) => c.name).join(', ')] : []),
    ...(topicWords ? [`what the articles naming ${d.parties?.join(' and ') ?? 'the conflict\'s parties'} call "${d.head}"`] : []),
  ].join(' and ');
  return { keys: chosen.map((c) => c.key), chosen, topicWords, parties: named, understood: `"${phrase}" read as ${what}` };
}

function fits(d: Description, e: Ref): boolean {
  if (d.kind === 'attack') return e.type === 'Operation' || (e.type === 'Event' && ATTACK_NAMES.test(e.name));
  const words = new RegExp(`\\b(?:${d.words})\\b`, 'i');
  return (e.type === 'Event' || e.type === 'Treaty') && words.test(e.name);
}
