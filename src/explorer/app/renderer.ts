// Drawing the model with sigma (WebGL). The model holds data; how it looks —
// colours by type, dimming around a selection, labels on hover, what the
// filters hide — is decided here in sigma's reducers, never written back.
import Sigma from 'sigma';
import { extremityArrow, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './model.js';
import { edgeColor, nodeColor, relationLabel } from './palette.js';
import type { Projection } from './layout.js';
import type { Visibility } from './visibility.js';

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

/** Every visible edge between two nodes, drawn as one line. */
export interface Bundle {
  /** The edge that draws the bundle (and is picked by a click). */
  drawn: string;
  edges: string[];
  /** Distinct documents behind the bundle's edges. */
  sources: number;
}

/** The same two nodes whatever the direction. */
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface RendererEvents {
  select(selection: Selection): void;
  expand(node: string): void;
}

const DIMMED = '#e4e6e8';
// A line bundling relations of several types.
const MIXED = '#7d8590';
// Below this many visible nodes every label fits; above, sigma's label grid
// decides, except for the answers to the question, which always keep theirs.
const ALL_LABELS_UP_TO = 30;

export class Renderer {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private selection: Selection = null;
  private vis: Visibility = { nodes: new Set(), edges: new Set(), edgeTypes: {}, nodeTypes: {} };
  private answers: ReadonlySet<string> = new Set();
  private path: { nodes: Set<string>; pairs: Set<string> } | null = null;
  /** Parallel edges merged: 106 statements between two countries are one line, thicker. */
  private bundles = new Map<string, Bundle>();
  private bundleOf = new Map<string, Bundle>();

  constructor(
    container: HTMLElement,
    private readonly graph: ViewGraph,
    events: RendererEvents,
  ) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      primitives: {
        edges: { paths: [pathLine(), pathCurved(), pathLoop()], extremities: [extremityArrow()], defaultHead: 'arrow' },
      },
      settings: {
        renderEdgeLabels: true,
        enableEdgeEvents: true,
        enableNodeDrag: true,
        labelRenderedSizeThreshold: 4,
        labelDensity: 1,
        stagePadding: 60,
        // Sizes are pixels, as the legend and Noverlap assume, whatever the layout's scale.
        itemSizesReference: 'screen',
      },
      nodeReducer: (key, _data, attrs) => this.nodeLook(key, attrs),
      edgeReducer: (key, _data, attrs, state) => this.edgeLook(key, attrs, state.isHovered),
    });
    this.sigma.on('clickNode', ({ node }) => events.select({ kind: 'node', key: node }));
    this.sigma.on('clickEdge', ({ edge }) => events.select({ kind: 'edge', key: edge }));
    this.sigma.on('clickStage', () => events.select(null));
    this.sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      // Double-click means "expand" here, not sigma's default zoom.
      preventSigmaDefault();
      events.expand(node);
    });
  }

  get projection(): Projection {
    return {
      toScreen: (p) => this.sigma.graphToViewport(p),
      toGraph: (p) => this.sigma.viewportToGraph(p),
    };
  }

  /** `answers` are node names that answer the current question. */
  update(vis: Visibility, selection: Selection, answers: ReadonlySet<string>): void {
    this.vis = vis;
    this.selection = selection;
    this.answers = answers;
    this.bundle();
    this.sigma.refresh();
  }

  /** Highlights a path (node keys in order); null clears it. */
  showPath(nodes: string[] | null): void {
    this.path = nodes && { nodes: new Set(nodes), pairs: new Set(nodes.slice(1).map((n, i) => pairKey(nodes[i]!, n))) };
    this.sigma.refresh();
  }

  /** The bundle an edge is drawn in, with its sibling edges. */
  bundleFor(edge: string): Bundle | undefined {
    return this.bundleOf.get(edge);
  }

  get drawnBundles(): Bundle[] {
    return [...this.bundles.values()];
  }

  private bundle(): void {
    this.bundles = new Map();
    this.bundleOf = new Map();
    for (const edge of [...this.vis.edges].sort()) {
      const [s, t] = this.graph.extremities(edge);
      const key = pairKey(s, t);
      const b = this.bundles.get(key) ?? { drawn: edge, edges: [], sources: 0 };
      b.edges.push(edge);
      this.bundles.set(key, b);
      this.bundleOf.set(edge, b);
    }
    for (const b of this.bundles.values()) {
      b.sources = new Set(b.edges.flatMap((e) => this.graph.getEdgeAttribute(e, 'evidence').map((ev) => ev.doc))).size;
      // The most attested relation draws the bundle and gives it its colour.
      b.drawn = [...b.edges].sort((x, y) => this.graph.getEdgeAttribute(y, 'evidence').length - this.graph.getEdgeAttribute(x, 'evidence').length)[0]!;
    }
  }

  /** Line width in pixels for a bundle backed by `sources` documents. */
  static thickness(sources: number): number {
    return Math.min(1.5 + (sources - 1) * 1.5, 9);
  }

  /** Neighbours of the selected node stay bright; the rest fade, as in Bloom. */
  private inFocus(node: string): boolean {
    if (this.path) return this.path.nodes.has(node);
    const s = this.selection;
    if (!s) return true;
    if (s.kind === 'node') return node === s.key || this.graph.areNeighbors(node, s.key);
    return node === this.graph.source(s.key) || node === this.graph.target(s.key);
  }

  private nodeLook(key: string, a: NodeAttrs): Partial<NodeDisplayData> {
    if (!this.vis.nodes.has(key)) return { visibility: 'hidden', label: null };
    const focused = this.inFocus(key);
    const selected = this.selection?.kind === 'node' && this.selection.key === key;
    return {
      label: a.name,
      size: a.size ?? 7,
      color: focused ? nodeColor(a.type) : DIMMED,
      labelColor: focused ? '#1f2328' : '#a0a4a8',
      highlighted: selected,
      zIndex: focused ? 1 : 0,
      labelVisibility: !focused ? 'hidden' : selected || this.answers.has(a.name) || this.vis.nodes.size <= ALL_LABELS_UP_TO ? 'visible' : 'auto',
    };
  }

  private edgeLook(key: string, a: EdgeAttrs, hovered: boolean): Partial<EdgeDisplayData> {
    const b = this.bundleOf.get(key);
    if (!this.vis.edges.has(key) || !b || b.drawn !== key) return { visibility: 'hidden', label: null };
    const s = this.selection;
    const [from, to] = this.graph.extremities(key);
    const selected = s?.kind === 'edge' && b.edges.includes(s.key);
    const focused = this.path ? this.path.pairs.has(pairKey(from, to)) : !s || selected || (s.kind === 'node' && (from === s.key || to === s.key));
    const types = [...new Set(b.edges.map((e) => this.graph.getEdgeAttribute(e, 'type')))];
    const actions = a.actions.length ? ` (${a.actions.join(', ')})` : '';
    const mixed = types.length > 1;
    return {
      color: focused ? (mixed ? MIXED : edgeColor(a.type)) : DIMMED,
      size: Renderer.thickness(b.sources),
      label: hovered || selected ? (mixed ? types.map(relationLabel).join(', ') : `${relationLabel(a.type)}${actions}`) + ` · ${b.sources} source${b.sources === 1 ? '' : 's'}` : null,
      path: 'straight',
      head: 'arrow',
      zIndex: focused ? 1 : 0,
    };
  }

  /** Frames the camera on these nodes (the answer), whatever else the view holds. */
  frame(keys: Iterable<string>): void {
    const points = [...keys].map((k) => this.sigma.getNodeDisplayData(k)).filter((d) => d !== undefined);
    if (!points.length) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.2, Math.max(0.25, Math.max(maxX - minX, maxY - minY) * 1.4));
    void this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
  }

  /** Centres the camera on a node without changing the zoom much. */
  focusNode(key: string): void {
    const data = this.sigma.getNodeDisplayData(key);
    if (!data) return;
    void this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.8) }, { duration: 400 });
  }

  /** Where a node is drawn, in pixels from the graph container's corner. */
  screenPosition(node: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(node);
    return data ? this.sigma.framedGraphToViewport(data) : null;
  }

  fit(): void {
    void this.sigma.getCamera().reset({ duration: 300 });
  }
}
