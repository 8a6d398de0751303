// Which version counter a write transaction bumps (meta-bump.cypher, round-bump.cypher). A bump
// locks its counter node until the commit, log force included, so two writers on one counter
// queue, and Neo4j's lock manager spins while they do: picked at random among 8 round counters,
// 32 writers in flight spent about a third of the server's CPU waiting on those locks
// (bench/README.md, store-writes.ts). A writer here leases the lowest slot no other writer of
// this process holds, so writers of one process never share a counter, and a round has only as
// many counters as it ever had writers in flight at once.
export class CounterSlots {
  private readonly held = new Set<number>();

  /** The lowest free slot, held until `release`. */
  lease(): number {
    let slot = 0;
    while (this.held.has(slot)) slot++;
    this.held.add(slot);
    return slot;
  }

  release(slot: number): void {
    this.held.delete(slot);
  }
}
