// What the analytics worker threads can do, and the loop that does it. Each task is a pure
// function of plain data (a Csr, numbers, flags) — structured-cloneable in, typed arrays out —
// so the same code runs in a worker or, in tests, in the calling thread. The loop only starts in
// a thread the pool spawned (it marks its workers in workerData).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { brandesAccumulate } from './centrality/betweenness.ts';
import { harmonicSums } from './centrality/closeness.ts';
import { computeColumns } from './centrality/table.ts';
import { toWire } from './errors.ts';
import { READY, type TaskHandlers, WORKER_MARK, type WorkerReply, type WorkerRequest } from './worker-protocol.ts';

export const TASKS: TaskHandlers = {
  betweenness: (input) => brandesAccumulate(input.csr, input.sources, input.weighted, { from: input.from, to: input.to }),
  closeness: (input) => harmonicSums(input.csr, input.weighted, { from: input.from, to: input.to }),
  columns: (input) => computeColumns(input.csr, input.query, input.metrics),
  busyWait: (input) => {
    const end = performance.now() + input.ms;
    let spins = 0;
    while (performance.now() < end) spins++;
    return spins;
  },
};

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
      reply = { id: request.id, ok: false, error: toWire(error) };
      port.postMessage(reply);
    }
  });
  port.postMessage(READY);
}
