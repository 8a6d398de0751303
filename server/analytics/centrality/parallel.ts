// The two quadratic metrics, split across the worker pool by sources: each worker gets the Csr
// and a range of sources, returns one value per node, and the parts are summed (then rescaled or
// normalised once). The first part to fail
// cancels the others, so a budget overrun frees every worker of the request at once.
import { toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import type { WorkerPool } from '../worker-pool.ts';
import { betweennessSources, rescaleBetweenness, resolveBetweenness, type BetweennessOptions } from './betweenness.ts';
import { normalizeCloseness, resolveCloseness, type ClosenessOptions } from './closeness.ts';

export interface PoolRun {
  pool: WorkerPool;
  /** Running-time budget of each part, in ms (the pool's default when absent). */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Called as each part starts running (the caller's budget clock starts with the first). */
  onStart?: () => void;
  /**
   * Arc visits below which a part is not worth its own task (cloning the Csr, waking a worker):
   * small jobs run as fewer parts, down to one. Default MIN_WORK_PER_PART.
   */
  minWorkPerPart?: number;
}

/** About a quarter of a second of single-thread work. */
export const MIN_WORK_PER_PART = 50_000_000;

/** How many parts to split `sources` searches into on this pool. */
function partCount(csr: Csr, sources: number, run: PoolRun): number {
  const work = sources * (csr.targets.length + csr.nodes.length) * 2;
  const worthwhile = Math.floor(work / (run.minWorkPerPart ?? MIN_WORK_PER_PART));
  return Math.max(1, Math.min(run.pool.size * PARTS_PER_WORKER, worthwhile));
}

/** [from, to) ranges splitting 0 .. total - 1 into at most `parts` nearly equal pieces. */
export function ranges(total: number, parts: number): [number, number][] {
  const count = Math.max(1, Math.min(parts, total));
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * total) / count);
    const to = Math.floor(((i + 1) * total) / count);
    if (to > from) out.push([from, to]);
  }
  return out;
}

/** Runs every part; the first failure aborts the rest and is what the caller sees. */
export async function allOrNothing<T>(run: PoolRun, parts: ((signal: AbortSignal) => Promise<T>)[]): Promise<T[]> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(run.signal!.reason);
  if (run.signal?.aborted) throw run.signal.reason;
  run.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await Promise.all(
      parts.map((part) =>
        part(controller.signal).catch((error: unknown) => {
          if (!controller.signal.aborted) controller.abort(error);
          throw controller.signal.reason;
        }),
      ),
    );
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
  }
}

/** Parts per worker: a little more than one evens out parts that finish early. */
const PARTS_PER_WORKER = 2;

export async function betweennessInPool(csr: Csr, options: BetweennessOptions | undefined, run: PoolRun): Promise<Float64Array> {
  const o = resolveBetweenness(options);
  const sources = betweennessSources(csr, o);
  const total = sources === null ? csr.nodes.length : sources.length;
  const parts = await allOrNothing(
    run,
    ranges(total, partCount(csr, total, run)).map(
      ([from, to]) =>
        (signal) =>
          run.pool.run(
            'betweenness',
            { csr, sources, weighted: o.weighted, from, to },
            { budgetMs: run.budgetMs, signal, onStart: run.onStart },
          ),
    ),
  );
  const sum = new Float64Array(csr.nodes.length);
  for (const part of parts) for (let v = 0; v < sum.length; v++) sum[v]! += part[v]!;
  return rescaleBetweenness(sum, o.normalized, sources);
}

export async function closenessInPool(csr: Csr, options: ClosenessOptions | undefined, run: PoolRun): Promise<Float64Array> {
  const o = resolveCloseness(options);
  // Closeness is bit-parallel when unweighted: far less work per source than a Dijkstra.
  const perSource = o.weighted ? 1 : 1 / 32;
  const slices = ranges(csr.nodes.length, partCount(csr, Math.ceil(csr.nodes.length * perSource), run));
  const parts = await allOrNothing(
    run,
    slices.map(
      ([from, to]) =>
        (signal) =>
          run.pool.run('closeness', { csr, weighted: o.weighted, from, to }, { budgetMs: run.budgetMs, signal, onStart: run.onStart }),
    ),
  );
  const sums = new Float64Array(csr.nodes.length);
  for (const part of parts) for (let v = 0; v < sums.length; v++) sums[v]! += part[v]!;
  return normalizeCloseness(sums, o.normalized);
}

/** betweenness(graph, options), computed on the pool's workers. */
export async function betweennessParallel(
  graph: unknown,
  options: BetweennessOptions | undefined,
  run: PoolRun,
): Promise<Record<string, number>> {
  const csr = toCsr(graph, 'betweenness');
  return toRecord(csr, await betweennessInPool(csr, options, run));
}

/** closeness(graph, options), computed on the pool's workers. */
export async function closenessParallel(
  graph: unknown,
  options: ClosenessOptions | undefined,
  run: PoolRun,
): Promise<Record<string, number>> {
  const csr = toCsr(graph, 'closeness');
  return toRecord(csr, await closenessInPool(csr, options, run));
}
