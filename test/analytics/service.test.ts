// The analytics service's shared snapshot (service.ts): one store read per round version, as the
// store's JSON text, or made from the snapshot already read (or read, from a store that writes no
// text); its counts are the snapshot's, and it decodes to the snapshot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../server/analytics/service.ts';
import { resolveSnapshot } from '../../server/analytics/shared-snapshot.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';
import { actor, tie } from '../store/contract/fixtures.ts';

let store: EmbeddedStore;
beforeEach(async () => {
  store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  await ensureLegacyRound(store);
});
afterEach(async () => {
  await store.close();
});

/** The round's graph, counting the reads that reach it. */
function counted(graph: GraphStore) {
  const reads = { snapshot: 0, snapshotJson: 0 };
  const wrapped: GraphStore = Object.create(graph);
  wrapped.snapshot = () => {
    reads.snapshot++;
    return graph.snapshot();
  };
  wrapped.snapshotJson = () => {
    reads.snapshotJson++;
    return graph.snapshotJson!();
  };
  return { wrapped, reads };
}

describe('AnalyticsService.shared', () => {
  it('reads the JSON text once per version, with the counts, and decodes to the snapshot', async () => {
    const graph = store.round(LEGACY_REF);
    await graph.createActor(actor('a'));
    await graph.createActor(actor('b'));
    await graph.createCollaboration(tie('a-b', 'a', 'b'));
    const { wrapped, reads } = counted(graph);
    const service = new AnalyticsService(wrapped);

    const first = await service.shared(await service.version());
    expect(await service.shared(await service.version())).toBe(first);
    expect(reads).toEqual({ snapshot: 0, snapshotJson: 1 });
    expect(first).toMatchObject({ version: await graph.version(), actors: 2, collaborations: 1, forums: 0 });
    expect(resolveSnapshot(first.snapshot)).toStrictEqual(await graph.snapshot());

    await graph.createActor(actor('c'));
    const next = await service.shared(await service.version());
    expect(reads.snapshotJson).toBe(2);
    expect(next).toMatchObject({ version: await graph.version(), actors: 3 });
  });

  it('shares the snapshot already read at that version instead of reading again', async () => {
    const graph = store.round(LEGACY_REF);
    await graph.createActor(actor('a'));
    const { wrapped, reads } = counted(graph);
    const service = new AnalyticsService(wrapped);
    const snapshot = await service.snapshot(await service.version());
    const shared = await service.shared(await service.version());
    expect(reads).toEqual({ snapshot: 1, snapshotJson: 0 });
    expect(shared).toMatchObject({ version: snapshot.version, actors: 1, collaborations: 0, forums: 0 });
    expect(resolveSnapshot(shared.snapshot)).toStrictEqual(snapshot);
  });

  it('from a store that writes no JSON text, shares its snapshot and keeps it for the other analytics', async () => {
    const graph = store.round(LEGACY_REF);
    await graph.createActor(actor('a'));
    const { wrapped, reads } = counted(graph);
    wrapped.snapshotJson = undefined;
    const service = new AnalyticsService(wrapped);
    const shared = await service.shared(await service.version());
    const snapshot = await service.snapshot(await service.version());
    expect(reads).toEqual({ snapshot: 1, snapshotJson: 0 });
    expect(resolveSnapshot(shared.snapshot)).toStrictEqual(snapshot);
  });
});
