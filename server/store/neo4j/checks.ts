// The rules a write must pass before (or, for cycles, right after) it touches the graph:
// references that must exist (422), the parallel-tie rule and the unit hierarchy (409), no
// self-ties (400). Paths in the details are prefixed for imports ("collaborations.5.target").
// Messages and paths match the embedded adapter's, so both stores answer alike.
import type { Evidence, Sector } from '../../domain/schemas.ts';
import { ConflictError, ValidationError } from '../../errors.ts';
import type { CollaborationRecord } from '../port.ts';
import type { Known as BaseKnown } from '../references.ts';
import type { Tx } from './tx.ts';

/** What a write may point at, and the sectors involved (to derive collaboration types). */
export interface Known extends BaseKnown {
  /** The sector an actor has (or will have, in an import); undefined when unknown. */
  sector(id: string): Sector | undefined;
}

/** Look up which of these ids are stored, in one query; `extra` adds actors from a dataset. */
export async function lookup(
  tx: Tx,
  actorIds: Iterable<string>,
  sourceIds: Iterable<string>,
  extra: { actors?: ReadonlyMap<string, Sector>; sources?: ReadonlySet<string> } = {},
): Promise<Known> {
  const [row] = await tx.read('refs-existing', { actorIds: [...new Set(actorIds)], sourceIds: [...new Set(sourceIds)] });
  const stored = new Map(((row?.actors ?? []) as { id: string; sector: Sector }[]).map((a) => [a.id, a.sector]));
  const sources = new Set((row?.sources ?? []) as string[]);
  return {
    actor: (id) => extra.actors?.has(id) === true || stored.has(id),
    source: (id) => extra.sources?.has(id) === true || sources.has(id),
    sector: (id) => extra.actors?.get(id) ?? stored.get(id),
  };
}

export const evidenceIds = (evidence: readonly Evidence[] | undefined): string[] => (evidence ?? []).map((e) => e.sourceId);

export { actorProblems, assertNotSelfTie, assertReferences, collaborationProblems, forumProblems } from '../references.ts';

export function assertSameId(id: string, next: { id: string }): void {
  if (next.id !== id) throw new ValidationError('the id cannot change', [{ path: 'id', message: `must stay '${id}'` }]);
}

export function conflictOnId(kind: string, id: string): ConflictError {
  return new ConflictError(`${kind} '${id}' already exists`, [{ path: 'id', message: `'${id}' is taken` }]);
}

export function parentCycle(id: string, parentId: string | undefined, path = 'parentId'): ConflictError {
  return new ConflictError(`actor '${id}' cannot be a unit of itself`, [
    { path, message: `'${parentId ?? id}' is '${id}' or one of its units` },
  ]);
}

/**
 * After parent links are written: none of these actors may be its own (indirect) unit. Before
 * the write there was no cycle, so any new one runs through an actor that was just written.
 */
export async function assertNoParentCycles(tx: Tx, actors: readonly { id: string; parentId?: string | undefined; path: string }[]): Promise<void> {
  const linked = actors.filter((a) => a.parentId);
  if (linked.length === 0) return;
  const rows = await tx.read('actors-in-cycle', { ids: linked.map((a) => a.id) });
  const first = linked.find((a) => rows.some((r) => r.id === a.id));
  if (first) throw parentCycle(first.id, first.parentId, first.path);
}

/**
 * One tie per pair and area: 409 when the same two actors (either order) already have another
 * tie sharing an area with this one, or when both name no area at all.
 */
export async function assertNoParallel(tx: Tx, record: CollaborationRecord): Promise<void> {
  const others = await tx.read('collaboration-pair', { id: record.id, a: record.source, b: record.target });
  const areas = new Set<string>(record.areas ?? []);
  for (const other of others) {
    const otherAreas = (other.areas ?? []) as string[];
    const shared = otherAreas.filter((a) => areas.has(a));
    if (shared.length > 0 || (otherAreas.length === 0 && areas.size === 0)) {
      const where = shared.length > 0 ? `in ${shared.join(', ')}` : 'with no area named';
      throw new ConflictError(
        `'${record.source}' and '${record.target}' already have a collaboration ${where}; allow parallel ties to add another`,
        [{ path: 'areas', message: `collaboration '${String(other.id)}' already ties these actors ${where}` }],
      );
    }
  }
}
