// Where the analytics answers are computed, and how many at once. Everything that grows with the
// graph runs on the worker pool, so the event loop stays free for /health and cheap requests;
// an answer on a small graph (below `inlineBelow` records) is computed in this thread, where a
// worker would cost more than the work. At most `pool.size` requests compute at once, at most
// `maxWaiting` more wait their turn, and the next is refused at once with Busy (a 503 with
// Retry-After) rather than queued without end. Time waiting never counts against the budget: a
// task's budget clock starts when a worker takes it (worker-pool.ts).
//
// Identical concurrent requests are shared before they get here: the routes answer through the
// per-version result cache (service.ts), which hands every caller of one question one promise.
import type { GraphSnapshot } from '../store/port.ts';
import { Busy } from './errors.ts';
import { isShared, shareSnapshot, type SharedSnapshot } from './shared-snapshot.ts';
import type { WorkerPool } from './worker-pool.ts';
import type { TaskInput, TaskName, TaskOutput } from './worker-protocol.ts';
import { TASKS } from './worker-tasks.ts';

export interface OffloadOptions {
  /** Running time of one task, in ms. */
  budgetMs: number;
  /** Requests allowed to wait for a free slot; the next one is Busy. */
  maxWaiting?: number;
  /** Work (records, or arc visits for the metrics) below which an answer is computed in this thread. */
  inlineBelow?: number;
  /** What a Busy answer tells the caller to wait, in seconds. */
  retryAfterSeconds?: number;
}

export const OFFLOAD_DEFAULTS = { maxWaiting: 16, inlineBelow: 2_000, retryAfterSeconds: 2 };

export class Offload {
  readonly budgetMs: number;
  private readonly maxWaiting: number;
  private readonly inlineBelow: number;
  private readonly retryAfterSeconds: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly pool: WorkerPool,
    options: OffloadOptions,
  ) {
    this.budgetMs = options.budgetMs;
    this.maxWaiting = options.maxWaiting ?? OFFLOAD_DEFAULTS.maxWaiting;
    this.inlineBelow = options.inlineBelow ?? OFFLOAD_DEFAULTS.inlineBelow;
    this.retryAfterSeconds = options.retryAfterSeconds ?? OFFLOAD_DEFAULTS.retryAfterSeconds;
  }

  /** True when `work` is small enough to compute in this thread. */
  inline(work: number): boolean {
    return work < this.inlineBelow;
  }

  /** Runs `compute` once a slot is free; Busy at once when maxWaiting requests already wait. */
  async admit<T>(compute: () => Promise<T>): Promise<T> {
    if (this.running >= this.pool.size) {
      if (this.waiting.length >= this.maxWaiting) throw new Busy(this.retryAfterSeconds);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await compute();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /**
   * One task: in this thread when `work` is small, else admitted to the pool under the budget
   * (the analytics budget unless the task names its own).
   */
  run<K extends TaskName>(task: K, input: TaskInput<K>, work: number, budgetMs = this.budgetMs): Promise<TaskOutput<K>> {
    if (this.inline(work)) return Promise.resolve().then(() => TASKS[task](input));
    return this.admit(() => this.pool.run(task, withSharedSnapshot(input), { budgetMs }));
  }

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/**
 * The input with its snapshots in shared form — its own, or those of its `rounds` (a comparison,
 * a trend): encoded once per version, never copied per request.
 */
function withSharedSnapshot<T>(input: T): T {
  if (input === null || typeof input !== 'object') return input;
  if ('rounds' in input && Array.isArray(input.rounds)) return { ...input, rounds: input.rounds.map(withSharedSnapshot) };
  if (!('snapshot' in input)) return input;
  const { snapshot } = input as { snapshot: GraphSnapshot | SharedSnapshot };
  return isShared(snapshot) ? input : { ...input, snapshot: shareSnapshot(snapshot) };
}
