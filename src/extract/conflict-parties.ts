// The two sides an article's "both sides" and "the parties" stand for: the
// pair of states it sets against each other most often ("between India and
// Pakistan", "India-Pakistan", an operation by one on the other).
import type { Fact } from '../actions/operations.js';
import type { Entity, EntityRegistry } from '../entities/registry.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';

export function conflictParties(sentences: Sentence[], mentionsOf: Mention[][], registry: EntityRegistry, facts: Fact[]): Entity[] {
  const score = new Map<string, { pair: [Entity, Entity]; score: number }>();
  const bump = (a: Entity, b: Entity, n: number) => {
    if (a === b) return;
    const pair: [Entity, Entity] = a.order <= b.order ? [a, b] : [b, a];
    const k = `${pair[0].id}|${pair[1].id}`;
    const cur = score.get(k) ?? { pair, score: 0 };
    cur.score += n;
    score.set(k, cur);
  };
  sentences.forEach((s, i) => {
    const ms = mentionsOf[i]!.filter((m) => m.kind === 'country' && m.entity);
    const weight = s.heading ? 2 : 1;
    for (let k = 0; k + 1 < ms.length; k++) {
      const a = ms[k]!;
      const b = ms[k + 1]!;
      const ea = registry.canonical(a.entity!);
      const eb = registry.canonical(b.entity!);
      const between = s.tokens.slice(a.end, b.start).map((t) => t.lower).join(' ');
      const lead = s.tokens[a.start - 1]?.lower;
      if (a.word === 'pair' && b.word === 'pair' && a.start === b.start) bump(ea, eb, 3 * weight);
      else if (between === 'and' && (lead === 'between' || lead === 'both')) bump(ea, eb, 3 * weight);
      else if (between === 'and' && a.form !== 'demonym' && b.form !== 'demonym') bump(ea, eb, 1 * weight);
    }
  });
  // An operation by one state on another sets them against each other.
  for (const f of facts) {
    if (f.p === 'TARGETS' && f.o.type === 'Country' && f.s.launcher?.type === 'Country') bump(f.s.launcher, f.o, 3);
  }
  const best = [...score.values()].sort((x, y) => y.score - x.score)[0];
  return best && best.score >= 2 ? best.pair : [];
}
