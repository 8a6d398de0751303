// The rules a write must pass, as pure functions, with their one wording: references that must
// exist (422), taken ids, parallel ties, the unit hierarchy and actors still referenced (409),
// self-ties and id changes (400). Paths in the details are prefixed for imports
// ("collaborations.5.target"). The write flow (../flow/) calls these; adapters never do, so both
// stores answer alike from one implementation.
import type { Dataset } from '../../domain/inputs.ts';
import type { Collaboration, Evidence, Sector } from '../../domain/schemas.ts';
import { ConflictError, NotFoundError, ReferenceError422, ValidationError, type ErrorDetail } from '../../errors.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord } from '../port.ts';

/** What a write may point at: the store, or for an import the store plus the dataset. */
export interface Known {
  actor(id: string): boolean;
  source(id: string): boolean;
  /** The sector an actor has (or will have, in an import); undefined when unknown. */
  sector(id: string): Sector | undefined;
}

/** Which referenced ids a store holds, with each actor's sector (a tie's type needs it). */
export interface Existing {
  actors: ReadonlyMap<string, Sector>;
  sources: ReadonlySet<string>;
}

export function knownFrom(stored: Existing, dataset?: Existing): Known {
  return {
    actor: (id) => dataset?.actors.has(id) === true || stored.actors.has(id),
    source: (id) => dataset?.sources.has(id) === true || stored.sources.has(id),
    sector: (id) => dataset?.actors.get(id) ?? stored.actors.get(id),
  };
}

const NOTHING_STORED: Existing = { actors: new Map(), sources: new Set() };

/**
 * What an import's references may point at: the dataset's own records, and for an upsert what
 * the round holds too. A replace deletes whatever the dataset leaves out, so it may not point there.
 */
export function importKnown(dataset: Dataset, stored: Existing, replace: boolean): Known {
  return knownFrom(replace ? NOTHING_STORED : stored, {
    actors: new Map(dataset.actors.map((a) => [a.id, a.sector as Sector])),
    sources: new Set(dataset.sources.map((s) => s.id)),
  });
}

export const evidenceIds = (evidence: readonly Evidence[] | undefined): string[] => (evidence ?? []).map((e) => e.sourceId);

function evidenceProblems(evidence: readonly Evidence[] | undefined, known: Known, prefix: string): ErrorDetail[] {
  return (evidence ?? []).flatMap((e, i) =>
    known.source(e.sourceId) ? [] : [{ path: `${prefix}evidence.${i}.sourceId`, message: `source '${e.sourceId}' does not exist` }],
  );
}

export function actorProblems(record: ActorRecord, known: Known, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (record.parentId && !known.actor(record.parentId)) {
    problems.push({ path: `${prefix}parentId`, message: `actor '${record.parentId}' does not exist` });
  }
  return [...problems, ...evidenceProblems(record.evidence, known, prefix)];
}

export function collaborationProblems(record: CollaborationRecord, known: Known, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const end of ['source', 'target'] as const) {
    if (!known.actor(record[end])) problems.push({ path: `${prefix}${end}`, message: `actor '${record[end]}' does not exist` });
  }
  return [...problems, ...evidenceProblems(record.evidence, known, prefix)];
}

export function forumProblems(record: ForumRecord, known: Known, prefix = ''): ErrorDetail[] {
  const problems = (record.members ?? []).flatMap((m, i) =>
    known.actor(m.actorId) ? [] : [{ path: `${prefix}members.${i}.actorId`, message: `actor '${m.actorId}' does not exist` }],
  );
  return [...problems, ...evidenceProblems(record.evidence, known, prefix)];
}

export function assertReferences(problems: ErrorDetail[]): void {
  if (problems.length > 0) {
    throw new ReferenceError422(`${problems.length} reference(s) point at records that do not exist`, problems);
  }
}

/** A membership names one actor by itself, so its path is the route's `actorId`. */
export function assertMemberExists(actorId: string, known: Known): void {
  if (!known.actor(actorId)) {
    throw new ReferenceError422(`actor '${actorId}' does not exist`, [{ path: 'actorId', message: `actor '${actorId}' does not exist` }]);
  }
}

/** docs/domain.md: no self-ties. A malformed record rather than a missing reference, hence 400. */
export function assertNotSelfTie(record: CollaborationRecord, prefix = ''): void {
  if (record.source === record.target) {
    throw new ValidationError('a collaboration ties two different actors', [
      { path: `${prefix}target`, message: `must differ from source '${record.source}'` },
    ]);
  }
}

