// The ontology of ../shared/corpus/GUIDE.md: the entity and relation types every
// stage, store and query speaks in.

export const ENTITY_TYPES = ['Country', 'Person', 'Organization', 'Operation', 'Event', 'Treaty', 'Place', 'Topic', 'Action'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const STATEMENT_TYPES = ['CONDEMNS', 'CRITICIZES', 'URGES', 'EXPRESSES_CONCERN', 'SUPPORTS', 'CITES', 'CONTACTS', 'OFFERS'] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];

export const FACT_TYPES = ['LAUNCHED', 'PARTICIPATES_IN', 'TARGETS', 'RETALIATES_FOR', 'OCCURRED_IN', 'REPRESENTS', 'PART_OF'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export type RelationType = StatementType | FactType;
export const RELATION_TYPES: readonly RelationType[] = [...STATEMENT_TYPES, ...FACT_TYPES];

export const URGE_ACTIONS = ['restraint', 'dialogue', 'de-escalation', 'calm', 'ceasefire', 'peaceful-resolution', 'investigation', 'cooperation', 'other'] as const;
export type UrgeAction = (typeof URGE_ACTIONS)[number];

export function isStatementType(p: string): p is StatementType {
  return (STATEMENT_TYPES as readonly string[]).includes(p);
}

export function isRelationType(p: string): p is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(p);
}

/**
 * CAMEO codes (Conflict and Mediation Event Observations, v1.1b3) for the
 * statement types, so the graph lines up with GDELT-style event data.
 * URGES refines by what is urged.
 */
const CAMEO: Record<StatementType, string> = {
  CONDEMNS: '111',
  CRITICIZES: '112',
  URGES: '020',
  EXPRESSES_CONCERN: '012',
  SUPPORTS: '051',
  CITES: '010',
  CONTACTS: '041',
  OFFERS: '030',
};
const CAMEO_URGES: Partial<Record<UrgeAction, string>> = {
  restraint: '025',
  'de-escalation': '025',
  calm: '025',
  dialogue: '023',
  'peaceful-resolution': '023',
  ceasefire: '0256',
  investigation: '020',
  cooperation: '021',
};

export function cameoCode(p: StatementType, action?: UrgeAction | null): string {
  if (p === 'URGES' && action) return CAMEO_URGES[action] ?? CAMEO.URGES;
  return CAMEO[p];
}
