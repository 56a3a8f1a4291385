// The entities of one document: each surface form resolved to one entity, so
// "Maria Zakharova", "Zakharova" and "she" end up on the same node.
import type { EntityType } from '../model/ontology.js';
import { normalizeName } from '../graph/keys.js';

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  title?: string;
  /** ISO code, for Country entities. */
  code?: string;
  props: { killed?: number; wounded?: number; targets?: number; year?: number };
  /** The body or state this actor speaks for (REPRESENTS / PART_OF target). */
  upTo?: Entity;
  /** Where that link came from, for provenance. */
  upEvidence?: { sentence: number; rule: string };
  /** Members that speak with the body's voice (G7 → its states). */
  members?: Entity[];
  /** For operations: the state or body that carried it out. */
  launcher?: Entity;
  /** For events: where it happened ("Pahalgam attack" → Pahalgam). */
  place?: Entity;
  /** For persons, when the title or a pronoun tells: which of he/she refers to them. */
  gender?: 'f' | 'm';
  /** For persons: the role their title gives (head, minister, spokesperson…). */
  role?: string;
  /** Order of first mention, to keep output stable. */
  order: number;
}

export class EntityRegistry {
  private readonly byKey = new Map<string, Entity>();
  private readonly ids = new Set<string>();
  private counter = 0;

  private readonly redirects = new Map<Entity, Entity>();

  all(): Entity[] {
    return [...new Set(this.byKey.values())].filter((e) => !this.redirects.has(e)).sort((a, b) => a.order - b.order);
  }

  /** Folds one entity into another ("April 22 attack" into "Pahalgam attack"). */
  merge(from: Entity, into: Entity): void {
    if (from === into) return;
    this.redirects.set(from, into);
    into.aliases.add(from.name);
    for (const a of from.aliases) into.aliases.add(a);
    into.aliases.delete(into.name);
    for (const [k, v] of Object.entries(from.props)) (into.props as Record<string, number>)[k] ??= v as number;
    for (const [k, v] of this.byKey) if (v === from) this.byKey.set(k, into);
  }

  /** The entity an old reference now stands for, after merges. */
  canonical(e: Entity): Entity {
    let cur = e;
    while (this.redirects.has(cur)) cur = this.redirects.get(cur)!;
    return cur;
  }

  find(type: EntityType, name: string): Entity | undefined {
    return this.byKey.get(`${type}:${normalizeName(name)}`);
  }

  /** Returns the entity of that type and name, creating it on first sight. */
  get(type: EntityType, name: string, alias?: string): Entity {
    const k = `${type}:${normalizeName(name)}`;
    let e = this.byKey.get(k);
    if (!e) {
      e = { id: this.newId(name), type, name, aliases: new Set(), props: {}, order: this.counter++ };
      this.byKey.set(k, e);
    }
    if (alias && alias !== e.name) e.aliases.add(alias);
    return e;
  }

  /** Another name for an existing entity, so later look-ups by it land there. */
  alias(entity: Entity, name: string): void {
    const k = `${entity.type}:${normalizeName(name)}`;
    if (!this.byKey.has(k)) this.byKey.set(k, entity);
    if (name !== entity.name) entity.aliases.add(name);
  }

  /** A name look-ups may find the entity by, not yet seen in the text (an acronym by its initials). */
  lookupName(entity: Entity, name: string): void {
    const k = `${entity.type}:${normalizeName(name)}`;
    if (!this.byKey.has(k)) this.byKey.set(k, entity);
  }

  persons(): Entity[] {
    return this.all().filter((e) => e.type === 'Person');
  }

  private newId(name: string): string {
    const base = normalizeName(name).replace(/ /g, '_').slice(0, 40) || 'e';
    let id = base;
    for (let i = 2; this.ids.has(id); i++) id = `${base}_${i}`;
    this.ids.add(id);
    return id;
  }
}

/** The country an actor finally answers for, following REPRESENTS/PART_OF. */
export function countryOf(e: Entity | undefined): Entity | undefined {
  const seen = new Set<Entity>();
  let cur = e;
  while (cur && !seen.has(cur)) {
    if (cur.type === 'Country') return cur;
    seen.add(cur);
    cur = cur.upTo;
  }
  return undefined;
}
