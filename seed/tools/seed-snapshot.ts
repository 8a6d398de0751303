// The Trollhättan round as a store holds it: the seed loaded into an in-memory embedded store and
// read back as a snapshot (timestamps, derived tie types), for the example exports and their tests.
import { loadDataset } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';

export async function seedRoundSnapshot(): Promise<GraphSnapshot> {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  try {
    await loadDataset(store);
    return await store.round(LEGACY_REF).snapshot();
  } finally {
    await store.close();
  }
}
