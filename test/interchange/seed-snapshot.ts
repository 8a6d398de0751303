// The Trollhättan seed as a store holds it: loaded into an in-memory embedded store, so exports
// start from a real snapshot (timestamps, derived tie types) and the expected dataset is what
// the store gives back, not what the seed file says.
import { loadDatasetFile, seedDatasetPath } from '../../seed/index.ts';
import type { Dataset } from '../../server/domain/inputs.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';

export async function seedSnapshot(): Promise<GraphSnapshot> {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  try {
    await store.importDataset(loadDatasetFile(seedDatasetPath));
    return await store.snapshot();
  } finally {
    await store.close();
  }
}

/** What an import of an export should give back: the snapshot without stored-only fields. */
export function datasetOfSnapshot(snapshot: GraphSnapshot): Dataset {
  const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  return {
    sources: snapshot.sources,
    actors: snapshot.actors.map(strip),
    forums: snapshot.forums.map(strip),
    collaborations: snapshot.collaborations.map(({ type: _type, ...c }) => strip(c)),
  };
}
