// What the analyst can do — ask, find, expand, hide, filter, select, reset —
// and the one refresh that brings every view in line with the model after it.
import { api, type AskResponse, type EntityDetail, type Level } from './api.js';
import { renderEdges, renderEntity, renderMessage, type DetailActions } from './details.js';
import { renderPathPanel, shortestPathIn } from './path-panel.js';
import { renderTable } from './table-panel.js';
import { byId } from './dom.js';
import { FilterPanel } from './filters-ui.js';
import { Layout } from './layout.js';
import type { SerializedGraph } from 'graphology-types';
import { createViewGraph, documentCounts, mergeSubgraph } from './model.js';
import { rollUpChains, speakersOf } from './rollup.js';
import { Renderer, type Selection } from './renderer.js';
import { assignSizes, type SizeMetric } from './sizes.js';
import { StanceView } from './stance.js';
import { readState, writeState, type ViewState } from './url-state.js';
import { renderViewList } from './view-list.js';
import { computeVisibility, emptyFilters, visibleSubgraph, type Visibility } from './visibility.js';

export class Explorer {
  readonly graph = createViewGraph();
  readonly renderer: Renderer;
  readonly layout: Layout;
  private readonly state: ViewState = readState();
  private readonly filterPanel: FilterPanel;
  private readonly stance: StanceView;
  private readonly hidden = new Set<string>();
  private readonly details = new Map<string, Promise<EntityDetail>>();
  private selection: Selection = null;
  private answer: AskResponse | null = null;
  /** The nodes of the last answer's subgraph: the camera stays on them. */
  private answerKeys = new Set<string>();
  private vis: Visibility = computeVisibility(this.graph, this.state.filters, this.hidden);
  // Each load bumps this; an answer for an older load is dropped.
  private loadSeq = 0;

  constructor(private readonly showTab: (id: string) => void) {
    this.renderer = new Renderer(byId('graph'), this.graph, {
      select: (s) => this.select(s),
      expand: (n) => void this.expand(n, ''),
    });
    this.layout = new Layout(this.graph, (running) => {
      document.body.dataset.layout = running ? 'running' : 'stopped';
      const button = byId('layout-toggle');
      button.setAttribute('aria-pressed', String(running));
      button.textContent = running ? 'Layout ❚❚' : 'Layout ▶';
    });
    this.filterPanel = new FilterPanel(this.state.filters, () => this.refresh());
    this.stance = new StanceView((key) => void this.open(key));
  }

  get view(): ViewState {
    return this.state;
  }

  /** Restores the view the URL describes. */
  async restore(): Promise<void> {
    const { q, by, focus, selected, stance } = this.state;
    if (stance) void this.stance.show(stance);
    if (q) await this.ask(q, by);
    else if (focus) await this.focus(focus);
    else this.refresh();
    if (selected && this.graph.hasNode(selected)) this.select({ kind: 'node', key: selected });
  }

  /**
   * Adds the answer to the view (Reset clears it). A question that is not
   * understood clears the previous answer and says so; the view is left as gathered.
   */
  async ask(q: string, by: Level | '', conflict = this.state.conflict): Promise<void> {
    Object.assign(this.state, { q, by, conflict, focus: '' });
    await this.load(`Asking “${q}”…`, async () => {
      const level = by || undefined;
      const answer = await api.ask(q, level, conflict || undefined);
      if (answer.status !== 'answered') return { subs: [], answer, frame: null };
      const sub = await api.graph({ q, by: level, conflict: conflict || undefined });
      const atCountryLevel = answer.params.by === 'country';
      return { subs: [sub, ...(atCountryLevel ? await rollUpChains(speakersOf(sub)) : [])], answer, frame: 'answer' as const };
    });
    this.showTab('tab-view');
  }

  async focus(key: string): Promise<void> {
    Object.assign(this.state, { q: '', focus: key });
    await this.load('Loading the neighbourhood…', async () => ({ subs: [await api.graph({ focus: key, depth: 1 })], answer: null, frame: 'answer' as const }));
    if (this.graph.hasNode(key)) this.select({ kind: 'node', key });
  }

