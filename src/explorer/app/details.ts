// The details tab: an entity with its statements grouped by type, or an edge
// with every sentence behind it. Each quote names its document and date.
import type { EntityDetail, Statement } from './api.js';
import { docLabel, learnDoc } from './doc-index.js';
import { fill, h } from './dom.js';
import type { EdgeAttrs } from './model.js';
import { edgeColor, nodeColor, RELATION_TYPES, relationLabel } from './palette.js';

export interface DetailActions {
  expand(key: string, relation: string): void;
  hide(key: string): void;
  open(key: string): void;
  stance(name: string): void;
}

function badge(text: string, color: string): HTMLElement {
  return h('span', { class: 'badge', style: `background:${color}` }, text);
}

function quote(e: { sentence: string; doc: string; date?: string }): HTMLElement[] {
  return [h('blockquote', {}, `“${e.sentence}”`), h('div', { class: 'source' }, docLabel(e.doc), e.date ? ` · said ${e.date}` : '')];
}

function propLines(props: Record<string, unknown>): HTMLElement[] {
  return Object.entries(props)
    .filter(([k, v]) => k !== 'title' && (typeof v === 'string' || typeof v === 'number'))
    .map(([k, v]) => h('p', { class: 'meta' }, `${k}: ${String(v)}`));
}

function statementItem(s: Statement, open: (key: string) => void): HTMLElement {
  const arrow = s.direction === 'out' ? '→ ' : '← ';
  const action = s.action ? ` (${s.action})` : '';
  return h(
    'li',
    { class: 'statement' },
    h('div', { class: 'who' }, arrow, h('button', { type: 'button', title: `Show ${s.other.name} in the graph`, onclick: () => open(s.other.key) }, s.other.name), action),
    ...quote({ sentence: s.evidence.sentence, doc: s.evidence.doc, date: s.date }),
  );
}

export function renderEntity(panel: HTMLElement, d: EntityDetail, inView: boolean, actions: DetailActions): void {
  for (const s of d.statements.items) learnDoc(s.evidence.doc, s.evidence);
  const groups = new Map<string, Statement[]>();
  for (const s of d.statements.items) groups.set(s.type, [...(groups.get(s.type) ?? []), s]);
  const relation = h('select', { id: 'expand-relation', 'aria-label': 'Relation to expand along' },
    h('option', { value: '' }, 'all relations'),
    RELATION_TYPES.map((t) => h('option', { value: t }, relationLabel(t))),
  );
  const title = typeof d.props.title === 'string' ? d.props.title : undefined;
  fill(panel, 
    h('h2', { 'data-entity': d.key }, d.name, ' ', badge(d.type, nodeColor(d.type))),
    title ? h('p', { class: 'meta' }, title) : null,
    d.aliases.length ? h('p', { class: 'meta' }, `Also: ${d.aliases.join(', ')}`) : null,
    ...propLines(d.props),
    h('div', { class: 'actions' },
      relation,
      h('button', { type: 'button', id: 'expand-button', onclick: () => actions.expand(d.key, relation.value) }, 'Expand'),
      inView ? h('button', { type: 'button', onclick: () => actions.hide(d.key) }, 'Hide') : h('button', { type: 'button', onclick: () => actions.open(d.key) }, 'Show'),
      h('button', { type: 'button', onclick: () => actions.stance(d.name) }, 'Stance toward'),
    ),
    d.statements.total === 0 ? h('p', { class: 'hint' }, 'No statements by or about this entity.') : null,
    ...[...groups].map(([type, list]) =>
      h('section', { 'data-relation': type },
        h('h3', {}, h('span', { class: 'swatch line', style: `background:${edgeColor(type)}` }), `${relationLabel(type)} (${list.length})`),
        h('ul', { class: 'plain' }, list.map((s) => statementItem(s, actions.open))),
      ),
    ),
    d.statements.total > d.statements.items.length ? h('p', { class: 'hint' }, `Showing ${d.statements.items.length} of ${d.statements.total} statements.`) : null,
  );
}

/** A drawn line: every relation between its two nodes (either way), each with its evidence. */
export function renderEdges(panel: HTMLElement, edges: { from: string; to: string; attrs: EdgeAttrs }[]): void {
  const first = edges[0]!;
  const total = edges.reduce((n, e) => n + e.attrs.evidence.length, 0);
  fill(panel,
    h('h2', {}, `${first.from} → ${first.to}`),
    h('p', { class: 'meta' }, edges.map((e) => h('span', {}, badge(relationLabel(e.attrs.type), edgeColor(e.attrs.type)), e.attrs.actions.length ? ` ${e.attrs.actions.join(', ')} ` : ' '))),
    h('h3', {}, `Evidence (${total})`),
    h('ul', { class: 'plain', id: 'edge-evidence' }, edges.flatMap((e) => e.attrs.evidence.map((ev) =>
      h('li', { class: 'statement', 'data-relation': e.attrs.type },
        h('div', { class: 'who' }, `${e.from} ${relationLabel(e.attrs.type)} ${e.to}${ev.action ? ` (${ev.action})` : ''}`),
        ...quote(ev))))),
  );
}

export function renderMessage(panel: HTMLElement, text: string, isError = false): void {
  fill(panel, h('p', { class: isError ? 'error' : 'hint' }, text));
}
