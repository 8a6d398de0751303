// What importDataset (flow/import.ts) would do to a round, told from the round's snapshot without
// writing: the same checks and the same per-record plans, so a dry run and the real import count
// alike. `replace` also counts the stored records the dataset does not name (they would go),
// and like the write lets the dataset refer only to itself.
import { type CarriedFields, withStoredFields } from '../../domain/carried-fields.ts';
import type { Dataset } from '../../domain/inputs.ts';
import type { GraphSnapshot, ImportMode, ReplaceResult } from '../port.ts';
import { assertDatasetReferences, assertUniqueIds, importKnown } from '../rules/checks.ts';
import { planActor } from './actors.ts';
import { planCollaboration } from './collaborations.ts';
import { planForum, planSource } from './forums.ts';
import { countIds, namedIds } from './import.ts';
import type { Plan } from './plan.ts';
import type { RecordIds } from './tx.ts';

/** `deleted` counts what `replace` would remove; always 0 for `upsert`. */
export type ImportPreview = ReplaceResult;

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> => new Map(records.map((r) => [r.id, r]));

/** The snapshot's ids that the dataset leaves out, per kind: what the write's `unnamed` finds. */
function unnamed(snapshot: GraphSnapshot, named: RecordIds): RecordIds {
  const left = (stored: readonly { id: string }[], kept: readonly string[]): string[] => {
    const ids = new Set(kept);
    return stored.flatMap((r) => (ids.has(r.id) ? [] : [r.id]));
  };
  return {
    sources: left(snapshot.sources, named.sources),
    actors: left(snapshot.actors, named.actors),
    forums: left(snapshot.forums, named.forums),
    collaborations: left(snapshot.collaborations, named.collaborations),
  };
}

/** `carried` as importDataset takes it: an upsert keeps the stored value of every field a file leaves out. */
export function previewImport(snapshot: GraphSnapshot, read: Dataset, mode: ImportMode, carried: CarriedFields = {}): ImportPreview {
  const stored = { sources: byId(snapshot.sources), actors: byId(snapshot.actors), forums: byId(snapshot.forums) };
  const ties = byId(snapshot.collaborations);
  const dataset = mode === 'replace' ? read : withStoredFields(read, carried, { ...stored, collaborations: ties });
  assertUniqueIds(dataset);
  const references = { actors: new Map(snapshot.actors.map((a) => [a.id, a.sector])), sources: new Set(snapshot.sources.map((s) => s.id)) };
  const known = importKnown(dataset, references, mode === 'replace');
  assertDatasetReferences(dataset, known);

  // Any fixed time will do: a plan's outcome never depends on the stamps.
  const now = new Date(0).toISOString();
  const { sources, actors, forums } = stored;
  const plans: Plan<unknown>[] = [
    ...dataset.sources.map((s) => planSource(s, sources.get(s.id) ?? null)),
    ...dataset.actors.map((a) => planActor(a, actors.get(a.id) ?? null, now)),
    ...dataset.forums.map((f) => planForum(f, forums.get(f.id) ?? null, now)),
    ...dataset.collaborations.map((c) => planCollaboration(c, known, ties.get(c.id) ?? null, now)),
  ];
  const result: ImportPreview = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  for (const p of plans) result[p.outcome]++;
  if (mode === 'replace') result.deleted = countIds(unnamed(snapshot, namedIds(dataset)));
  return result;
}
