// importDataset, once for both stores: the body of one write transaction. Every reference is
// checked up front against the store plus the dataset (so a record may point at one listed
// after it), then sources, actors, forums and collaborations are written in batches, only those
// whose content changed. The parallel-tie rule is skipped on purpose: curated data may hold
// parallel ties. Ties outside the dataset only change when an actor's sector does (their
// derived type follows it). A replace is the same upsert followed, in the same transaction, by
// one batched delete of every record the dataset does not name. Either is one change in the
// history, with every record it wrote or deleted as it was, so a revert undoes it whole.
import type { CarriedFields } from '../../domain/carried-fields.ts';
import type { Dataset } from '../../domain/inputs.ts';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import type { ImportMode, ImportResult, ReplaceResult } from '../port.ts';
import {
  assertDatasetReferences,
  assertNotOwnParent,
  assertNotSelfTie,
  assertUniqueIds,
  evidenceIds,
  importKnown,
  type Known,
} from '../rules/checks.ts';
import { planActor, writeActorChanges } from './actors.ts';
import { planCollaboration } from './collaborations.ts';
import { planForum, planSource } from './forums.ts';
import { bundle, recordChange } from './history.ts';
import { keepUncarriedFields, type ReadBefore } from './import-carried.ts';
import { changed, type Plan } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { RecordIds, StoreTx } from './tx.ts';

const idsOf = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

/** The ids a dataset names, per kind: what a replace keeps. */
export const namedIds = (dataset: Dataset): RecordIds => ({
  sources: idsOf(dataset.sources),
  actors: idsOf(dataset.actors),
  forums: idsOf(dataset.forums),
  collaborations: idsOf(dataset.collaborations),
});

export const countIds = (ids: RecordIds): number => ids.sources.length + ids.actors.length + ids.forums.length + ids.collaborations.length;

/** What an upsert planned per kind: the history keeps the records it wrote. */
interface ImportPlans {
  sources: Plan<Source>[];
  actors: Plan<Actor>[];
  forums: Plan<Forum>[];
  collaborations: Plan<Collaboration>[];
}

/** Records a replace deleted, as they were. */
type Removed = { sources: Source[]; actors: Actor[]; forums: Forum[]; collaborations: Collaboration[] };

/** `carried`: the fields a partial file holds; the records keep the stored value of the others. */
export function* importDataset(tx: StoreTx, dataset: Dataset, carried: CarriedFields = {}): Flow<ImportResult> {
  const kept = yield* keepUncarriedFields(tx, dataset, carried);
  const { result, plans } = yield* upsertDataset(tx, kept.dataset, 'upsert', kept.read);
  if (result.created + result.updated > 0) yield* recordImport(tx, result, plans);
  return result;
}

/** `read`: stored records this transaction has read already (import-carried.ts), not read again. */
function* upsertDataset(
  tx: StoreTx,
  dataset: Dataset,
  mode: ImportMode,
  read: ReadBefore = {},
): Flow<{ result: ImportResult; plans: ImportPlans }> {
  assertUniqueIds(dataset);
  dataset.collaborations.forEach((c, i) => {
    assertNotSelfTie(c, `collaborations.${i}.`);
  });
  const actorIds = [
    ...dataset.actors.flatMap((a) => (a.parentId ? [a.parentId] : [])),
    ...dataset.forums.flatMap((f) => f.members.map((m) => m.actorId)),
    ...dataset.collaborations.flatMap((c) => [c.source, c.target]),
  ];
  const sourceIds = [...dataset.actors, ...dataset.forums, ...dataset.collaborations].flatMap((r) => evidenceIds(r.evidence));
  const replace = mode === 'replace';
  const stored = yield* step(tx.existing(replace ? [] : [...new Set(actorIds)], replace ? [] : [...new Set(sourceIds)]));
  const known = importKnown(dataset, stored, replace);
  assertDatasetReferences(dataset, known);
  dataset.actors.forEach((a, i) => {
    assertNotOwnParent(a, `actors.${i}.parentId`);
  });

  const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
  const counted = <T>(plans: Plan<T>[]): Plan<T>[] => {
    for (const p of plans) result[p.outcome]++;
    return plans;
  };
  const now = tx.context.now;

  const sources = read.sources ?? (yield* step(tx.sources(idsOf(dataset.sources))));
  const sourcePlans = counted(dataset.sources.map((s) => planSource(s, sources.get(s.id) ?? null)));
  yield* step(tx.writeSources(changed(sourcePlans)));

  // Every record the dataset may write is read locked, as a single write would read it.
  const actors = read.actors ?? (yield* step(tx.lockedActors(idsOf(dataset.actors))));
  const actorPlans = counted(dataset.actors.map((a) => planActor(a, actors.get(a.id) ?? null, now)));
  yield* writeActorChanges(
    tx,
    actorPlans,
    dataset.actors.map((_, i) => `actors.${i}.parentId`),
  );

  const forums = read.forums ?? (yield* step(tx.lockedForums(idsOf(dataset.forums))));
  const forumPlans = counted(dataset.forums.map((f) => planForum(f, forums.get(f.id) ?? null, now)));
  yield* step(tx.writeForums(changed(forumPlans)));

  // Read after the actors are written: a retyped tie compares equal to its dataset record.
  const tiePlans = counted(yield* planTies(tx, dataset.collaborations, known, now));
  result.unchanged += dataset.collaborations.length - tiePlans.length;
  yield* step(tx.writeCollaborations(changed(tiePlans)));
  return { result, plans: { sources: sourcePlans, actors: actorPlans, forums: forumPlans, collaborations: tiePlans } };
}

