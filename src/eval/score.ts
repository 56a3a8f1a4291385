// Scores extracted fragments against gold files by the rules of GUIDE.md
// ("Scoring"), so `dipgraph eval` prints what the project is judged by.
import { isStatementType, type RelationType } from '../model/ontology.js';

export interface ScoredEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  optional?: boolean;
}
export interface ScoredRelation {
  s: string;
  p: string;
  o: string | null;
  action?: string;
  optional?: boolean;
}
export interface ScoredDoc {
  entities: ScoredEntity[];
  relations: ScoredRelation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface DocScore {
  entities: Counts;
  relations: Counts;
  speakers: { hit: number; all: number };
  byPredicate: Record<string, Counts>;
  missing: string[];
  extra: string[];
}

const ROLLUP = new Set(['REPRESENTS', 'PART_OF']);

export function normalize(s: string | null | undefined): string {
  return String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function surfaceForms(e: ScoredEntity): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(normalize));
}

/** Which gold entity each system entity stands for (null: none). */
function alignEntities(gold: Map<string, ScoredEntity>, sys: Map<string, ScoredEntity>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [sid, se] of sys) {
    const n = normalize(se.name);
    let hit: string | null = null;
    for (const [gid, ge] of gold) {
      if (ge.type !== 'Topic' && ge.type === se.type && surfaceForms(ge).has(n)) {
        hit = gid;
        break;
      }
    }
    if (!hit) {
      for (const [gid, ge] of gold) {
        if (ge.type === 'Topic' && surfaceForms(ge).has(n)) {
          hit = gid;
          break;
        }
      }
    }
    if (!hit) {
      // A topic also matches when every word of one of its names is in the system's name; the longest name wins.
      const words = new Set(n.split(' ').filter(Boolean));
      let best = 0;
      for (const [gid, ge] of gold) {
        if (ge.type !== 'Topic') continue;
        for (const form of surfaceForms(ge)) {
          const fw = form.split(' ').filter(Boolean);
          if (fw.length > best && fw.every((w) => words.has(w))) {
            best = fw.length;
            hit = gid;
          }
        }
      }
    }
    out.set(sid, hit);
  }
  return out;
}

/** Follows REPRESENTS/PART_OF up, preferring required edges, then edges that reach a country. */
function rollUp(id: string, relations: ScoredRelation[], entities: Map<string, ScoredEntity>): string {
  let cur = id;
  const seen = new Set<string>();
  const rank = (r: ScoredRelation) => (r.optional ? 2 : 0) + (entities.get(r.o ?? '')?.type === 'Country' ? 0 : 1);
  while (!seen.has(cur)) {
    seen.add(cur);
    if (entities.get(cur)?.type === 'Country') return cur;
    const up = relations.filter((r) => r.s === cur && ROLLUP.has(r.p) && r.o).sort((a, b) => rank(a) - rank(b))[0];
    if (!up) return cur;
    cur = up.o!;
  }
  return cur;
}

function relationKey(p: string, s: string, o: string | null, action: string | undefined): string {
  if (p === 'CONTACTS') return `${[s, o ?? 'null'].sort().join('|')}|CONTACTS|`;
  return `${s}|${p}|${o ?? 'null'}|${p === 'URGES' ? (action ?? '') : ''}`;
}

const rolls = (p: string) => isStatementType(p) && p !== 'CONTACTS';

export function scoreDocument(gold: ScoredDoc, sys: ScoredDoc): DocScore {
  const G = new Map(gold.entities.map((e) => [e.id, e]));
  const S = new Map(sys.entities.map((e) => [String(e.id), e]));
  const map = alignEntities(G, S);
  const result: DocScore = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 }, speakers: { hit: 0, all: 0 }, byPredicate: {}, missing: [], extra: [] };

  const required = new Set(gold.entities.filter((e) => e.type !== 'Topic' && !e.optional).map((e) => e.id));
  const optional = new Set(gold.entities.filter((e) => e.type !== 'Topic' && e.optional).map((e) => e.id));
  const matched = new Set<string>();
  for (const [sid, se] of S) {
    if (se.type === 'Topic') continue;
    const gid = map.get(sid);
    if (gid && required.has(gid) && !matched.has(gid)) {
      matched.add(gid);
      result.entities.tp++;
    } else if (!(gid && (optional.has(gid) || matched.has(gid)))) result.entities.fp++;
  }
  result.entities.fn = required.size - matched.size;

  const goldKey = (r: ScoredRelation) => relationKey(r.p, rolls(r.p) ? rollUp(r.s, gold.relations, G) : r.s, r.o, r.action);
  const requiredKeys = new Set(gold.relations.filter((r) => !r.optional).map(goldKey));
  const optionalKeys = new Set(gold.relations.filter((r) => r.optional).map(goldKey));
  const sysRelations = sys.relations.map((r) => ({ ...r, s: String(r.s), o: r.o == null ? null : String(r.o) }));
  const mapped = (id: string | null) => (id === null ? null : (map.get(id) ?? `sys:${id}`));
  const systemKeys = new Set<string>();
  for (const r of sysRelations) {
    let subject = mapped(r.s)!;
    if (rolls(r.p)) subject = mapped(rollUp(r.s, sysRelations, S))!;
    systemKeys.add(relationKey(r.p, subject, mapped(r.o), r.action));
  }
  const predicateOf = (k: string) => (k.includes('|CONTACTS|') ? 'CONTACTS' : k.split('|')[1]!);
  const bump = (p: string, f: keyof Counts) => {
    result.byPredicate[p] ??= { tp: 0, fp: 0, fn: 0 };
    result.byPredicate[p][f]++;
  };
  for (const k of systemKeys) {
    if (requiredKeys.has(k)) {
      result.relations.tp++;
      bump(predicateOf(k), 'tp');
    } else if (!optionalKeys.has(k)) {
      result.relations.fp++;
      bump(predicateOf(k), 'fp');
      result.extra.push(k);
    }
  }
  for (const k of requiredKeys) {
    if (!systemKeys.has(k)) {
      result.relations.fn++;
      bump(predicateOf(k), 'fn');
      result.missing.push(k);
    }
  }
  const personKeys = new Set(sysRelations.map((r) => relationKey(r.p, mapped(r.s)!, mapped(r.o), r.action)));
  for (const r of gold.relations) {
    if (r.optional || !isStatementType(r.p) || G.get(r.s)?.type !== 'Person') continue;
    result.speakers.all++;
    if (personKeys.has(relationKey(r.p, r.s, r.o, r.action))) result.speakers.hit++;
  }
  return result;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export type { RelationType };
