// A small pool of worker threads for the analytics, so heavy computation (exact betweenness on
// thousands of actors) never blocks the HTTP event loop, and so sources can be split across
// cores. Sized to os.availableParallelism() by default; workers start lazily and only keep the
// process alive while they start or work, so an idle pool never holds it open.
//
// Every task runs under a time budget: a task still running when its budget is spent has its
// worker terminated (the only way to stop synchronous JavaScript; a fresh worker starts when
// the next task needs one), and the task rejects with BudgetExceeded — which the routes turn into an answer
// telling the caller to narrow the filters or estimate from samples. An AbortSignal cancels a
// task the same way, queued or running.
//
// Workers run TypeScript through tsx: worker-entry.mjs registers tsx's loader, then imports
// worker.ts. (On Node 20, `execArgv: ['--import', 'tsx']` alone does not make a worker load
// .ts files — ERR_UNKNOWN_FILE_EXTENSION — so the entry registers tsx itself.)
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BudgetExceeded, fromWire, Stopped } from './errors.ts';
import {
  READY,
  WORKER_MARK,
  type TaskInput,
  type TaskName,
  type TaskOutput,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export interface WorkerPoolOptions {
  /** Number of worker threads; default os.availableParallelism(). */
  size?: number;
  /** Budget of a task that names none, in ms. */
  defaultBudgetMs?: number;
  /**
   * Starts a task's budget clock: calls `expire` after `ms` of running, unless the returned
   * function stops it first. Default: an unref'd setTimeout; tests pass a clock they drive.
   */
  budgetClock?: BudgetClock;
}

export type BudgetClock = (expire: () => void, ms: number) => () => void;

const realClock: BudgetClock = (expire, ms) => {
  const timer = setTimeout(expire, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export interface RunOptions {
  /** Running time allowed once a worker has the task, in ms. */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Called when a worker takes the task: what waited in the queue starts running. */
  onStart?: () => void;
}

interface Job {
  id: number;
  task: TaskName;
  input: unknown;
  budgetMs: number;
  signal: AbortSignal | undefined;
  onStart: (() => void) | undefined;
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
  onAbort: () => void;
}

interface Slot {
  worker: Worker;
  /** Resolves when the worker has loaded its modules; rejects if it fails to start. */
  started: Promise<void>;
  ready: boolean;
  job: Job | null;
  /** Stops the running task's budget clock. */
  stopClock: (() => void) | null;
}

export class WorkerPool {
  readonly size: number;
  private readonly defaultBudgetMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly budgetClock: BudgetClock;
  private nextId = 1;
  private started = 0;
  private closed = false;
  /** The workers' termination once close() began: every caller of close() waits for the same one. */
  private closing: Promise<void> | null = null;

  constructor(options: WorkerPoolOptions = {}) {
    this.size = options.size ?? availableParallelism();
    this.defaultBudgetMs = options.defaultBudgetMs ?? 60_000;
    this.budgetClock = options.budgetClock ?? realClock;
    if (!Number.isInteger(this.size) || this.size < 1) throw new Error(`worker-pool: size must be a positive integer, got ${this.size}`);
    if (!(this.defaultBudgetMs > 0)) throw new Error(`worker-pool: defaultBudgetMs must be positive, got ${this.defaultBudgetMs}`);
  }

  /** Starts every worker and resolves when all are ready (otherwise they start on first use). */
  async warm(): Promise<void> {
    this.assertOpen();
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    await Promise.all(this.slots.map((s) => s.started));
  }

  run<K extends TaskName>(task: K, input: TaskInput<K>, options: RunOptions = {}): Promise<TaskOutput<K>> {
    this.assertOpen();
    const budgetMs = options.budgetMs ?? this.defaultBudgetMs;
    if (!(budgetMs > 0)) throw new Error(`worker-pool: budgetMs must be positive, got ${budgetMs}`);
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        task,
        input,
        budgetMs,
        signal: options.signal,
        onStart: options.onStart,
        resolve: resolve as (output: unknown) => void,
        reject,
        onAbort: () => this.cancel(job, options.signal!.reason ?? new Error('worker-pool: task aborted')),
      };
      if (options.signal?.aborted) return reject(options.signal.reason);
      options.signal?.addEventListener('abort', job.onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Terminates every worker; queued and running tasks reject at once. */
  close(): Promise<void> {
    this.closing ??= this.terminate();
    return this.closing;
  }

  private async terminate(): Promise<void> {
    this.closed = true;
    const error = new Stopped('worker-pool', 'the analytics were stopped: the server is shutting down; try again shortly');
    for (const job of this.queue.splice(0)) this.settle(job, error, false);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.job) this.settle(slot.job, error, false);
        slot.stopClock?.();
        return slot.worker.terminate();
      }),
    );
  }

  /** started: tasks a worker has taken since the pool was made. */
  get stats(): { size: number; workers: number; busy: number; queued: number; started: number } {
    const busy = this.slots.filter((s) => s.job).length;
    return { size: this.size, workers: this.slots.length, busy, queued: this.queue.length, started: this.started };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('worker-pool: the pool was closed');
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, { workerData: WORKER_MARK });
    let started!: { resolve: () => void; reject: (error: unknown) => void };
    const slot: Slot = {
      worker,
      ready: false,
      job: null,
      stopClock: null,
      started: new Promise<void>((resolve, reject) => (started = { resolve, reject })),
    };
    slot.started.catch(() => undefined); // also reported to queued tasks, below
    worker.on('message', (message: WorkerReply | typeof READY) => {
      if (message === READY) {
        slot.ready = true;
        worker.unref(); // idle until pump gives it a task
        started.resolve();
        this.pump();
      } else this.onReply(slot, message);
    });
    worker.on('error', (error) => {
      if (!slot.ready) {
        // A worker that cannot even start (a broken import) would fail again: fail what waits.
        const failure = new Error(`worker-pool: a worker failed to start: ${error.message}`);
        started.reject(failure);
        for (const job of this.queue.splice(0)) this.settle(job, failure, false);
      } else if (slot.job) this.settle(slot.job, error, false);
      slot.job = null;
    });
    worker.on('exit', () => this.onExit(slot));
    return slot;
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && s.job === null);
      if (!slot) {
        // Start as many workers as the queue can use; each pumps again once ready.
        const starting = this.slots.filter((s) => !s.ready).length;
        const wanted = Math.min(this.size - this.slots.length, this.queue.length - starting);
        for (let i = 0; i < wanted; i++) this.slots.push(this.spawn());
        return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.stopClock = this.budgetClock(() => this.cancel(job, new BudgetExceeded(job.budgetMs)), job.budgetMs);
      this.started++;
      job.onStart?.();
      const request: WorkerRequest = { id: job.id, task: job.task, input: job.input };
      slot.worker.postMessage(request);
    }
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.stopClock?.();
    slot.stopClock = null;
    slot.job = null;
    slot.worker.unref();
    if (reply.ok) this.settle(job, reply.output, true);
    else this.settle(job, fromWire(reply.error), false);
    this.pump();
  }

  /** Rejects a job; a running one loses its worker, which is replaced. */
  private cancel(job: Job, reason: unknown): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, reason, false);
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (!slot) return;
    this.settle(job, reason, false);
    this.retire(slot);
  }

  private retire(slot: Slot): void {
    slot.stopClock?.();
    slot.stopClock = null;
    slot.job = null;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    this.pump();
  }

  private onExit(slot: Slot): void {
    if (!this.slots.includes(slot)) return; // retired or closed on purpose
    if (slot.job) this.settle(slot.job, new Error('worker-pool: a worker exited while running a task'), false);
    this.retire(slot);
  }

  private settle(job: Job, value: unknown, ok: boolean): void {
    job.signal?.removeEventListener('abort', job.onAbort);
    if (ok) job.resolve(value);
    else job.reject(value);
  }
}