/**
 * The plans of the ties a store does not already hold as they are. A store that can tell which
 * those are without reading them (tx.storedCollaborations) has only the others read whole: an
 * unchanged 100 000-tie import then reads no tie back. The ties left out are unchanged.
 */
function* planTies(tx: StoreTx, ties: Dataset['collaborations'], known: Known, now: string): Flow<Plan<Collaboration>[]> {
  if (!tx.storedCollaborations) {
    const before = yield* step(tx.lockedCollaborations(idsOf(ties)));
    return ties.map((c) => planCollaboration(c, known, before.get(c.id) ?? null, now));
  }
  // Planned as if new first: what the store does not hold is created just so.
  const asNew = ties.map((c) => planCollaboration(c, known, null, now));
  const stored = yield* step(tx.storedCollaborations(asNew.map((p) => p.after)));
  const before = yield* step(tx.lockedCollaborations(ties.filter((c) => stored.get(c.id) === false).map((c) => c.id)));
  return ties.flatMap((c, i) => {
    const same = stored.get(c.id);
    if (same === true) return [];
    return [same === undefined ? (asNew[i] as Plan<Collaboration>) : planCollaboration(c, known, before.get(c.id) ?? null, now)];
  });
}

/** Upsert the dataset, then delete what it leaves out: the round ends up holding exactly the dataset. */
export function* replaceDataset(tx: StoreTx, dataset: Dataset): Flow<ReplaceResult> {
  const { result, plans } = yield* upsertDataset(tx, dataset, 'replace');
  // After the upsert: an actor kept in the round has by now dropped any parent being deleted.
  const gone = yield* step(tx.unnamed(namedIds(dataset)));
  const deleted = countIds(gone);
  const removed: Removed = { sources: [], actors: [], forums: [], collaborations: [] };
  if (deleted > 0) {
    // Read as they are before they go: the history keeps them for a revert.
    removed.sources = [...(yield* step(tx.sources(gone.sources))).values()];
    removed.actors = [...(yield* step(tx.lockedActors(gone.actors))).values()];
    removed.forums = [...(yield* step(tx.lockedForums(gone.forums))).values()];
    removed.collaborations = [...(yield* step(tx.lockedCollaborations(gone.collaborations))).values()];
    yield* step(tx.deleteRecords(gone));
  }
  if (result.created + result.updated + deleted > 0) yield* recordImport(tx, { ...result, deleted }, plans, removed);
  return { ...result, deleted };
}

/**
 * One change for the whole import: its counts, and every record it wrote (or a replace deleted) as
 * it was and as it left it, so a revert puts the round back as a whole. Records it left unchanged
 * are not kept.
 */
function* recordImport(tx: StoreTx, counts: ImportResult | ReplaceResult, plans: ImportPlans, removed?: Removed): Flow<void> {
  const written = {
    sources: changed(plans.sources),
    actors: changed(plans.actors),
    forums: changed(plans.forums),
    collaborations: changed(plans.collaborations),
  };
  yield* recordChange(tx, {
    entity: 'import',
    entityId: tx.context.round.round,
    op: 'update',
    before: bundle({
      sources: [...written.sources.map((p) => p.before), ...(removed?.sources ?? [])],
      actors: [...written.actors.map((p) => p.before), ...(removed?.actors ?? [])],
      forums: [...written.forums.map((p) => p.before), ...(removed?.forums ?? [])],
      collaborations: [...written.collaborations.map((p) => p.before), ...(removed?.collaborations ?? [])],
    }),
    after: bundle({
      sources: written.sources.map((p) => p.after),
      actors: written.actors.map((p) => p.after),
      forums: written.forums.map((p) => p.after),
      collaborations: written.collaborations.map((p) => p.after),
    }),
    counts,
  });
}
