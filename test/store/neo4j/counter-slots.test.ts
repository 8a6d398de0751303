// Writers in flight never share a version counter while there are enough, and the counters a
// round gets stay as few as the slots.
import { describe, expect, it } from 'vitest';
import { CounterSlots } from '../../../server/store/neo4j/counter-slots.ts';

describe('CounterSlots', () => {
  it('leases distinct slots to writers in flight, lowest first', () => {
    const slots = new CounterSlots(4);
    expect([slots.lease(), slots.lease(), slots.lease()]).toEqual([0, 1, 2]);
  });

  it('hands a released slot to the next writer instead of a new one', () => {
    const slots = new CounterSlots(4);
    const [a, b] = [slots.lease(), slots.lease()];
    slots.release(a);
    expect(slots.lease()).toBe(a);
    slots.release(b);
    expect(slots.lease()).toBe(b);
    expect(slots.lease()).toBe(2);
  });

  it('shares the least-held slots evenly once every slot is held', () => {
    const slots = new CounterSlots(2);
    expect([slots.lease(), slots.lease(), slots.lease(), slots.lease(), slots.lease()]).toEqual([0, 1, 0, 1, 0]);
    slots.release(1);
    expect(slots.lease()).toBe(1);
  });
});
