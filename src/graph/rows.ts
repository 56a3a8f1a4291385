// Turns one extracted fragment into the rows both stores write: the same
// nodes, the same edges, the same keys, whichever store receives them.
import type { GraphFragment } from '../model/fragment.js';
import type { EntityType, RelationType } from '../model/ontology.js';
import { nodeKey, shortHash } from './keys.js';

export type NodeProps = Record<string, string | number>;

export interface NodeRow {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  props: NodeProps;
}

export interface EdgeRow {
  key: string;
  type: RelationType;
  source: string;
  target: string;
  props: EdgeProps;
}

export interface EdgeProps {
  doc: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  action?: string;
  cameo?: string;
  date?: string;
  [extra: string]: string | number | undefined;
}

export interface DocumentRow {
  key: string;
  id: string;
  hash: string;
  title: string;
  published: string;
  source: string;
}

export interface DocumentRows {
  document: DocumentRow;
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** Appeals with no addressee point at the action itself ("called for an investigation"). */
function actionNode(action: string): NodeRow {
  return { key: nodeKey('Action', action), type: 'Action', name: action, aliases: [], props: {} };
}

export function documentKey(hash: string): string {
  return `Document:${hash}`;
}

export function toRows(fragment: GraphFragment): DocumentRows {
  const byLocalId = new Map<string, NodeRow>();
  const nodes = new Map<string, NodeRow>();
  for (const e of fragment.entities) {
    const key = nodeKey(e.type, e.name);
    const props: NodeProps = {};
    for (const k of ['title', 'killed', 'wounded', 'targets', 'year'] as const) {
      const v = e[k];
      if (v !== undefined) props[k] = v;
    }
    const existing = nodes.get(key);
    const row = existing ?? { key, type: e.type, name: e.name, aliases: [], props };
    if (existing) Object.assign(existing.props, props);
    row.aliases = [...new Set([...row.aliases, ...e.aliases])].filter((a) => a !== row.name).sort();
    nodes.set(key, row);
    byLocalId.set(e.id, row);
  }
  const edges = new Map<string, EdgeRow>();
  for (const r of fragment.relations) {
    const source = byLocalId.get(r.s);
    if (!source) continue;
    let target: NodeRow | undefined;
    if (r.o === null) {
      target = actionNode(r.action ?? 'other');
      nodes.set(target.key, target);
    } else target = byLocalId.get(r.o);
    if (!target) continue;
    const props: EdgeProps = {
      doc: fragment.doc,
      sentence: r.evidence.sentence,
      start: r.evidence.start,
      end: r.evidence.end,
      rule: r.rule,
      confidence: r.confidence,
    };
    if (r.action) props.action = r.action;
    if (r.cameo) props.cameo = r.cameo;
    if (r.date) props.date = r.date;
    const key = shortHash(r.p, source.key, target.key, r.action, fragment.document.hash, r.evidence.start);
    edges.set(key, { key, type: r.p, source: source.key, target: target.key, props });
  }
  const d = fragment.document;
  return {
    document: {
      key: documentKey(d.hash),
      id: d.id,
      hash: d.hash,
      title: d.title ?? d.id,
      published: d.published ?? '',
      source: d.source ?? '',
    },
    nodes: [...nodes.values()].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...edges.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}
