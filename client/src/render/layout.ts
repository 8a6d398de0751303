// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with settings inferred
// from the graph. The worker's supervisor drives a private structure-only copy of the display
// graph; positions reach the display graph at most once per animation frame (less often for big
// graphs). Small graphs take sigma's ordinary path (one update event, one full re-index: a few
// milliseconds); big ones are streamed to sigma in short slices (position-stream.ts), so the
// layout never holds the main thread for long, and get one full re-index when it stops.
import Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type Sigma from 'sigma';
import type { DataGraph, EdgeAttrs, NodeAttrs } from '../graph/model.ts';
import { layoutSettings } from './layout-settings.ts';
import { PositionStream } from './position-stream.ts';

type LayoutGraph = Graph<{ x: number; y: number }>;

/** Milliseconds between position pushes: every frame for small graphs, fewer for big ones. */
export function pushInterval(order: number, size: number): number {
  const work = order + size;
  return work < 20_000 ? 0 : work < 80_000 ? 120 : 250;
}

/**
 * Nodes + edges from which positions are streamed: sigma's full re-index per push costs ~30 ms
 * at 1k/5k and ~90 ms at 5k/10k on a busy machine, which leaves too little of a frame.
 */
export const STREAM_ABOVE = 5_000;

/** Work per main-thread task when copying or streaming (the long-task threshold is 50 ms). */
const SLICE_MS = 12;

export class LayoutController {
  private supervisor: FA2LayoutSupervisor | null = null;
  private layoutGraph: LayoutGraph | null = null;
  /** The analyst's intent: the layout runs (or is being prepared to run) while this is set. */
  private active = false;
  private stale = true;
  private frame = 0;
  private lastPush = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The pending slice of a copy or a sweep; at most one is scheduled at a time. */
  private pending: ReturnType<typeof setTimeout> | null = null;
  private readonly stream: PositionStream | null;
  private readonly listeners = new Set<(running: boolean) => void>();
  /** What the layout cost the main thread since it last started (read by the benchmark). */
  readonly stats = { pushes: 0, sweeps: 0, slices: 0, longestMs: 0 };

