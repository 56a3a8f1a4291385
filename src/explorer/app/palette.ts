// One colour per node type and per relation type; the legend and the
// renderer both read from here. Statement colours follow their tone:
// hostile reds, appeals blues, support greens.
export const NODE_COLORS: Record<string, string> = {
  Country: '#1f77b4',
  Person: '#e377c2',
  Organization: '#17becf',
  Operation: '#d62728',
  Event: '#ff7f0e',
  Treaty: '#8c564b',
  Place: '#2ca02c',
  Topic: '#9467bd',
  Action: '#7f7f7f',
  Document: '#bcbd22',
};

export const EDGE_COLORS: Record<string, string> = {
  CONDEMNS: '#c0392b',
  CRITICIZES: '#e67e22',
  URGES: '#2e6fd8',
  EXPRESSES_CONCERN: '#8e44ad',
  SUPPORTS: '#27ae60',
  CITES: '#7f6a4d',
  CONTACTS: '#16a2b8',
  OFFERS: '#2bb39a',
  LAUNCHED: '#7a1f1f',
  PARTICIPATES_IN: '#a05a2c',
  TARGETS: '#e74c3c',
  RETALIATES_FOR: '#b03a6f',
  OCCURRED_IN: '#6b8e23',
  REPRESENTS: '#9aa5b1',
  PART_OF: '#b7c0c8',
  MENTIONS: '#dddddd',
};

export const NODE_TYPES = Object.keys(NODE_COLORS).filter((t) => t !== 'Document');
export const RELATION_TYPES = Object.keys(EDGE_COLORS).filter((t) => t !== 'MENTIONS');

export const nodeColor = (type: string): string => NODE_COLORS[type] ?? '#666';
export const edgeColor = (type: string): string => EDGE_COLORS[type] ?? '#999';

/** "EXPRESSES_CONCERN" → "expresses concern", for labels a person reads. */
export const relationLabel = (type: string): string => type.toLowerCase().replace(/_/g, ' ');
