// Analytics results cached per graph version. The version comes from the store (shared by every
// process using it), so a write made through another API process invalidates this cache too.
// Entries of older versions are dropped as soon as a newer version is seen.

export class ResultCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries = 200) {}

  /** The cached result for (version, key), computing it once even under concurrent requests. */
  get<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      if (version < this.version) return compute(); // a stale reader: do not disturb the newer cache
      this.version = version;
      this.entries.clear();
    }
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place in the insertion order (least recently used goes first).
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}