  async expand(key: string, relation: string): Promise<void> {
    const keep = new Set([...this.answerKeys, key]);
    await this.load('Expanding…', async () => ({ subs: [await api.graph({ focus: key, depth: 1, types: relation ? [relation] : undefined })], answer: this.answer, frame: keep }));
    this.hidden.delete(key);
    this.refresh();
  }

  /** The shortest chain between two nodes of the view, highlighted; null when they are not linked. */
  shortestPath(from: string, to: string): string[] | null {
    const path = from !== to && this.graph.hasNode(from) && this.graph.hasNode(to) ? shortestPathIn(this.graph, this.vis, from, to) : null;
    this.renderer.showPath(path);
    byId('graph').dataset.path = path ? path.join(' > ') : '';
    return path;
  }

  /** Brings an entity into the current view (with its neighbours) and selects it. */
  async open(key: string): Promise<void> {
    if (!this.graph.hasNode(key)) await this.expand(key, '');
    this.hidden.delete(key);
    if (this.graph.hasNode(key)) this.select({ kind: 'node', key });
  }

  hide(key: string): void {
    this.hidden.add(key);
    if (this.selection?.key === key) this.selection = null;
    this.select(this.selection);
  }

  reset(): void {
    this.loadSeq++;
    this.layout.stop();
    this.graph.clear();
    this.hidden.clear();
    this.details.clear();
    this.answer = null;
    this.answerKeys.clear();
    this.selection = null;
    this.renderer.showPath(null);
    Object.assign(this.state, { q: '', by: '', conflict: '', focus: '', selected: '', stance: '', filters: Object.assign(this.state.filters, emptyFilters()) });
    renderMessage(byId('panel-details'), 'Click a node or an edge (or pick one under “In view”) to read its statements and evidence.');
    this.refresh();
  }

  setSizeMetric(metric: SizeMetric): void {
    this.state.size = metric;
    this.refresh();
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.state.selected = selection?.kind === 'node' ? selection.key : '';
    this.refresh();
    const panel = byId('panel-details');
    if (!selection) return;
    this.showTab('tab-details');
    if (selection.kind === 'node') void this.showEntity(selection.key, panel);
    else this.showEdge(selection.key, panel);
  }

  stanceToward(name: string): void {
    this.state.stance = name;
    this.showTab('tab-stance');
    void this.stance.show(name);
    writeState(this.state);
  }

  private entity(key: string): Promise<EntityDetail> {
    let found = this.details.get(key);
    if (!found) {
      found = api.entity(key);
      this.details.set(key, found);
      found.catch(() => this.details.delete(key));
    }
    return found;
  }

  private async showEntity(key: string, panel: HTMLElement): Promise<void> {
    renderMessage(panel, 'Loading…');
    try {
      const detail = await this.entity(key);
      if (this.selection?.key !== key) return;
      renderEntity(panel, detail, this.graph.hasNode(key), this.detailActions);
    } catch (err) {
      renderMessage(panel, (err as Error).message, true);
    }
  }

  /** Every relation drawn in the clicked line, each with its evidence. */
  private showEdge(key: string, panel: HTMLElement): void {
    const edges = this.renderer.bundleFor(key)?.edges ?? [key];
    const name = (n: string) => this.graph.getNodeAttribute(n, 'name');
    renderEdges(panel, edges.map((e) => {
      const [source, target] = this.graph.extremities(e);
      return { from: name(source), to: name(target), attrs: this.graph.getEdgeAttributes(e) };
    }));
  }

  private get detailActions(): DetailActions {
    return {
      expand: (key, relation) => void this.expand(key, relation),
      hide: (key) => this.hide(key),
      open: (key) => void this.open(key),
      stance: (name) => this.stanceToward(name),
    };
  }

