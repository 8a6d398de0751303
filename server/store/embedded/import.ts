// importDataset for the embedded store: the body of one write transaction. Every reference is
// checked up front against the store plus the dataset (so a record may point at one listed
// after it), then sources, actors, forums and collaborations are upserted in that order.
// The parallel-tie rule is skipped on purpose: curated data may hold parallel ties.
import type { Dataset } from '../../domain/inputs.ts';
import type { ImportResult } from '../port.ts';
import { assertDatasetReferences, assertNotSelfTie, assertUniqueIds } from '../references.ts';
import { assertNoParentCycle, storeKnown, type Known } from './checks.ts';
import type { Db } from './sql.ts';
import { upsertActor, upsertCollaboration, upsertForum, upsertSource, type Outcome } from './writes.ts';

function knownWith(db: Db, dataset: Dataset): Known {
  const stored = storeKnown(db);
  const actors = new Set(dataset.actors.map((a) => a.id));
  const sources = new Set(dataset.sources.map((s) => s.id));
  return {
    actor: (id) => actors.has(id) || stored.actor(id),
    source: (id) => sources.has(id) || stored.source(id),
  };
}

export function importInto(db: Db, dataset: Dataset, now: string): ImportResult {
  assertUniqueIds(dataset);
  dataset.collaborations.forEach((c, i) => assertNotSelfTie(c, `collaborations.${i}.`));
  const known = knownWith(db, dataset);
  assertDatasetReferences(dataset, known);

  // A self-parent is caught before writing (the table's CHECK would fail less helpfully);
  // longer cycles only exist once the whole dataset is written, so they are checked after.
  dataset.actors.forEach((a, i) => a.parentId === a.id && assertNoParentCycle(db, a.id, a.parentId, `actors.${i}.parentId`));
  // A unit may be listed before its parent: check foreign keys at commit, not per row.
  db.pragma('defer_foreign_keys = ON');
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
  const count = (outcome: Outcome): void => void result[outcome]++;
  for (const source of dataset.sources) count(upsertSource(db, source));
  for (const actor of dataset.actors) count(upsertActor(db, actor, now));
  dataset.actors.forEach((a, i) => assertNoParentCycle(db, a.id, a.parentId, `actors.${i}.parentId`));
  for (const forum of dataset.forums) count(upsertForum(db, forum, now));
  for (const tie of dataset.collaborations) count(upsertCollaboration(db, tie, now));
  return result;
}
