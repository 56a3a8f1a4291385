// The Table tab: the nodes and the drawn lines of the view as tables, sorted
// by any column (click its header; again to reverse).
import { h, fill } from './dom.js';
import type { ViewGraph } from './model.js';
import { relationLabel } from './palette.js';
import type { Bundle } from './renderer.js';
import type { Visibility } from './visibility.js';

type Cell = string | number;
interface Column {
  label: string;
  numeric: boolean;
}
interface Sort {
  column: number;
  descending: boolean;
}

const sorts: Record<string, Sort> = { nodes: { column: 2, descending: true }, edges: { column: 3, descending: true } };

function table(id: string, columns: Column[], rows: { key: string; cells: Cell[] }[], redraw: () => void, onRow?: (key: string) => void): HTMLElement {
  const sort = sorts[id]!;
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [a.cells[sort.column]!, b.cells[sort.column]!];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (sort.descending ? -order : order) || String(a.cells[0]).localeCompare(String(b.cells[0]));
  });
  const header = columns.map((c, i) => h('th', { scope: 'col', 'aria-sort': i === sort.column ? (sort.descending ? 'descending' : 'ascending') : 'none' },
    h('button', { type: 'button', 'data-column': c.label, onclick: () => {
      sorts[id] = { column: i, descending: i === sort.column ? !sort.descending : c.numeric };
      redraw();
    } }, c.label)));
  return h('table', { id: `table-${id}`, class: 'data' },
    h('thead', {}, h('tr', {}, header)),
    h('tbody', {}, sorted.map((r) => h('tr', { 'data-key': r.key, ...(onRow && { onclick: () => onRow(r.key) }) }, r.cells.map((c, i) => h('td', columns[i]!.numeric ? { class: 'num' } : {}, String(c)))))),
  );
}

export function renderTable(panel: HTMLElement, graph: ViewGraph, vis: Visibility, bundles: Bundle[], select: (key: string) => void): void {
  const redraw = () => renderTable(panel, graph, vis, bundles, select);
  const degree = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  for (const b of bundles) {
    const [s, t] = graph.extremities(b.drawn);
    const docs = b.edges.flatMap((e) => graph.getEdgeAttribute(e, 'evidence').map((ev) => ev.doc));
    for (const n of [s, t]) {
      degree.set(n, (degree.get(n) ?? 0) + 1);
      sources.set(n, new Set([...(sources.get(n) ?? []), ...docs]));
    }
  }
  const nodeRows = [...vis.nodes].map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, cells: [a.name, a.type, degree.get(key) ?? 0, sources.get(key)?.size ?? 0] as Cell[] };
  });
  const edgeRows = bundles.map((b) => {
    const [s, t] = graph.extremities(b.drawn);
    const types = [...new Set(b.edges.map((e) => relationLabel(graph.getEdgeAttribute(e, 'type'))))].join(', ');
    return { key: b.drawn, cells: [graph.getNodeAttribute(s, 'name'), types, graph.getNodeAttribute(t, 'name'), b.sources] as Cell[] };
  });
  fill(panel,
    h('h3', {}, `Nodes (${nodeRows.length})`),
    table('nodes', [{ label: 'Name', numeric: false }, { label: 'Type', numeric: false }, { label: 'Degree', numeric: true }, { label: 'Sources', numeric: true }], nodeRows, redraw, select),
    h('h3', {}, `Relations (${edgeRows.length})`),
    table('edges', [{ label: 'From', numeric: false }, { label: 'Relations', numeric: false }, { label: 'To', numeric: false }, { label: 'Sources', numeric: true }], edgeRows, redraw),
  );
}
