// Reads that concurrent callers share. Every cached answer asks the store for its round and the
// round's version first; on Neo4j each ask is a Bolt transaction, which capped cached answers
// near the store's transaction rate. Callers of the same read now share one transaction, but only
// one that began after they called: a read already in flight may predate a write the caller saw
// acknowledged, so a caller arriving during it waits for the next one, which all such callers
// share. Each caller thus gets what a read of its own would have given, at a cost of at most two
// round trips, and the store sees at most one such read in flight (and one queued) per key.
// Answers are shared objects: callers must not change them.

interface Entry {
  running: Promise<unknown>;
  /** The read the callers who arrived during `running` wait for. */
  next: Promise<unknown> | null;
}

export class SharedReads {
  private readonly entries = new Map<string, Entry>();

  read<T>(key: string, work: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry === undefined) return this.start(key, work);
    const settled = entry.running.then(
      () => undefined,
      () => undefined,
    );
    entry.next ??= settled.then(() => this.start(key, work));
    return entry.next as Promise<T>;
  }

  private start<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running = work();
    const entry: Entry = { running, next: null };
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    running.then(forget, forget);
    return running;
  }
}
