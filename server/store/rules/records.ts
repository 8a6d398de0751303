// The stored shape of every record, once for both adapters: optional fields absent when unset
// (never null), lists always present and copied, evidence with its keys in one order, members
// sorted by actor. An adapter turns its rows or node properties into plain fields and hands them
// to these builders, and the write flow builds the record it is about to store with the same
// ones, so "would this write change anything?" is a comparison of two values built alike.
import type { Actor, Collaboration, CollaborationType, Evidence, Forum, Membership, Source } from '../../domain/schemas.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord } from '../port.ts';

export interface Stamps {
  createdAt: string;
  updatedAt: string;
}

/** A field as an adapter may read it: SQLite says null, Neo4j leaves the property out. */
type Loose<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] };

/** Copy only the optional fields that are set: unset ones are absent, never null. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  // A loop, not entries/fromEntries: every record read or planned passes here (100 000 in an import).
  const set: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== null && fields[key] !== undefined) set[key] = fields[key];
  return set as { [K in keyof T]?: NonNullable<T[K]> };
}

const list = <T>(values: readonly T[] | null | undefined): T[] => [...(values ?? [])];

/** Evidence with its keys in one order, so equal evidence encodes to equal text. */
export function canonicalEvidence(evidence: readonly Evidence[] | null | undefined): Evidence[] {
  return list(evidence).map((e) => ({ sourceId: e.sourceId, locator: e.locator, note: e.note, ...optional({ noteSv: e.noteSv }) }));
}

/** Evidence is read whole and never queried, so both stores keep it as one JSON text. */
export const evidenceJson = (evidence: readonly Evidence[] | null | undefined): string => JSON.stringify(canonicalEvidence(evidence));
export const evidenceFromJson = (json: string | null | undefined): Evidence[] => JSON.parse(json ?? '[]') as Evidence[];

/** Members as stored and returned: sorted by actorId, keys in one order. */
export function sortedMembers(members: readonly Membership[] | null | undefined): Membership[] {
  return list(members)
    .map((m) => ({ actorId: m.actorId, role: m.role }))
    .sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}

const isStamp = (key: string): boolean => key === 'createdAt' || key === 'updatedAt';

/**
 * Equal as JSON data, which is all a stored shape holds (text, numbers, true/false, lists, plain
 * objects): what isDeepStrictEqual answers for such values, without its generality or copies.
 * A key set to undefined differs from an absent one, as it does there.
 */
function sameJson(a: unknown, b: unknown, skip?: (key: string) => boolean): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const [left, right] = [a as Record<string, unknown>, b as Record<string, unknown>];
  let keys = 0;
  for (const key in left) {
    if (skip?.(key)) continue;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
    keys++;
  }
  for (const key in right) if (!skip?.(key)) keys--;
  return keys === 0;
}

/** Equal content, timestamps aside. */
export function sameContent<T extends object>(a: T, b: T): boolean {
  return sameJson(a, b, isStamp);
}

export function sourceShape(s: Loose<Source>): Source {
  return { id: s.id, title: s.title, authors: list(s.authors), year: s.year, ...optional({ publisher: s.publisher, url: s.url }) };
}

export function actorShape(
  a: Loose<Omit<ActorRecord, 'evidence'>> & { evidence: readonly Evidence[] | null | undefined },
  stamps: Stamps,
): Actor {
  return {
    id: a.id,
    name: a.name,
    sector: a.sector,
    ...optional({ parentId: a.parentId }),
    areas: list(a.areas),
    neighbourhoods: list(a.neighbourhoods),
    targetGroups: list(a.targetGroups),
    ...optional({ description: a.description, descriptionSv: a.descriptionSv, website: a.website }),
    evidence: canonicalEvidence(a.evidence),
    createdAt: stamps.createdAt,
    updatedAt: stamps.updatedAt,
  };
}

export function collaborationShape(
  c: Loose<Omit<CollaborationRecord, 'evidence'>> & { evidence: readonly Evidence[] | null | undefined },
  type: CollaborationType,
  stamps: Stamps,
): Collaboration {
  return {
    id: c.id,
    source: c.source,
    target: c.target,
    type,
    status: c.status,
    areas: list(c.areas),
    forms: list(c.forms),
    ...optional({ strength: c.strength, since: c.since, until: c.until }),
    directed: c.directed === true,
    neighbourhoods: list(c.neighbourhoods),
    ...optional({ description: c.description, descriptionSv: c.descriptionSv }),
    evidence: canonicalEvidence(c.evidence),
    createdAt: stamps.createdAt,
    updatedAt: stamps.updatedAt,
  };
}

export function forumShape(
  f: Loose<Omit<ForumRecord, 'evidence'>> & { evidence: readonly Evidence[] | null | undefined },
  stamps: Stamps,
): Forum {
  return {
    id: f.id,
    name: f.name,
    ...optional({ description: f.description, descriptionSv: f.descriptionSv }),
    areas: list(f.areas),
    neighbourhoods: list(f.neighbourhoods),
    members: sortedMembers(f.members),
    evidence: canonicalEvidence(f.evidence),
    createdAt: stamps.createdAt,
    updatedAt: stamps.updatedAt,
  };
}
