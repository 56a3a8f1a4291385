// The Path tab: the shortest chain of relations between two actors of the
// view (either direction), with graphology-shortest-path, highlighted in the picture.
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { fill, h } from './dom.js';
import type { ViewGraph } from './model.js';
import type { Visibility } from './visibility.js';

export function shortestPathIn(graph: ViewGraph, vis: Visibility, from: string, to: string): string[] | null {
  const links = new Graph({ type: 'undirected' });
  for (const n of vis.nodes) links.addNode(n);
  for (const e of vis.edges) {
    const [s, t] = graph.extremities(e);
    if (s !== t && links.hasNode(s) && links.hasNode(t)) links.mergeEdge(s, t);
  }
  if (!links.hasNode(from) || !links.hasNode(to)) return null;
  return bidirectional(links, from, to);
}

function nodeSelect(id: string, label: string): HTMLSelectElement {
  return h('select', { id, 'aria-label': label });
}

function setOptions(select: HTMLSelectElement, nodes: { key: string; name: string }[]): void {
  const keep = select.value;
  select.replaceChildren(h('option', { value: '' }, '—'), ...nodes.map((n) => h('option', { value: n.key }, n.name)));
  if (nodes.some((n) => n.key === keep)) select.value = keep;
}

export function renderPathPanel(panel: HTMLElement, graph: ViewGraph, vis: Visibility, find: (from: string, to: string) => string[] | null): void {
  const nodes = [...vis.nodes].map((key) => ({ key, name: graph.getNodeAttribute(key, 'name') })).sort((a, b) => a.name.localeCompare(b.name));
  let from = panel.querySelector<HTMLSelectElement>('#path-from');
  let to = panel.querySelector<HTMLSelectElement>('#path-to');
  if (!from || !to) {
    from = nodeSelect('path-from', 'From');
    to = nodeSelect('path-to', 'To');
    const result = h('ol', { id: 'path-result', class: 'plain' });
    const [a, b] = [from, to];
    const form = h('form', { id: 'path-form', class: 'path-form', onsubmit: (e: Event) => {
      e.preventDefault();
      const path = a.value && b.value ? find(a.value, b.value) : null;
      result.dataset.status = path ? 'found' : 'none';
      fill(result, path ? path.map((key) => h('li', { 'data-node-key': key }, graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key))
        : [h('li', { class: 'hint' }, a.value && b.value ? 'No chain of relations links them in this view: expand or ask more, then try again.' : 'Pick two actors.')]);
    } },
    h('label', {}, 'From ', a), h('label', {}, 'To ', b), h('button', { type: 'submit' }, 'Find path'));
    fill(panel, h('p', { class: 'hint' }, 'The shortest chain of relations between two actors in the view, either direction.'), form, result);
  }
  setOptions(from, nodes);
  setOptions(to, nodes);
}
