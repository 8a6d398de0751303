// Before an upsert plans anything, the records a partial file names take their stored value for
// every field the file does not carry (domain/carried-fields.ts); only the kinds it leaves
// fields out of are read, so a whole file costs nothing more.
import { type CarriedFields, DATASET_KINDS, type StoredById, uncarried, withStoredFields } from '../../domain/carried-fields.ts';
import type { Dataset } from '../../domain/inputs.ts';
import { type Flow, type Maybe, step } from './step.ts';
import type { StoreTx } from './tx.ts';

export function* keepUncarriedFields(tx: StoreTx, dataset: Dataset, carried: CarriedFields): Flow<Dataset> {
  const partial = new Set(DATASET_KINDS.filter((kind) => uncarried(kind, carried).length > 0));
  if (partial.size === 0) return dataset;
  function* read(kind: keyof Dataset, load: (ids: string[]) => Maybe<ReadonlyMap<string, object>>): Flow<ReadonlyMap<string, object>> {
    return partial.has(kind) ? yield* step(load(dataset[kind].map((r) => r.id))) : new Map();
  }
  const stored: StoredById = {
    sources: yield* read('sources', (ids) => tx.sources(ids)),
    actors: yield* read('actors', (ids) => tx.lockedActors(ids)),
    forums: yield* read('forums', (ids) => tx.lockedForums(ids)),
    collaborations: yield* read('collaborations', (ids) => tx.lockedCollaborations(ids)),
  };
  return withStoredFields(dataset, carried, stored);
}
