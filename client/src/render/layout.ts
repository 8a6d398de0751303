// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with settings inferred
// from the graph. The worker's supervisor drives a private structure-only copy of the display
// graph; positions are copied to the display graph at most once per animation frame (less often
// for big graphs), so sigma reprocesses once per frame instead of once per worker iteration.
import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { DataGraph } from '../graph/model.ts';

type LayoutGraph = Graph<{ x: number; y: number }>;

/** Milliseconds between position pushes: every frame for small graphs, fewer for big ones. */
export function pushInterval(order: number, size: number): number {
  const work = order + size;
  return work < 20_000 ? 0 : work < 80_000 ? 120 : 250;
}

export class LayoutController {
  private supervisor: FA2LayoutSupervisor | null = null;
  private layoutGraph: LayoutGraph | null = null;
  private stale = true;
  private frame = 0;
  private lastPush = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: DataGraph) {
    const markStale = () => {
      this.stale = true;
    };
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, markStale);
  }

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Runs the layout; with `forMs`, stops by itself (a first layout converges in seconds). */
  start(forMs?: number): void {
    if (this.graph.order === 0) return;
    if (this.stale || !this.supervisor) this.rebuild();
    if (this.timer) clearTimeout(this.timer);
    this.timer = forMs === undefined ? null : setTimeout(() => this.stop(), forMs);
    if (!this.supervisor!.isRunning()) this.supervisor!.start();
    if (!this.frame) this.frame = requestAnimationFrame(this.tick);
    this.emit();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.supervisor?.isRunning()) {
      this.supervisor.stop();
      this.push();
    }
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.emit();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private rebuild(): void {
    this.supervisor?.kill();
    const copy: LayoutGraph = new Graph({ type: 'undirected', multi: true });
    this.graph.forEachNode((n, a) => copy.addNode(n, { x: a.x ?? 0, y: a.y ?? 0 }));
    this.graph.forEachEdge((e, _a, s, t) => copy.addUndirectedEdgeWithKey(e, s, t));
    this.layoutGraph = copy;
    this.supervisor = new FA2LayoutSupervisor(copy, {
      // Stronger gravity than inferred keeps isolated actors near the rest instead of at the rim.
      settings: { ...inferSettings(copy), gravity: 0.6 },
      getEdgeWeight: null,
    });
    this.stale = false;
  }

  private readonly tick = (now: number): void => {
    this.frame = 0;
    if (!this.running) return;
    if (this.stale) {
      // The filters changed the graph under a running layout: start again on the new one.
      this.push();
      this.rebuild();
      this.supervisor!.start();
    } else if (now - this.lastPush >= pushInterval(this.graph.order, this.graph.size)) {
      this.push();
      this.lastPush = now;
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  /** Copies positions into the display graph in one update (one sigma reprocess). */
  private push(): void {
    const layout = this.layoutGraph;
    if (!layout) return;
    this.graph.updateEachNodeAttributes(
      (node, attrs) => {
        if (layout.hasNode(node)) {
          const p = layout.getNodeAttributes(node);
          attrs.x = p.x;
          attrs.y = p.y;
        }
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private emit(): void {
    for (const l of this.listeners) l(this.running);
  }
}

/** A first-layout time budget that grows with the graph but stays short for small ones. */
export function layoutDuration(order: number): number {
  return Math.min(15_000, 2_000 + order * 2);
}
