// The rules a write must pass before it touches a row: references that must exist (422), taken
// ids, the parallel-tie rule and the unit hierarchy (409), no self-ties and no id changes (400).
// Each check names the field path in its details, prefixed for imports ("collaborations.5.target").
import { ConflictError, ValidationError } from '../../errors.ts';
import type { Collaboration } from '../../domain/schemas.ts';
import type { CollaborationRecord } from '../port.ts';
import type { Known } from '../references.ts';
import { sql, type Db } from './sql.ts';

export type { Known };

export function storeKnown(db: Db): Known {
  return {
    actor: (id) => sql(db, 'SELECT 1 FROM actors WHERE id = ?').get(id) !== undefined,
    source: (id) => sql(db, 'SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined,
  };
}

export { actorProblems, assertNotSelfTie, assertReferences, collaborationProblems, forumProblems } from '../references.ts';

/**
 * One tie per pair and area: 409 when the same two actors (either order) already have another
 * tie sharing an area with this one, or when both name no area at all.
 */
export function assertNoParallel(db: Db, record: CollaborationRecord): void {
  const others = sql(
    db,
    `SELECT id, areas FROM collaborations
     WHERE id <> @id AND ((source = @a AND target = @b) OR (source = @b AND target = @a))
     ORDER BY id`,
  ).all({ id: record.id, a: record.source, b: record.target }) as { id: string; areas: string }[];
  const areas = new Set<string>(record.areas ?? []);
  for (const other of others) {
    const otherAreas = JSON.parse(other.areas) as string[];
    const shared = otherAreas.filter((a) => areas.has(a));
    if (shared.length > 0 || (otherAreas.length === 0 && areas.size === 0)) {
      const where = shared.length > 0 ? `in ${shared.join(', ')}` : 'with no area named';
      throw new ConflictError(
        `'${record.source}' and '${record.target}' already have a collaboration ${where}; allow parallel ties to add another`,
        [{ path: 'areas', message: `collaboration '${other.id}' already ties these actors ${where}` }],
      );
    }
  }
}

/** A unit may not end up above itself: walk up from the new parent (as stored) looking for `id`. */
export function assertNoParentCycle(db: Db, id: string, parentId: string | undefined, path = 'parentId'): void {
  const seen = new Set<string>();
  for (let at = parentId; at !== undefined && !seen.has(at); ) {
    if (at === id) {
      throw new ConflictError(`actor '${id}' cannot be a unit of itself`, [
        { path, message: `'${parentId}' is '${id}' or one of its units` },
      ]);
    }
    seen.add(at);
    const row = sql(db, 'SELECT parent_id FROM actors WHERE id = ?').get(at) as { parent_id: string | null } | undefined;
    at = row?.parent_id ?? undefined;
  }
}

export function conflictOnId(kind: string, id: string): ConflictError {
  return new ConflictError(`${kind} '${id}' already exists`, [{ path: 'id', message: `'${id}' is taken` }]);
}

export function assertSameId(id: string, next: { id: string }): void {
  if (next.id !== id) throw new ValidationError('the id cannot change', [{ path: 'id', message: `must stay '${id}'` }]);
}

/** A tie is reshaped when its pair or areas change: only then can it become a new parallel tie. */
export function reshapes(current: Collaboration, next: CollaborationRecord): boolean {
  const pair = (a: string, b: string): string => [a, b].sort().join('\n');
  const areas = (xs: readonly string[] | undefined): string => [...(xs ?? [])].sort().join('\n');
  return pair(current.source, current.target) !== pair(next.source, next.target) || areas(current.areas) !== areas(next.areas);
}