  /** Without a renderer (or with a sigma lacking what streaming needs) every push is ordinary. */
  constructor(
    private readonly graph: DataGraph,
    private readonly renderer?: Sigma<NodeAttrs, EdgeAttrs>,
  ) {
    this.stream = renderer && PositionStream.supports(renderer) ? new PositionStream(renderer, SLICE_MS) : null;
    const markStale = () => {
      this.stale = true;
      this.cancelSlices();
    };
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, markStale);
  }

  /** Positions were set from outside (a first layout, a drag): the next run starts from them. */
  positionsChanged(): void {
    if (this.running) return;
    this.stale = true;
    this.cancelSlices();
  }

  /** Whether positions are streamed in slices (big graphs) rather than re-indexed whole. */
  get streaming(): boolean {
    return this.stream !== null && this.graph.order + this.graph.size >= STREAM_ABOVE;
  }

  get running(): boolean {
    return this.active;
  }

  /** True while a sweep still has positions to hand to sigma. */
  get sweeping(): boolean {
    return this.stream?.busy ?? false;
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Runs the layout; with `forMs`, stops by itself (a first layout converges in seconds). */
  start(forMs?: number): void {
    if (this.graph.order === 0) return;
    if (!this.active) Object.assign(this.stats, { pushes: 0, sweeps: 0, slices: 0, longestMs: 0 });
    this.active = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = forMs === undefined ? null : setTimeout(() => this.stop(), forMs);
    if (this.copying) {
      // The copy under way starts the worker when it is done.
    } else if (this.stale || !this.supervisor) this.rebuild();
    else if (!this.supervisor.isRunning()) this.measured(() => this.supervisor!.start());
    if (!this.frame) this.frame = requestAnimationFrame(this.tick);
    this.emit();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const wasActive = this.active;
    this.active = false;
    this.cancelSlices();
    if (this.supervisor?.isRunning()) {
      this.supervisor.stop();
      // One full re-index: what streaming skipped (the label grid, the draw order) is caught up.
      this.push();
    }
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (wasActive) this.emit();
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

  /**
   * Copies the display graph's structure for the worker (its supervisor writes positions into
   * the graph it is given on every iteration, which must not be the one sigma draws), a slice at
   * a time: at 10k actors / 50k ties a copy in one go holds the main thread for ~150 ms.
   */
  private rebuild(): void {
    this.supervisor?.kill();
    this.supervisor = null;
    this.layoutGraph = null;
    this.stale = false;
    const copy: LayoutGraph = new Graph({ type: 'undirected', multi: true });
    const nodes = this.graph.nodes();
    const edges = this.graph.edges();
    let n = 0;
    let e = 0;
    const slice = () => {
      this.pending = null;
      if (!this.active || this.stale) return;
      this.measured(() => {
        const deadline = performance.now() + SLICE_MS;
        while (n < nodes.length && performance.now() < deadline) {
          for (const end = Math.min(nodes.length, n + 256); n < end; n++) {
            const { x, y } = this.graph.getNodeAttributes(nodes[n]!);
            copy.addNode(nodes[n]!, { x: x ?? 0, y: y ?? 0 });
          }
        }
        while (n === nodes.length && e < edges.length && performance.now() < deadline) {
          for (const end = Math.min(edges.length, e + 256); e < end; e++) {
            const [s, t] = this.graph.extremities(edges[e]!);
            copy.addUndirectedEdgeWithKey(edges[e]!, s, t);
          }
        }
      });
      this.stats.slices++;
      if (e < edges.length || n < nodes.length) {
        this.pending = setTimeout(slice, 0);
        return;
      }
      this.layoutGraph = copy;
      this.supervisor = new FA2LayoutSupervisor(copy, {
        settings: layoutSettings(copy),
        getEdgeWeight: null,
      });
      this.measured(() => this.supervisor!.start());
    };
    slice();
  }

  /** A copy for the worker is under way: its next slice is pending and no worker exists yet. */
  private get copying(): boolean {
    return this.supervisor === null && this.pending !== null;
  }

  private readonly tick = (now: number): void => {
    this.frame = 0;
    if (!this.active) return;
    if (this.stale) {
      // The filters changed the graph under a running layout: start again on the new one.
      this.push();
      this.rebuild();
    } else if (this.pending === null && now - this.lastPush >= pushInterval(this.graph.order, this.graph.size)) {
      if (this.streaming) this.beginSweep();
      else this.measured(() => this.push());
      this.lastPush = now;
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  /** Streams the current positions to sigma; the slices run as separate tasks until done. */
  private beginSweep(): void {
    const layout = this.layoutGraph;
    const stream = this.stream;
    if (!layout || !stream) return;
    this.measured(() => stream.begin((node) => (layout.hasNode(node) ? layout.getNodeAttributes(node) : undefined)));
    this.stats.sweeps++;
    const slice = () => {
      this.pending = null;
      if (this.stale || !this.active) return;
      let done = false;
      try {
        this.measured(() => {
          done = stream.step();
        });
        this.stats.slices++;
      } catch {
        // Sigma had not indexed an item yet (the graph changed between two slices): let it
        // re-index everything once instead.
        stream.cancel();
        this.renderer?.refresh({ schedule: true });
        return;
      }
      if (!done) this.pending = setTimeout(slice, 0);
    };
    slice();
  }

  private cancelSlices(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.stream?.cancel();
  }

  private measured(work: () => void): void {
    const t = performance.now();
    work();
    this.stats.longestMs = Math.max(this.stats.longestMs, performance.now() - t);
  }

  /** Copies positions into the display graph in one update (one sigma re-index). */
  private push(): void {
    const layout = this.layoutGraph;
    if (!layout) return;
    this.stats.pushes++;
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