/** One id listed twice would make the later record silently win; refuse instead. */
export function assertUniqueIds(dataset: Dataset): void {
  const details: ErrorDetail[] = [];
  for (const key of ['sources', 'actors', 'forums', 'collaborations'] as const) {
    const seen = new Set<string>();
    dataset[key].forEach((record, i) => {
      if (seen.has(record.id)) details.push({ path: `${key}.${i}.id`, message: `'${record.id}' is listed twice` });
      seen.add(record.id);
    });
  }
  if (details.length > 0) throw new ValidationError('the dataset lists an id twice', details);
}

/** Every reference of a dataset, each problem with its path in the dataset. */
export function assertDatasetReferences(dataset: Dataset, known: Known): void {
  assertReferences([
    ...dataset.actors.flatMap((a, i) => actorProblems(a, known, `actors.${i}.`)),
    ...dataset.forums.flatMap((f, i) => forumProblems(f, known, `forums.${i}.`)),
    ...dataset.collaborations.flatMap((c, i) => collaborationProblems(c, known, `collaborations.${i}.`)),
  ]);
}

export function conflictOnId(kind: string, id: string): ConflictError {
  return new ConflictError(`${kind} '${id}' already exists`, [{ path: 'id', message: `'${id}' is taken` }]);
}

export function notFound(kind: string, id: string): never {
  throw new NotFoundError(kind, id);
}

export function assertSameId(id: string, next: { id: string }): void {
  if (next.id !== id) throw new ValidationError('the id cannot change', [{ path: 'id', message: `must stay '${id}'` }]);
}

export function parentCycle(id: string, parentId: string | undefined, path = 'parentId'): ConflictError {
  return new ConflictError(`actor '${id}' cannot be a unit of itself`, [
    { path, message: `'${parentId ?? id}' is '${id}' or one of its units` },
  ]);
}

/** A unit of itself is refused before anything is written (SQLite's CHECK would say less). */
export function assertNotOwnParent(record: { id: string; parentId?: string | undefined }, path = 'parentId'): void {
  if (record.parentId === record.id) throw parentCycle(record.id, record.parentId, path);
}

/** A tie is reshaped when its pair or areas change: only then can it become a new parallel tie. */
export function reshapes(current: Collaboration, next: CollaborationRecord): boolean {
  const pair = (a: string, b: string): string => [a, b].sort().join('\n');
  const areas = (xs: readonly string[] | undefined): string => [...(xs ?? [])].sort().join('\n');
  return pair(current.source, current.target) !== pair(next.source, next.target) || areas(current.areas) !== areas(next.areas);
}

/**
 * One tie per pair and area: 409 when the same two actors (either order) already have another
 * tie sharing an area with this one, or when both name no area at all. `others` are the other
 * ties between the pair, ordered by id.
 */
export function assertNoParallel(record: CollaborationRecord, others: readonly { id: string; areas: readonly string[] }[]): void {
  const parallel = parallelTo(record.areas ?? [], others);
  if (parallel === null) return;
  const where = parallel.shared.length > 0 ? `in ${parallel.shared.join(', ')}` : 'with no area named';
  throw new ConflictError(
    `'${record.source}' and '${record.target}' already have a collaboration ${where}; allow parallel ties to add another`,
    [{ path: 'areas', message: `collaboration '${parallel.other.id}' already ties these actors ${where}` }],
  );
}

/**
 * The first of `others` (ties between the same pair) that a tie in these areas runs parallel to:
 * one sharing an area with it, or, when it names none, one naming none either. Null: none.
 */
export function parallelTo<T extends { areas: readonly string[] }>(
  areas: readonly string[],
  others: readonly T[],
): { other: T; shared: string[] } | null {
  const mine = new Set<string>(areas);
  for (const other of others) {
    const shared = other.areas.filter((a) => mine.has(a));
    if (shared.length > 0 || (other.areas.length === 0 && mine.size === 0)) return { other, shared };
  }
  return null;
}

/** What still points at an actor: its ties, its memberships and its units. */
export interface Dependents {
  collaborations: number;
  memberships: number;
  units: number;
}

/** Without cascade an actor that is still referenced stays: 409, counting what holds it. */
export function assertNotReferenced(id: string, dependents: Dependents): void {
  const details: ErrorDetail[] = (['collaborations', 'memberships', 'units'] as const)
    .filter((path) => dependents[path] > 0)
    .map((path) => ({ path, message: `${dependents[path]} ${path} refer to actor '${id}'` }));
  if (details.length > 0) {
    throw new ConflictError(`actor '${id}' is still referenced; delete with cascade=true to remove its ties too`, details);
  }
}
