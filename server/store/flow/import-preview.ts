// What importDataset (flow/import.ts) would do to a round, told from the round's snapshot without
// writing: the same checks and the same per-record plans, so a dry run and the real import count
// alike. `replace` also counts the stored records the dataset does not name (they would go).
import type { Dataset } from '../../domain/inputs.ts';
import type { Sector } from '../../domain/schemas.ts';
import type { GraphSnapshot, ImportResult } from '../port.ts';
import { assertDatasetReferences, assertUniqueIds, knownFrom } from '../rules/checks.ts';
import { planActor } from './actors.ts';
import { planCollaboration } from './collaborations.ts';
import { planForum, planSource } from './forums.ts';
import type { Plan } from './plan.ts';

export type ImportMode = 'upsert' | 'replace';

export interface ImportPreview extends ImportResult {
  /** Stored records the dataset does not name: removed by `replace`, always 0 for `upsert`. */
  deleted: number;
}

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> => new Map(records.map((r) => [r.id, r]));

/** How many stored records of one kind the dataset leaves out (ids are unique per kind only). */
function unnamed(stored: readonly { id: string }[], named: readonly { id: string }[]): number {
  const ids = new Set(named.map((r) => r.id));
  return stored.filter((r) => !ids.has(r.id)).length;
}

export function previewImport(snapshot: GraphSnapshot, dataset: Dataset, mode: ImportMode): ImportPreview {
  assertUniqueIds(dataset);
  const known = knownFrom(
    { actors: new Map(snapshot.actors.map((a) => [a.id, a.sector])), sources: new Set(snapshot.sources.map((s) => s.id)) },
    { actors: new Map(dataset.actors.map((a) => [a.id, a.sector as Sector])), sources: new Set(dataset.sources.map((s) => s.id)) },
  );
  assertDatasetReferences(dataset, known);

  // Any fixed time will do: a plan's outcome never depends on the stamps.
  const now = new Date(0).toISOString();
  const sources = byId(snapshot.sources);
  const actors = byId(snapshot.actors);
  const forums = byId(snapshot.forums);
  const ties = byId(snapshot.collaborations);
  const plans: Plan<unknown>[] = [
    ...dataset.sources.map((s) => planSource(s, sources.get(s.id) ?? null)),
    ...dataset.actors.map((a) => planActor(a, actors.get(a.id) ?? null, now)),
    ...dataset.forums.map((f) => planForum(f, forums.get(f.id) ?? null, now)),
    ...dataset.collaborations.map((c) => planCollaboration(c, known, ties.get(c.id) ?? null, now)),
  ];
  const result: ImportPreview = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  for (const p of plans) result[p.outcome]++;
  if (mode === 'replace')
    result.deleted =
      unnamed(snapshot.sources, dataset.sources) +
      unnamed(snapshot.actors, dataset.actors) +
      unnamed(snapshot.forums, dataset.forums) +
      unnamed(snapshot.collaborations, dataset.collaborations);
  return result;
}
