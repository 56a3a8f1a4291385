// Entry point: wires the page's controls to the explorer.
import './styles.css';
import { Explorer } from './controller.js';
import { download, byId } from './dom.js';
import { snapshotPng, toGexf, toJson } from './export.js';
import type { Level } from './api.js';
import { setupSearch } from './search.js';
import type { SizeMetric } from './sizes.js';
import { setupTabs } from './tabs.js';

const explorer = new Explorer(setupTabs(byId('side')));
const q = byId<HTMLInputElement>('q');
const by = byId<HTMLSelectElement>('by');
const conflict = byId<HTMLInputElement>('conflict');
const sizeBy = byId<HTMLSelectElement>('size-by');

q.value = explorer.view.q;
by.value = explorer.view.by;
conflict.value = explorer.view.conflict;
sizeBy.value = explorer.view.size;

byId('ask-form').addEventListener('submit', (e) => {
  e.preventDefault();
  if (q.value.trim()) void explorer.ask(q.value.trim(), by.value as Level | '', conflict.value.trim());
});
for (const example of document.querySelectorAll<HTMLButtonElement>('button.example')) {
  example.addEventListener('click', () => {
    q.value = example.textContent ?? '';
    void explorer.ask(q.value, by.value as Level | '', conflict.value.trim());
  });
}
setupSearch((hit) => {
  q.value = '';
  void explorer.focus(hit.key);
});
sizeBy.addEventListener('change', () => explorer.setSizeMetric(sizeBy.value as SizeMetric));

byId('layout-toggle').addEventListener('click', () => explorer.layout.toggle());
byId('tidy').addEventListener('click', () => explorer.layout.tidy(explorer.renderer.projection));
byId('reset').addEventListener('click', () => {
  q.value = '';
  by.value = '';
  conflict.value = '';
  explorer.reset();
});

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
byId('export-png').addEventListener('click', async () => {
  download(`dipgraph-${stamp()}.png`, await snapshotPng(explorer.renderer.sigma, explorer.visible()));
});
byId('export-gexf').addEventListener('click', () => {
  download(`dipgraph-${stamp()}.gexf`, new Blob([toGexf(explorer.visible())], { type: 'application/xml' }));
});
byId('export-json').addEventListener('click', () => {
  download(`dipgraph-${stamp()}.json`, new Blob([toJson(explorer.visible())], { type: 'application/json' }));
});

document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
  if (e.key === 'Escape' && !typing) explorer.select(null);
});

// A small inspection hook for the browser tests and the devtools console: where
// nodes and lines are drawn, and where to click to hit a line of a type (one
// that draws its bundle, so the straight midpoint is on it).
Object.assign(window, {
  dipgraph: {
    /** Where a node is drawn, in pixels from the graph's corner, and the graph's size. */
    nodeOnScreen(key: string): { x: number; y: number; width: number; height: number } | null {
      const p = explorer.renderer.screenPosition(key);
      const { width, height } = byId('graph').getBoundingClientRect();
      return p && { ...p, width, height };
    },
    /** The drawn lines: each bundles the relations between two nodes; width grows with sources. */
    drawnEdges(): { edges: number; sources: number; size: number }[] {
      return explorer.renderer.drawnBundles.map((b) => ({ edges: b.edges.length, sources: b.sources, size: explorer.renderer.sigma.getEdgeDisplayData(b.drawn)?.size ?? 0 }));
    },
    edgeMidpoint(type: string): { x: number; y: number } | null {
      const g = explorer.graph;
      const { width, height } = byId('graph').getBoundingClientRect();
      const onScreen = (p: { x: number; y: number }) => p.x > 0 && p.y > 0 && p.x < width && p.y < height;
      // The edge whose midpoint lies farthest from every node (and its label), so a click there picks it.
      const nodes = [...explorer.visibleNodes].map((n) => explorer.renderer.screenPosition(n)).filter((p) => p !== null);
      let best: { x: number; y: number; clearance: number } | null = null;
      for (const key of explorer.visibleEdges) {
        const [s, t] = g.extremities(key);
        if (g.getEdgeAttribute(key, 'type') !== type || explorer.renderer.bundleFor(key)?.drawn !== key) continue;
        const a = explorer.renderer.screenPosition(s);
        const b = explorer.renderer.screenPosition(t);
        if (!a || !b) continue;
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (!onScreen(mid)) continue;
        const clearance = Math.min(...nodes.map((p) => Math.hypot(p.x - mid.x, p.y - mid.y)));
        if (!best || clearance > best.clearance) best = { ...mid, clearance };
      }
      return best && { x: best.x, y: best.y };
    },
  },
});

await explorer.restore();
document.body.dataset.state = 'idle';
