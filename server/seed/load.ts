// Loading datasets into a store: `npm run seed` and the embedded store's first start. The
// Trollhättan dataset is mapping trollhattan-segregation, round 2019 (observed: the report's
// year and its source); both are made when missing.
import { loadDatasetFile, seedDatasetPath } from '../../seed/index.ts';
import type { RoundRef } from '../domain/mappings.ts';
import { LEGACY_MAPPING, LEGACY_REF, LEGACY_ROUND } from '../store/legacy.ts';
import type { ImportResult, Store } from '../store/port.ts';

/** Make mapping trollhattan-segregation and its round 2019 (observed, citing `sources`) where missing. */
export async function ensureLegacyRound(store: Store, sources: string[] = []): Promise<void> {
  if ((await store.getRound(LEGACY_REF)) !== null) return;
  if ((await store.getMapping(LEGACY_MAPPING.id)) === null) {
    await store.createMapping({ ...LEGACY_MAPPING, languages: [...LEGACY_MAPPING.languages] });
  }
  await store.createRound(LEGACY_MAPPING.id, { ...LEGACY_ROUND, kind: 'observed', sources });
}

/** Import a dataset file into a round; the Trollhättan round is made first when it is missing. */
export async function loadDataset(store: Store, file: string = seedDatasetPath, into: RoundRef = LEGACY_REF): Promise<ImportResult> {
  const dataset = loadDatasetFile(file);
  if (into.mapping === LEGACY_REF.mapping && into.round === LEGACY_REF.round) {
    await ensureLegacyRound(
      store,
      dataset.sources.map((s) => s.id),
    );
  }
  return store.round(into).importDataset(dataset);
}

/** The embedded default shows the Trollhättan network on first start: load it into a store without mappings. */
export async function seedIfEmpty(store: Store): Promise<ImportResult | null> {
  if ((await store.listMappings()).length > 0) return null;
  return loadDataset(store);
}
