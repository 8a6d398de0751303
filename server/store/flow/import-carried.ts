// Before an upsert plans anything, the records a partial file names take their stored value for
// every field the file does not carry (domain/carried-fields.ts); only the kinds it leaves
// fields out of are read, so a whole file costs nothing more. The sources, actors and forums read
// here are handed on to the upsert, which would read the same records again (locked, in the same
// transaction); ties it reads itself, after the actors are written (a retyped tie).
import { type CarriedFields, uncarried, withStoredFields } from '../../domain/carried-fields.ts';
import type { Dataset } from '../../domain/inputs.ts';
import type { Actor, Forum, Source } from '../../domain/schemas.ts';
import { type Flow, step } from './step.ts';
import type { StoreTx } from './tx.ts';

/** Stored records, by id, of the dataset's sources, actors or forums, read before the upsert. */
export interface ReadBefore {
  sources?: ReadonlyMap<string, Source>;
  actors?: ReadonlyMap<string, Actor>;
  forums?: ReadonlyMap<string, Forum>;
}

export function* keepUncarriedFields(tx: StoreTx, dataset: Dataset, carried: CarriedFields): Flow<{ dataset: Dataset; read: ReadBefore }> {
  const partial = (kind: keyof Dataset) => uncarried(kind, carried).length > 0;
  const ids = (kind: keyof Dataset) => dataset[kind].map((r) => r.id);
  const read: ReadBefore = {};
  if (partial('sources')) read.sources = yield* step(tx.sources(ids('sources')));
  if (partial('actors')) read.actors = yield* step(tx.lockedActors(ids('actors')));
  if (partial('forums')) read.forums = yield* step(tx.lockedForums(ids('forums')));
  const ties = partial('collaborations') ? yield* step(tx.lockedCollaborations(ids('collaborations'))) : null;
  if (Object.keys(read).length === 0 && ties === null) return { dataset, read };
  const none = new Map<string, never>();
  const stored = { sources: read.sources ?? none, actors: read.actors ?? none, forums: read.forums ?? none, collaborations: ties ?? none };
  return { dataset: withStoredFields(dataset, carried, stored), read };
}
