// importDataset, once for both stores: the body of one write transaction. Every reference is
// checked up front against the store plus the dataset (so a record may point at one listed
// after it), then sources, actors, forums and collaborations are written in batches, only those
// whose content changed. The parallel-tie rule is skipped on purpose: curated data may hold
// parallel ties. Ties outside the dataset only change when an actor's sector does (their
// derived type follows it).
import type { Dataset } from '../../domain/inputs.ts';
import type { Actor, Collaboration, Forum, Sector, Source } from '../../domain/schemas.ts';
import type { ImportResult } from '../port.ts';
import { assertDatasetReferences, assertNotOwnParent, assertNotSelfTie, assertUniqueIds, evidenceIds, knownFrom } from '../rules/checks.ts';
import { planActor, writeActorChanges } from './actors.ts';
import { planCollaboration } from './collaborations.ts';
import { planForum, planSource } from './forums.ts';
import { bundle, recordChange } from './history.ts';
import { changed, type Plan } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

const idsOf = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

export function* importDataset(tx: StoreTx, dataset: Dataset): Flow<ImportResult> {
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
  const stored = yield* step(tx.existing([...new Set(actorIds)], [...new Set(sourceIds)]));
  const known = knownFrom(stored, {
    actors: new Map(dataset.actors.map((a) => [a.id, a.sector as Sector])),
    sources: new Set(idsOf(dataset.sources)),
  });
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

  const sources = yield* step(tx.sources(idsOf(dataset.sources)));
  const sourcePlans = counted(dataset.sources.map((s) => planSource(s, sources.get(s.id) ?? null)));
  yield* step(tx.writeSources(changed(sourcePlans)));

  // Every record the dataset may write is read locked, as a single write would read it.
  const actors = yield* step(tx.lockedActors(idsOf(dataset.actors)));
  const actorPlans = counted(dataset.actors.map((a) => planActor(a, actors.get(a.id) ?? null, now)));
  yield* writeActorChanges(
    tx,
    actorPlans,
    dataset.actors.map((_, i) => `actors.${i}.parentId`),
  );

  const forums = yield* step(tx.lockedForums(idsOf(dataset.forums)));
  const forumPlans = counted(dataset.forums.map((f) => planForum(f, forums.get(f.id) ?? null, now)));
  yield* step(tx.writeForums(changed(forumPlans)));

  // Read after the actors are written: a retyped tie compares equal to its dataset record.
  const ties = yield* step(tx.lockedCollaborations(idsOf(dataset.collaborations)));
  const tiePlans = counted(dataset.collaborations.map((c) => planCollaboration(c, known, ties.get(c.id) ?? null, now)));
  yield* step(tx.writeCollaborations(changed(tiePlans)));
  if (result.created + result.updated > 0) yield* recordImport(tx, result, { sourcePlans, actorPlans, forumPlans, tiePlans });
  return result;
}

/**
 * One change for the whole import: its counts, and every record it wrote as it was and as it
 * left it, so a revert puts the round back as a whole. Records it left unchanged are not kept.
 */
function* recordImport(
  tx: StoreTx,
  counts: ImportResult,
  plans: { sourcePlans: Plan<Source>[]; actorPlans: Plan<Actor>[]; forumPlans: Plan<Forum>[]; tiePlans: Plan<Collaboration>[] },
): Flow<void> {
  const written = {
    sources: changed(plans.sourcePlans),
    actors: changed(plans.actorPlans),
    forums: changed(plans.forumPlans),
    collaborations: changed(plans.tiePlans),
  };
  yield* recordChange(tx, {
    entity: 'import',
    entityId: tx.context.round.round,
    op: 'update',
    before: bundle({
      sources: written.sources.map((p) => p.before),
      actors: written.actors.map((p) => p.before),
      forums: written.forums.map((p) => p.before),
      collaborations: written.collaborations.map((p) => p.before),
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
