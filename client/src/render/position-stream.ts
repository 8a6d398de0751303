// Streams layout positions into sigma a slice at a time, so a running layout never blocks the
// main thread for long. Sigma's ordinary path (a graph update event) re-indexes every node and
// edge in one task: about 100 ms at 10k actors / 50k ties, more on a busy machine. Instead, the
// positions are written into the display graph's attribute objects without events, and sigma
// re-reads them through its public partial refresh (`partialGraph` + `skipIndexation`), a few
// thousand items per task. What the partial refresh skips is caught up by one full refresh when
// the layout stops: the label grid (labels are thinned by where nodes were at the last full
// refresh) and the draw order. The only internals touched are the two fields sigma's full refresh
// would set from the new extent (normalizationFunction and nodeExtent); when a sigma version
// lacks them, `PositionStream.supports` says no and the caller keeps the ordinary path. Because
// private fields can change meaning in any release, package.json pins sigma (and @sigma/*) to an
// exact version; raise it only with test/client/position-stream.test.ts and test/e2e/layout.test.ts.
import type Sigma from 'sigma';
import { createNormalizationFunction, graphExtent } from 'sigma/utils';
import type { EdgeAttrs, NodeAttrs } from '../graph/model.ts';

type Extent = { x: [number, number]; y: [number, number] };
type Positions = (node: string) => { x: number; y: number } | undefined;

/** The two fields of sigma 3's renderer a full refresh recomputes from the node extent. */
interface NormalizationFields {
  normalizationFunction: unknown;
  nodeExtent: Extent;
}

/** Items re-read between two checks of the clock. */
const CHECK_EVERY = 256;

/** The map's renderer: sigma over the explorer's data graph. */
type MapSigma = Sigma<NodeAttrs, EdgeAttrs>;

export class PositionStream {
  private nodes: string[] = [];
  private edges: string[] = [];
  private nextNode = 0;
  private nextEdge = 0;

  /** True when this sigma has the fields a full refresh would recompute (sigma 3.x). */
  static supports(renderer: MapSigma): boolean {
    const fields = renderer as unknown as Partial<NormalizationFields>;
    return typeof fields.normalizationFunction === 'function' && typeof fields.nodeExtent === 'object';
  }

  constructor(
    private readonly renderer: MapSigma,
    /** Work per task; the browser's long-task threshold is 50 ms. */
    private readonly budgetMs = 12,
  ) {}

  /** True while a sweep has items left to hand to sigma. */
  get busy(): boolean {
    return this.nextNode < this.nodes.length || this.nextEdge < this.edges.length;
  }

  /**
   * Starts a sweep: copies the positions into the display graph (no events: sigma is told below,
   * a slice at a time) and sets the normalization a full refresh would compute from them.
   */
  begin(positionOf: Positions): void {
    const graph = this.renderer.getGraph();
    graph.forEachNode((node, attrs: { x?: number; y?: number }) => {
      const p = positionOf(node);
      if (p) {
        attrs.x = p.x;
        attrs.y = p.y;
      }
    });
    const extent = graphExtent(graph) as Extent;
    const fields = this.renderer as unknown as NormalizationFields;
    fields.nodeExtent = extent;
    fields.normalizationFunction = createNormalizationFunction(this.renderer.getCustomBBox() ?? extent);
    this.nodes = graph.nodes();
    this.edges = graph.edges();
    this.nextNode = 0;
    this.nextEdge = 0;
  }

  /** Drops what is left of the sweep (the graph changed shape; sigma re-indexes it anyway). */
  cancel(): void {
    this.nodes = [];
    this.edges = [];
    this.nextNode = 0;
    this.nextEdge = 0;
  }

  /** Hands sigma nodes, then edges, until the budget is spent; true when the sweep is done. */
  step(): boolean {
    const deadline = performance.now() + this.budgetMs;
    // Nodes first: an edge is drawn from its extremities' normalized positions.
    this.nextNode = this.handOver('nodes', this.nodes, this.nextNode, deadline);
    if (this.nextNode === this.nodes.length && performance.now() < deadline)
      this.nextEdge = this.handOver('edges', this.edges, this.nextEdge, deadline);
    return !this.busy;
  }

  /** Asks sigma to re-read items from `from` on until the deadline; returns where it stopped. */
  private handOver(kind: 'nodes' | 'edges', items: string[], from: number, deadline: number): number {
    let next = from;
    while (next < items.length) {
      const end = Math.min(items.length, next + CHECK_EVERY);
      this.renderer.refresh({ partialGraph: { [kind]: items.slice(next, end) }, skipIndexation: true, schedule: true });
      next = end;
      if (performance.now() >= deadline) break;
    }
    return next;
  }
}