  /**
   * Adds what `fetchIt` brings to the view. `frame`: 'answer' makes the nodes
   * brought the new answer and frames them; a set frames those nodes (an
   * expansion keeps the camera on the answer); null leaves the camera.
   */
  private async load(message: string, fetchIt: () => Promise<{ subs: SerializedGraph[]; answer: AskResponse | null; frame: 'answer' | Set<string> | null }>): Promise<void> {
    const seq = ++this.loadSeq;
    this.busy(message);
    try {
      const { subs, answer, frame } = await fetchIt();
      if (seq !== this.loadSeq) return;
      this.answer = answer;
      if (frame === 'answer' || answer?.status === 'not-understood') this.answerKeys = new Set(subs.flatMap((sub) => sub.nodes.map((n) => n.key)));
      for (const sub of subs) mergeSubgraph(this.graph, sub);
      this.renderer.showPath(null);
      this.refresh();
      const target = frame === 'answer' ? this.answerKeys : frame;
      if (subs.length) this.layout.settle(target ? () => this.renderer.frame([...target].filter((k) => this.graph.hasNode(k))) : undefined);
      this.idle(this.summary());
    } catch (err) {
      if (seq === this.loadSeq) this.idle((err as Error).message);
    }
  }

  private summary(): string {
    const a = this.answer;
    const counts = `${this.vis.nodes.size} nodes, ${this.vis.edges.size} relations`;
    if (!a) return counts;
    return a.status === 'answered' ? `${a.total} answer${a.total === 1 ? '' : 's'} · ${counts}` : `Not understood: “${a.question}”; the previous answer is cleared, see “In view” for the forms that work`;
  }

  private busy(message: string): void {
    document.body.dataset.state = 'loading';
    byId('status').textContent = message;
    byId('empty').hidden = true;
  }

  private idle(message: string): void {
    document.body.dataset.state = 'idle';
    byId('status').textContent = message;
  }

  /** Brings sizes, picture, legend counts, lists and URL in line with the model. */
  refresh(): void {
    const f = this.state.filters;
    this.vis = computeVisibility(this.graph, f, this.hidden);
    assignSizes(this.graph, visibleSubgraph(this.graph, this.vis, f), this.state.size);
    this.renderer.update(this.vis, this.selection, new Set(this.answer?.status === 'answered' ? this.answer.answers.map((a) => a.name) : []));
    renderTable(byId('panel-table'), this.graph, this.vis, this.renderer.drawnBundles, (key) => {
      this.select({ kind: 'node', key });
      this.renderer.focusNode(key);
    });
    renderPathPanel(byId('panel-path'), this.graph, this.vis, (from, to) => this.shortestPath(from, to));
    const edgeCounts: Record<string, number> = {};
    const nodeCounts: Record<string, number> = {};
    this.graph.forEachEdge((_, a) => (edgeCounts[a.type] = (edgeCounts[a.type] ?? 0) + 1));
    this.graph.forEachNode((_, a) => (nodeCounts[a.type] = (nodeCounts[a.type] ?? 0) + 1));
    this.filterPanel.update(edgeCounts, nodeCounts, documentCounts(this.graph));
    renderViewList(byId('panel-view'), this.graph, this.vis, this.state.selected || null, this.answer, {
      select: (key) => {
        this.select({ kind: 'node', key });
        this.renderer.focusNode(key);
      },
      ask: (q) => void this.ask(q, this.state.by),
    });
    const stage = byId('graph');
    stage.dataset.visibleNodes = String(this.vis.nodes.size);
    stage.dataset.visibleEdges = String(this.vis.edges.size);
    stage.dataset.edgeTypes = JSON.stringify(this.vis.edgeTypes);
    stage.dataset.drawnEdges = String(this.renderer.drawnBundles.length);
    stage.dataset.answers = String(this.answer?.status === 'answered' ? this.answer.answers.length : 0);
    byId('empty').hidden = this.graph.order > 0 || document.body.dataset.state === 'loading';
    writeState(this.state);
  }

  get visibleEdges(): ReadonlySet<string> {
    return this.vis.edges;
  }

  get visibleNodes(): ReadonlySet<string> {
    return this.vis.nodes;
  }

  /** The visible subgraph, for exports. */
  visible() {
    return visibleSubgraph(this.graph, this.vis, this.state.filters);
  }
}
