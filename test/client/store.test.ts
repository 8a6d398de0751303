import { describe, expect, it } from 'vitest';
import { Store, type ChangeMeta } from '../../client/src/state/store.ts';

describe('the state store', () => {
  it('tells every listener of a change, with the value before it and why', () => {
    const store = new Store({ n: 0 });
    const seen: Array<[number, number, ChangeMeta]> = [];
    store.subscribe((s, previous, meta) => seen.push([s.n, previous.n, meta]));
    store.dispatch((s) => ({ n: s.n + 1 }), { deliberate: true });
    store.dispatch((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([
      [1, 0, { deliberate: true }],
      [2, 1, {}],
    ]);
    expect(store.getState()).toEqual({ n: 2 });
  });

  it('tells no one when a producer returns the same value', () => {
    const store = new Store({ n: 0 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch((s) => s);
    expect(calls).toBe(0);
  });

  it('runs a dispatch made by a listener after every listener saw the change before it', () => {
    const store = new Store({ n: 0 });
    const order: string[] = [];
    store.subscribe((s) => {
      order.push(`first saw ${s.n}`);
      if (s.n === 1) store.dispatch(() => ({ n: 2 }));
    });
    store.subscribe((s) => order.push(`second saw ${s.n}`));
    store.dispatch(() => ({ n: 1 }));
    expect(order).toEqual(['first saw 1', 'second saw 1', 'first saw 2', 'second saw 2']);
  });

  it('stops telling a listener once it unsubscribed, and clear drops them all', () => {
    const store = new Store({ n: 0 });
    const a: number[] = [];
    const b: number[] = [];
    const stop = store.subscribe((s) => a.push(s.n));
    store.subscribe((s) => b.push(s.n));
    store.dispatch(() => ({ n: 1 }));
    stop();
    store.dispatch(() => ({ n: 2 }));
    store.clear();
    store.dispatch(() => ({ n: 3 }));
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
  });
});
