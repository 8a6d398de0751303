// The loop of an analytics worker thread: takes a request of the protocol (worker-protocol.ts),
// runs its task (worker-tasks.ts) and answers with the output, typed arrays moved rather than
// copied, or with the error as its wire form. The loop only starts in a thread the pool spawned
// (it marks its workers in workerData), so importing this module elsewhere does nothing.
import { constants, setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toWire } from './errors.ts';
import { TASKS } from './worker-tasks.ts';
import { READY, WORKER_MARK, type WorkerReply, type WorkerRequest } from './worker-protocol.ts';

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

/**
 * Heavy analytics yield the CPU to the request thread and to a local Neo4j server, so /health
 * and light requests keep answering while workers compute. Linux renices only the calling
 * thread; elsewhere the call would renice the whole process, so it is not made there.
 */
function yieldToRequests(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // A sandbox may refuse; the worker then runs at the process's priority, as before.
  }
}

if (!isMainThread && parentPort && workerData === WORKER_MARK) {
  const port = parentPort;
  yieldToRequests();
  // The pool gives a worker one task at a time, so an asynchronous one (reading a file) is awaited
  // before the next arrives.
  port.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const run = TASKS[request.task] as (input: unknown) => unknown;
      if (typeof run !== 'function') throw new Error(`worker: unknown task '${String(request.task)}'`);
      const output = await run(request.input);
      reply = { id: request.id, ok: true, output };
      port.postMessage(reply, transferables(output));
    } catch (error) {
      reply = { id: request.id, ok: false, error: toWire(error) };
      port.postMessage(reply);
    }
  });
  port.postMessage(READY);
}
