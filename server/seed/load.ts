// Loading datasets into a store: `npm run seed` and the embedded store's first start.
import { loadDatasetFile, seedDatasetPath } from '../../seed/index.ts';
import type { GraphStore, ImportResult } from '../store/port.ts';

export async function loadDataset(store: GraphStore, file: string = seedDatasetPath): Promise<ImportResult> {
  return store.importDataset(loadDatasetFile(file));
}

/** The embedded default shows the Trollhättan network on first start: load it into an empty store. */
export async function seedIfEmpty(store: GraphStore): Promise<ImportResult | null> {
  const { items } = await store.listActors({}, { limit: 1 });
  if (items.length > 0) return null;
  return loadDataset(store);
}
