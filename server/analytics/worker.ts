// What the analytics worker threads can do, and the loop that does it. Each task is a pure
// function of plain data (a Csr, numbers, flags) — structured-cloneable in, typed arrays out —
// so the same code runs in a worker or, in tests, in the calling thread. The loop only starts in
// a thread the pool spawned (it marks its workers in workerData).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Csr } from './csr.ts';
import { brandesAccumulate } from './centrality/betweenness.ts';
import { harmonicSums } from './centrality/closeness.ts';
import { computeColumns, type Columns, type MetricId, type MetricsQuery } from './catalogue.ts';

export const WORKER_MARK = 'samverkan-analytics-worker';

export const TASKS = {
  /** Raw Brandes dependencies from sources[from .. to) (all nodes when sources is null). */
  betweenness(input: { csr: Csr; sources: Int32Array | null; weighted: boolean; from: number; to: number }): Float64Array {
    return brandesAccumulate(input.csr, input.sources, input.weighted, { from: input.from, to: input.to });
  },
  /** Harmonic sums over sources from .. to - 1, per node. */
  closeness(input: { csr: Csr; weighted: boolean; from: number; to: number }): Float64Array {
    return harmonicSums(input.csr, input.weighted, { from: input.from, to: input.to });
  },
  /** Whole metric columns, for the metrics not split across workers. */
  columns(input: { csr: Csr; query: MetricsQuery; metrics: MetricId[] }): Columns {
    return computeColumns(input.csr, input.query, input.metrics);
  },
  /** Keeps a worker busy for `ms` (diagnostics, and the pool's budget tests). */
  busyWait(input: { ms: number }): number {
    const end = performance.now() + input.ms;
    let spins = 0;
    while (performance.now() < end) spins++;
    return spins;
  },
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = ReturnType<(typeof TASKS)[K]>;

export interface WorkerRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export type WorkerReply = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: { name: string; message: string } };

/** The ArrayBuffers in an output, moved to the caller instead of copied. */
function transferables(output: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) Object.values(value).forEach(visit);
  };
  visit(output);
  return [...buffers];
}

if (!isMainThread && parentPort && workerData === WORKER_MARK) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const run = TASKS[request.task] as (input: unknown) => unknown;
      if (typeof run !== 'function') throw new Error(`worker: unknown task '${String(request.task)}'`);
      const output = run(request.input);
      reply = { id: request.id, ok: true, output };
      port.postMessage(reply, transferables(output));
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { id: request.id, ok: false, error: { name: e.name, message: e.message } };
      port.postMessage(reply);
    }
  });
  port.postMessage('ready');
}
