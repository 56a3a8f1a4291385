// Node positions: ForceAtlas2 runs in a web worker so the page stays
// responsive; Noverlap tidies overlaps in one synchronous pass.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './model.js';

// After new data arrives the layout runs this long, then stops by itself so
// the picture holds still for reading.
const SETTLE_MS = 2500;

/** Screen coordinates, where node sizes are measured; Noverlap must work in them. */
export interface Projection {
  toScreen(p: { x: number; y: number }): { x: number; y: number };
  toGraph(p: { x: number; y: number }): { x: number; y: number };
}

export class Layout {
  private readonly fa2: FA2Layout;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: ViewGraph,
    private readonly onChange: (running: boolean) => void,
  ) {
    this.fa2 = new FA2Layout(graph, {
      settings: { gravity: 0.6, scalingRatio: 20, slowDown: 4, linLogMode: false, barnesHutOptimize: false, adjustSizes: false, strongGravityMode: true },
    });
  }

  get running(): boolean {
    return this.fa2.isRunning();
  }

  start(): void {
    if (this.graph.order === 0) return;
    clearTimeout(this.stopTimer);
    this.fa2.start();
    this.onChange(true);
  }

  stop(): void {
    clearTimeout(this.stopTimer);
    this.fa2.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  settle(then: () => void = () => undefined, ms = SETTLE_MS): void {
    this.start();
    this.stopTimer = setTimeout(() => {
      this.stop();
      then();
    }, ms);
  }

  tidy(projection: Projection): void {
    if (this.running) this.stop();
    noverlap.assign(this.graph, {
      maxIterations: 200,
      settings: { margin: 4, ratio: 1.2 },
      inputReducer: (_key, a) => ({ ...projection.toScreen(a), size: a.size ?? 6 }),
      outputReducer: (_key, a) => ({ ...projection.toGraph(a), size: a.size }),
    });
  }
}
