// Serves analytics to the routes: one store snapshot per graph version, and results cached
// per (graph version, question). The version is read from the store on every request (with the
// request's round, plugins/rounds.ts), so a write through any API process sharing the store is
// seen at once.
import type { GraphSnapshot, GraphStore } from '../store/port.ts';
import { snapshotCounts } from '../store/snapshot-json.ts';
import { ResultCache } from './result-cache.ts';
import { shareSnapshot, shareSnapshotJson, type SharedRound } from './shared-snapshot.ts';

export interface Computed<T> {
  version: number;
  value: T;
}

export class AnalyticsService {
  private latest: Promise<GraphSnapshot> | null = null;
  private latestShared: Promise<SharedRound> | null = null;
  private readonly results = new ResultCache();

  constructor(private readonly store: GraphStore) {}

  version(): Promise<number> {
    return this.store.version();
  }

  /** The snapshot at `version` or newer; one store read per version however many ask. */
  async snapshot(version: number): Promise<GraphSnapshot> {
    const cached = this.latest && (await this.latest.catch(() => null));
    if (cached && cached.version >= version) return cached;
    const pending = this.store.snapshot();
    this.latest = pending;
    return pending;
  }

  /**
   * The snapshot at `version` or newer in the workers' shared form, for answers that only run on
   * them (a comparison): made from the snapshot when one is at hand, else read from the store as
   * JSON text where it writes one, so this thread never builds the snapshot's objects; from a store
   * that does not, the snapshot is read (and kept for the other analytics). One read per version.
   */
  async shared(version: number): Promise<SharedRound> {
    const snapshot = this.latest && (await this.latest.catch(() => null));
    if (snapshot && snapshot.version >= version) return sharedRoundOf(snapshot);
    if (!this.store.snapshotJson) return sharedRoundOf(await this.snapshot(version));
    const cached = this.latestShared && (await this.latestShared.catch(() => null));
    if (cached && cached.version >= version) return cached;
    const pending = this.store.snapshotJson().then(shareSnapshotJson);
    this.latestShared = pending;
    return pending;
  }

  /** The answer to `key` at `version`, computed once per version by `compute` (elsewhere, on the shared snapshot). */
  remember<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    return this.results.get(version, key, compute);
  }

  /** The answer to `key` on the current graph, computed once per graph version. */
  async compute<T>(version: number, key: string, fn: (snapshot: GraphSnapshot) => T | Promise<T>): Promise<Computed<T>> {
    const snapshot = await this.snapshot(version);
    const value = await this.results.get(snapshot.version, key, async () => fn(snapshot));
    return { version: snapshot.version, value };
  }
}

const sharedRoundOf = (snapshot: GraphSnapshot): SharedRound => ({ ...snapshotCounts(snapshot), snapshot: shareSnapshot(snapshot) });
