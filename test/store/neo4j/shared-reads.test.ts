import { describe, expect, it } from 'vitest';
import { SharedReads } from '../../../server/store/neo4j/shared-reads.ts';

/** A read the test finishes by hand, counting how many were started. */
function manualReads() {
  const pending: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  const work = () =>
    new Promise<number>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { pending, work };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedReads', () => {
  it('keeps no answer: a caller after a read has finished starts a new one', async () => {
    const shared = new SharedReads();
    const { pending, work } = manualReads();
    const first = shared.read('version', work);
    pending[0]!.resolve(7);
    expect(await first).toBe(7);
    const second = shared.read('version', work);
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(8);
    expect(await second).toBe(8);
  });

  it('a caller arriving during a read waits for the next one, which every such caller shares', async () => {
    const shared = new SharedReads();
    const { pending, work } = manualReads();
    const early = shared.read('version', work);
    const late = [shared.read('version', work), shared.read('version', work), shared.read('version', work)];
    expect(pending).toHaveLength(1); // the late callers do not start reads of their own while one runs
    pending[0]!.resolve(1); // began before the late callers arrived: its answer is not theirs
    expect(await early).toBe(1);
    await tick();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(2);
    expect(await Promise.all(late)).toEqual([2, 2, 2]);
  });

  it('a failed read fails its callers only; the next caller starts afresh', async () => {
    const shared = new SharedReads();
    const { pending, work } = manualReads();
    const failed = shared.read('version', work);
    const waiting = shared.read('version', work);
    pending[0]!.reject(new Error('store down'));
    await expect(failed).rejects.toThrow('store down');
    await tick();
    pending[1]!.resolve(3);
    expect(await waiting).toBe(3);
    const again = shared.read('version', work);
    expect(pending).toHaveLength(3);
    pending[2]!.resolve(4);
    expect(await again).toBe(4);
  });

  it('reads of different keys never wait for each other', async () => {
    const shared = new SharedReads();
    const { pending, work } = manualReads();
    const a = shared.read('version a', work);
    const b = shared.read('version b', work);
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(20);
    expect(await b).toBe(20);
    pending[0]!.resolve(10);
    expect(await a).toBe(10);
  });
});
