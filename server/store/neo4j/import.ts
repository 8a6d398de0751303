// importDataset for the Neo4j store: the body of one write transaction. Every reference is
// checked up front against the store plus the dataset (so a record may point at one listed
// after it), then sources, actors, forums and collaborations are written in UNWIND batches,
// only those whose content changed. The parallel-tie rule is skipped on purpose: curated data
// may hold parallel ties. Ties outside the dataset only change when an actor's sector does
// (their derived type follows it), as in the embedded store.
import type { Dataset } from '../../domain/inputs.ts';
import type { Sector } from '../../domain/schemas.ts';
import type { ImportResult } from '../port.ts';
import { assertDatasetReferences, assertNotSelfTie, assertUniqueIds } from '../references.ts';
import { getActors, planActor, writeActors, type Outcome } from './actors.ts';
import { assertNoParentCycles, evidenceIds, lookup, parentCycle } from './checks.ts';
import { getCollaborations, planCollaboration, writeCollaborations } from './collaborations.ts';
import { getForums, getSources, planForum, planSource, writeForums, writeSources } from './forums.ts';
import type { Tx } from './tx.ts';

export async function importInto(tx: Tx, dataset: Dataset): Promise<ImportResult> {
  assertUniqueIds(dataset);
  dataset.collaborations.forEach((c, i) => assertNotSelfTie(c, `collaborations.${i}.`));

  const actorIds = [
    ...dataset.actors.flatMap((a) => (a.parentId ? [a.parentId] : [])),
    ...dataset.forums.flatMap((f) => f.members.map((m) => m.actorId)),
    ...dataset.collaborations.flatMap((c) => [c.source, c.target]),
  ];
  const sourceIds = [...dataset.actors, ...dataset.forums, ...dataset.collaborations].flatMap((r) => evidenceIds(r.evidence));
  const known = await lookup(tx, actorIds, sourceIds, {
    actors: new Map(dataset.actors.map((a) => [a.id, a.sector as Sector])),
    sources: new Set(dataset.sources.map((s) => s.id)),
  });
  assertDatasetReferences(dataset, known);
  dataset.actors.forEach((a, i) => {
    if (a.parentId === a.id) throw parentCycle(a.id, a.parentId, `actors.${i}.parentId`);
  });

  const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
  const count = <P extends { outcome: Outcome }>(plans: P[]): P[] => {
    for (const plan of plans) result[plan.outcome]++;
    return plans;
  };
  const now = tx.now;

  const storedSources = await getSources(tx, dataset.sources.map((s) => s.id));
  await writeSources(tx, count(dataset.sources.map((s) => planSource(s, storedSources.get(s.id)))));

  const storedActors = await getActors(tx, dataset.actors.map((a) => a.id));
  const actorPlans = count(dataset.actors.map((a) => planActor(a, storedActors.get(a.id), now)));
  await writeActors(tx, actorPlans);
  await assertNoParentCycles(
    tx,
    dataset.actors.map((a, i) => ({ id: a.id, parentId: a.parentId, path: `actors.${i}.parentId` })),
  );

  // Read after the actors are written: a retyped tie compares equal to its dataset record.
  const storedForums = await getForums(tx, dataset.forums.map((f) => f.id));
  await writeForums(tx, count(dataset.forums.map((f) => planForum(f, storedForums.get(f.id), now))));

  const storedTies = await getCollaborations(tx, dataset.collaborations.map((c) => c.id));
  await writeCollaborations(tx, count(dataset.collaborations.map((c) => planCollaboration(c, known, storedTies.get(c.id), now))));
  return result;
}
