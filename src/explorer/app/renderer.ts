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

export interface RendererEvents {
  select(selection: Selection): void;
  expand(node: string): void;
}

const DIMMED = '#e4e6e8';
// Below this many visible nodes every label fits; above, sigma's label grid
// decides, except for the answers to the question, which always keep theirs.
const ALL_LABELS_UP_TO = 30;

export class Renderer {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private selection: Selection = null;
  private vis: Visibility = { nodes: new Set(), edges: new Set(), edgeTypes: {}, nodeTypes: {} };
  private answers: ReadonlySet<string> = new Set();

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
    this.sigma.refresh();
  }

  /** Neighbours of the selected node stay bright; the rest fade, as in Bloom. */
  private inFocus(node: string): boolean {
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
    if (!this.vis.edges.has(key)) return { visibility: 'hidden', label: null };
    const s = this.selection;
    const selected = s?.kind === 'edge' && s.key === key;
    const focused = !s || selected || (s.kind === 'node' && this.graph.extremities(key).includes(s.key));
    const actions = a.actions.length ? ` (${a.actions.join(', ')})` : '';
    return {
      color: focused ? edgeColor(a.type) : DIMMED,
      size: Math.min(1.5 + a.evidence.length * 0.5, 5),
      label: hovered || selected ? `${relationLabel(a.type)}${actions}` : null,
      path: 'straight',
      parallelPath: 'curved',
      head: 'arrow',
      zIndex: focused ? 1 : 0,
    };
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
