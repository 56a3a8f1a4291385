// The two sides an article's "both sides" and "the parties" stand for: the
// pair of states it sets against each other most often ("between India and
// Pakistan", "India-Pakistan", an operation by one on the other).
import type { Fact } from '../actions/operations.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';

const INSURGENT_NAME = /\b(?:Front|Movement|Liberation|Rebels?|Houthis|Hamas|Hezbollah|Taliban|M23|Militia|Resistance)\b/;
const HOSTILE = /\b(?:accus\w*|ramm\w*|attack\w*|shell\w*|struck|strikes?|bomb\w*|raid\w*|invad\w*|invasion|clash\w*|seiz\w*|detain\w*|dispute\s+with|annex\w*|provocations?|blam\w*|incursions?\s+(?:into|by)|ambush\w*|violat\w*|fired|fires|firing|barrage|assault\w*|offensive|retaliat\w*|war\s+(?:on|against|with)|aggression)\b/;

/** Verbs of saying and appeal: a hostile word after one reports the act, it does not set the speaker against its author. */
const REPORTED_BEFORE = /\b(?:condemn\w*|denounc\w*|deplor\w*|demand\w*|urg\w*|call\w*|said|says|told|warn\w*|express\w*|describ\w*|criticiz\w*|criticis\w*)\b/;

/** Diplomatic ruptures: "recalled its ambassador to", "expelled", "cut ties with", "a row with". */
const ROW = /\b(?:recall\w*|expel\w*|summon\w*|cut\s+(?:diplomatic\s+)?ties|sever\w*|row\s+with|tensions?\s+with|denounc\w*)\b/;

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
  // A movement fighting a state is a side too ("Moroccan drones struck Polisario Front positions").
  const insurgent = (m: Mention) => m.kind === 'org' && !!m.entity && !registry.canonical(m.entity).upTo && INSURGENT_NAME.test(registry.canonical(m.entity).name);
  // A state's forces or its leader stand for the state ("the Ethiopian National Defense Force", "Abiy").
  const forState = (m: Mention) => (m.kind === 'org' || m.kind === 'person') && !!m.entity && registry.canonical(m.entity).upTo?.type === 'Country';
  sentences.forEach((s, i) => {
    const ms = mentionsOf[i]!.filter((m) => (m.kind === 'country' || insurgent(m) || forState(m)) && m.entity);
    const weight = s.heading ? 2 : 1;
    for (let k = 0; k + 1 < ms.length; k++) {
      const a = ms[k]!;
      const b = ms[k + 1]!;
      const ea = sideOf(registry.canonical(a.entity!));
      const eb = sideOf(registry.canonical(b.entity!));
      const between = s.tokens.slice(a.end, b.start).map((t) => t.lower).join(' ');
      const lead = s.tokens[a.start - 1]?.lower;
      if (a.word === 'pair' && b.word === 'pair' && a.start === b.start) bump(ea, eb, 3 * weight);
      else if (between === 'and' && (lead === 'between' || lead === 'both')) bump(ea, eb, 3 * weight);
      else if (between === 'and' && a.form !== 'demonym' && b.form !== 'demonym') bump(ea, eb, 1 * weight);
      // "The Philippines accused China's coast guard of ramming", "its border dispute with Venezuela".
      // (Not a hostile word inside what one side said of the other: "Jordan condemned what it called a
      // violation … and demanded that Israel halt" names Israel's act, not a fight with Jordan.)
      else if (b.start - a.end <= 18 && HOSTILE.test(between) && !REPORTED_BEFORE.test(between.slice(0, HOSTILE.exec(between)!.index))) bump(ea, eb, 2 * weight);
      // "Somalia recalled its ambassador to Ethiopia": a diplomatic row sets two states apart too, if less.
      else if (b.start - a.end <= 12 && ROW.test(between)) bump(ea, eb, weight);
    }
  });
  // An operation by one state on another sets them against each other.
  for (const f of facts) {
    if (f.p === 'TARGETS' && f.o.type === 'Country' && f.s.launcher?.type === 'Country') bump(f.s.launcher, f.o, 3);
  }
  const best = [...score.values()].sort((x, y) => y.score - x.score)[0];
  return best && best.score >= 2 ? best.pair : [];
}

/** The state a body or leader belongs to, else the actor itself. */
function sideOf(e: Entity): Entity {
  return e.upTo?.type === 'Country' ? e.upTo : e;
}

const CLASH = /\b(?:clashes|fighting)\b/gi;

/**
 * Fighting between the two parties that the article reports without naming
 * it ("the clashes", "the border fighting") is one event: "Thailand-Cambodia
 * border clashes", with where it broke out.
 */
export function conflictEvent(sentences: Sentence[], mentionsOf: Mention[][], parties: Entity[], registry: EntityRegistry): { event: Entity; facts: Fact[] } | undefined {
  if (parties.length !== 2) return undefined;
  let count = 0;
  let border = false;
  for (const s of sentences) {
    const n = s.text.match(CLASH)?.length ?? 0;
    count += n;
    // neighbours fighting over a frontier: "border clashes"
    if (/\b(?:border|frontier|neighbou?rs)\b/i.test(s.text)) border = true;
  }
  if (count < 2) return undefined;
  const [a, b] = parties as [Entity, Entity];
  const event = registry.get('Event', `${a.name}-${b.name} ${border ? 'border ' : ''}clashes`);
  const facts: Fact[] = [];
  sentences.forEach((s, i) => {
    if (facts.length || !CLASH.test(s.text)) return;
    CLASH.lastIndex = 0;
    const prep = (m: Mention) => {
      let k = m.start - 1;
      while (k >= 0 && ['the', 'a', 'an'].includes(s.tokens[k]!.lower)) k--;
      return s.tokens[k]?.lower ?? '';
    };
    const where = mentionsOf[i]!.find((m) => m.kind === 'place' && m.entity && ['near', 'at', 'in', 'around'].includes(prep(m)));
    const broke = /\b(?:began|broke out|erupted|started|flared)\b/i.test(s.text);
    if (where && broke) facts.push({ s: event, p: 'OCCURRED_IN', o: registry.canonical(where.entity!), rule: 'fighting-broke-out-near', confidence: 0.7, sentence: s });
  });
  CLASH.lastIndex = 0;
  return { event, facts };
}
