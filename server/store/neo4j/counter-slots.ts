// Which version counter a write transaction bumps (meta-bump.cypher, round-bump.cypher). A bump
// locks its counter node until the commit, log force included, so two writers on one counter
// queue, and Neo4j's lock manager spins while they do: picked at random among 8 round counters,
// 32 writers in flight spent about a fifth of the server's CPU waiting on those locks
// (bench/README.md, store-writes.ts). A writer here leases the slot the fewest writers of this
// process hold, the lowest of those first: up to `count` writers in flight never share a
// counter, and a round never has more than `count` counters for a read of its version to sum.
export class CounterSlots {
  /** How many writers hold each slot now. */
  private readonly holders: number[];

  constructor(count: number) {
    this.holders = new Array<number>(count).fill(0);
  }

  /** The least-held slot, held until `release`. */
  lease(): number {
    const slot = this.holders.indexOf(Math.min(...this.holders));
    this.holders[slot]! += 1;
    return slot;
  }

  release(slot: number): void {
    this.holders[slot]! -= 1;
  }
}
