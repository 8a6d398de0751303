// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with settings inferred
// from the graph. The supervisor writes x/y on the display graph; the data graph never moves.
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { DataGraph } from '../graph/model.ts';

export class LayoutController {
  private supervisor: FA2LayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: DataGraph) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Runs the layout; with `forMs`, stops by itself (a first layout converges in seconds). */
  start(forMs?: number): void {
    if (this.graph.order === 0) return;
    if (!this.supervisor) {
      this.supervisor = new FA2LayoutSupervisor(this.graph, {
        // Stronger gravity than inferred keeps isolated actors near the rest instead of at the rim.
        settings: { ...inferSettings(this.graph), gravity: 0.6 },
        getEdgeWeight: null,
      });
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = forMs === undefined ? null : setTimeout(() => this.stop(), forMs);
    if (!this.supervisor.isRunning()) this.supervisor.start();
    this.emit();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.supervisor?.isRunning()) this.supervisor.stop();
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

  private emit(): void {
    for (const l of this.listeners) l(this.running);
  }
}

/** A first-layout time budget that grows with the graph but stays short for small ones. */
export function layoutDuration(order: number): number {
  return Math.min(15_000, 2_000 + order * 2);
}
