// The pool runs real worker threads (TypeScript through tsx, as in production), so these tests
// share one pool and give it time to start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../server/analytics/worker-pool.ts';
import { MetricsQuery } from '../../server/analytics/catalogue.ts';
import { computeMetrics, computeMetricsInPool, estimateWork, INLINE_WORK_LIMIT } from '../../server/analytics/centrality/table.ts';
import { BudgetExceeded as BudgetExceededError, Stopped } from '../../server/analytics/errors.ts';
import { betweennessKernel } from '../../server/analytics/centrality/betweenness.ts';
import { closenessKernel } from '../../server/analytics/centrality/closeness.ts';
import { betweennessInPool, closenessInPool, ranges } from '../../server/analytics/centrality/parallel.ts';
import { toCsr } from '../../server/analytics/kernel/csr.ts';
import { analyticsAnswer } from '../../server/plugins/errors.ts';
import { graphFrom, randomGraph } from './graphs.ts';
import { threadsBelowMainPriority } from '../support/thread-priority.ts';

const pool = new WorkerPool({ size: 2, defaultBudgetMs: 20_000 });

beforeAll(() => pool.warm(), 60_000);
afterAll(() => pool.close());

function expectArraysClose(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-12);
}

describe('WorkerPool', () => {
  it('runs tasks on worker threads', async () => {
    expect(pool.stats).toMatchObject({ size: 2, workers: 2, busy: 0, queued: 0 });
    const spins = await pool.run('busyWait', { ms: 5 });
    expect(spins).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')('runs its workers below the priority of the thread that answers requests', () => {
    expect(threadsBelowMainPriority('self')).toBe(pool.stats.workers);
  });

  it('queues more tasks than workers and runs them all', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => pool.run('busyWait', { ms: 20 })));
    expect(results).toHaveLength(6);
  });

  it('rejects a task over budget with BudgetExceededError, replaces the worker and carries on', async () => {
    // The budget clock is driven by the test: the budget runs out when the test says so.
    const expiries: (() => void)[] = [];
    const clocked = new WorkerPool({
      size: 1,
      budgetClock: (expire) => {
        expiries.push(expire);
        return () => undefined;
      },
    });
    try {
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const outcome = clocked.run('busyWait', { ms: 600_000 }, { budgetMs: 200, onStart: started }).catch((e: unknown) => e);
      await running;
      expect(expiries).toHaveLength(1);
      expiries[0]!();
      const error = await outcome;
      expect(error).toBeInstanceOf(BudgetExceededError);
      expect(error).toMatchObject({ code: 'budget_exceeded', budgetMs: 200 });
      expect(analyticsAnswer(error as BudgetExceededError)).toMatchObject({ statusCode: 422, code: 'budget_exceeded' });
      expect((error as Error).message).toMatch(/narrow the filters.*samples=k/);
      expect(await clocked.run('busyWait', { ms: 1 })).toBeGreaterThan(0);
    } finally {
      await clocked.close();
    }
  });

  it('starts a task’s budget when a worker takes it, not while it waits in the queue', async () => {
    const clocks: number[] = [];
    const clocked = new WorkerPool({
      size: 1,
      budgetClock: (_expire, ms) => {
        clocks.push(ms);
        return () => undefined;
      },
    });
    try {
      // Both are queued before the worker is up; each clock must start only when its task does.
      const events: string[] = [];
      const first = clocked.run(
        'busyWait',
        { ms: 50 },
        { budgetMs: 1000, onStart: () => events.push(`first starts, ${clocks.length} clocks`) },
      );
      const second = clocked.run(
        'busyWait',
        { ms: 1 },
        { budgetMs: 2000, onStart: () => events.push(`second starts, ${clocks.length} clocks`) },
      );
      expect(clocks).toEqual([]);
      await Promise.all([first, second]);
      expect(events).toEqual(['first starts, 1 clocks', 'second starts, 2 clocks']);
      expect(clocks).toEqual([1000, 2000]);
    } finally {
      await clocked.close();
    }
  });

  it('cancels queued and running tasks through an AbortSignal', async () => {
    const controller = new AbortController();
    const running = [1, 2, 3].map(() => pool.run('busyWait', { ms: 60_000 }, { signal: controller.signal }).catch((e: unknown) => e));
    setTimeout(() => controller.abort(new Error('client went away')), 100);
    for (const outcome of await Promise.all(running)) expect((outcome as Error).message).toBe('client went away');
    expect(pool.stats.queued).toBe(0);
    await expect(pool.run('busyWait', { ms: 1 }, { signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow('already');
  });

  it('passes a failing task’s error back, message intact', async () => {
    const csr = toCsr(graphFrom([['a', 'b', 0]]));
    await expect(pool.run('betweenness', { csr, sources: null, weighted: true, from: 0, to: 2 })).rejects.toThrow(
      /^betweenness: the tie a–b has distance Infinity/,
    );
  });

  it('checks its options', () => {
    expect(() => new WorkerPool({ size: 0 })).toThrow(/^worker-pool: size must be a positive integer/);
    expect(() => pool.run('busyWait', { ms: 1 }, { budgetMs: 0 })).toThrow(/^worker-pool: budgetMs must be positive/);
  });

  it('stops what runs and waits when closed, and refuses work after', async () => {
    const other = new WorkerPool({ size: 1 });
    const running = other.run('busyWait', { ms: 30_000 }).catch((e: unknown) => e);
    const waiting = other.run('busyWait', { ms: 30_000 }).catch((e: unknown) => e);
    await other.close();
    for (const stopped of [await running, await waiting]) {
      expect(stopped).toBeInstanceOf(Stopped);
      expect((stopped as Stopped).reason).toMatch(/shutting down/);
      // As the answer to a request that arrives while the server closes (plugins/draining.ts).
      expect(analyticsAnswer(stopped as Stopped)).toMatchObject({
        statusCode: 503,
        code: 'shutting_down',
        headers: { 'retry-after': '5', connection: 'close' },
      });
    }
    expect(() => other.run('busyWait', { ms: 1 })).toThrow(/^worker-pool: the pool was closed/);
  });
});

describe('metrics split across workers', () => {
  const graph = randomGraph({ nodes: 600, edges: 2400, seed: 12, groups: 2, isolates: 4, weighted: true });
  const csr = toCsr(graph);

  it('does not split small jobs (one part, still the same values)', async () => {
    expectArraysClose(await betweennessInPool(csr, { samples: 20 }, { pool }), betweennessKernel(csr, { samples: 20 }));
  });

  it('ranges cover 0 .. n - 1 without gaps', () => {
    expect(ranges(10, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
    expect(ranges(2, 8)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(ranges(0, 4)).toEqual([]);
  });

  it.each([false, true])('betweenness and closeness equal the single-thread values (weighted: %s)', async (weighted) => {
    const run = { pool, minWorkPerPart: 1 }; // force the split on this small graph
    expectArraysClose(await betweennessInPool(csr, { weighted }, run), betweennessKernel(csr, { weighted }));
    expectArraysClose(
      await betweennessInPool(csr, { weighted, samples: 50, seed: 3 }, run),
      betweennessKernel(csr, { weighted, samples: 50, seed: 3 }),
    );
    expectArraysClose(await closenessInPool(csr, { weighted }, run), closenessKernel(csr, { weighted }));
  });

  it('computeMetricsInPool gives what computeMetrics gives', async () => {
    const query = { weighted: true, limit: 50 };
    expect(estimateWork(csr, MetricsQuery.parse(query))).toBeGreaterThan(INLINE_WORK_LIMIT); // really uses the pool
    const inPool = await computeMetricsInPool(graph, query, { pool, budgetMs: 20_000 });
    const inline = computeMetrics(graph, query);
    expect(inPool.rows.map((r) => r.id)).toEqual(inline.rows.map((r) => r.id));
    expect(inPool.communities).toEqual(inline.communities);
    inPool.rows.forEach((row, i) => {
      for (const [id, value] of Object.entries(row.values)) {
        const expected = inline.rows[i]!.values[id as keyof typeof row.values]!;
        if (expected === null) expect(value).toBeNull();
        else expect(Math.abs(value! - expected)).toBeLessThanOrEqual(1e-12);
      }
    });
  });

  it('computeMetricsInPool computes small requests inline', async () => {
    const small = graphFrom([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const closed = new WorkerPool({ size: 1 });
    await closed.close(); // would throw if it were used
    const result = await computeMetricsInPool(small, { metrics: ['betweenness'] }, { pool: closed, budgetMs: 1000 });
    expect(result.rows[0]).toMatchObject({ id: 'b', values: { betweenness: 1 } });
  });

  it('computeMetricsInPool rejects with BudgetExceededError when the request outruns its budget', async () => {
    const big = randomGraph({ nodes: 4000, edges: 20_000, seed: 1 });
    const error = await computeMetricsInPool(big, { metrics: ['betweenness', 'pagerank'] }, { pool, budgetMs: 150 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(await pool.run('busyWait', { ms: 1 })).toBeGreaterThan(0);
  });
});
