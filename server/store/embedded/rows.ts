// Row ↔ domain conversion for the embedded store. Records are reduced to their stored columns
// by picking known fields (callers may pass spreads carrying timestamps or a type), and rows are
// turned back into the exact shapes of schemas.ts: optional fields absent when unset, lists
// always present. Comparing the content columns is how a write learns it would change nothing.
import type { Actor, Collaboration, CollaborationType, Evidence, Forum, Membership, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord } from '../port.ts';

export interface SourceRow {
  id: string;
  title: string;
  authors: string;
  year: number;
  publisher: string | null;
  url: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  name_key: string;
  sector: string;
  parent_id: string | null;
  areas: string;
  neighbourhoods: string;
  target_groups: string;
  description: string | null;
  website: string | null;
  evidence: string;
  created_at: string;
  updated_at: string;
}

export interface CollaborationRow {
  id: string;
  source: string;
  target: string;
  type: string;
  status: string;
  areas: string;
  forms: string;
  strength: number | null;
  since: string | null;
  until: string | null;
  directed: number;
  neighbourhoods: string;
  description: string | null;
  evidence: string;
  created_at: string;
  updated_at: string;
}

export interface ForumRow {
  id: string;
  name: string;
  description: string | null;
  areas: string;
  neighbourhoods: string;
  evidence: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipRow {
  forum_id: string;
  actor_id: string;
  role: string;
}

/** The columns a write may change, i.e. a row without its timestamps. */
export type Content<R> = Omit<R, 'created_at' | 'updated_at'>;

export function sameContent<R extends object>(row: R, content: Content<R>): boolean {
  return Object.entries(content).every(([key, value]) => row[key as keyof R] === value);
}

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
const list = (values: readonly unknown[] | undefined): string => JSON.stringify(values ?? []);
const parse = <T>(json: string): T => JSON.parse(json) as T;

/** Evidence with its keys in one order, so equal evidence encodes to equal text. */
function evidenceJson(evidence: readonly Evidence[] | undefined): string {
  return JSON.stringify((evidence ?? []).map((e) => ({ sourceId: e.sourceId, locator: e.locator, note: e.note, ...(e.noteSv === undefined ? {} : { noteSv: e.noteSv }) })));
}

/** Copy only the optional fields that are set: unset ones are absent, never null. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}

export function sourceRow(source: Source): SourceRow {
  return {
    id: source.id,
    title: source.title,
    authors: list(source.authors),
    year: source.year,
    publisher: orNull(source.publisher),
    url: orNull(source.url),
  };
}

export function sourceFromRow(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    authors: parse(row.authors),
    year: row.year,
    ...optional({ publisher: row.publisher, url: row.url }),
  };
}

export function actorContent(record: ActorRecord): Content<ActorRow> {
  return {
    id: record.id,
    name: record.name,
    name_key: searchKey(record.name),
    sector: record.sector,
    parent_id: orNull(record.parentId),
    areas: list(record.areas),
    neighbourhoods: list(record.neighbourhoods),
    target_groups: list(record.targetGroups),
    description: orNull(record.description),
    website: orNull(record.website),
    evidence: evidenceJson(record.evidence),
  };
}

export function actorFromRow(row: ActorRow): Actor {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector as Actor['sector'],
    ...optional({ parentId: row.parent_id }),
    areas: parse(row.areas),
    neighbourhoods: parse(row.neighbourhoods),
    targetGroups: parse(row.target_groups),
    ...optional({ description: row.description, website: row.website }),
    evidence: parse(row.evidence),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function collaborationContent(record: CollaborationRecord, type: CollaborationType): Content<CollaborationRow> {
  return {
    id: record.id,
    source: record.source,
    target: record.target,
    type,
    status: record.status,
    areas: list(record.areas),
    forms: list(record.forms),
    strength: orNull(record.strength),
    since: orNull(record.since),
    until: orNull(record.until),
    directed: record.directed ? 1 : 0,
    neighbourhoods: list(record.neighbourhoods),
    description: orNull(record.description),
    evidence: evidenceJson(record.evidence),
  };
}

export function collaborationFromRow(row: CollaborationRow): Collaboration {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    type: row.type as Collaboration['type'],
    status: row.status as Collaboration['status'],
    areas: parse(row.areas),
    forms: parse(row.forms),
    ...optional({ strength: row.strength, since: row.since, until: row.until }),
    directed: row.directed === 1,
    neighbourhoods: parse(row.neighbourhoods),
    ...optional({ description: row.description }),
    evidence: parse(row.evidence),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function forumContent(record: ForumRecord): Content<ForumRow> {
  return {
    id: record.id,
    name: record.name,
    description: orNull(record.description),
    areas: list(record.areas),
    neighbourhoods: list(record.neighbourhoods),
    evidence: evidenceJson(record.evidence),
  };
}

/** Members as stored and returned: sorted by actorId, keys in one order. */
export function sortedMembers(members: readonly Membership[] | undefined): Membership[] {
  return (members ?? [])
    .map((m) => ({ actorId: m.actorId, role: m.role }))
    .sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}

export function membershipFromRow(row: MembershipRow): Membership {
  return { actorId: row.actor_id, role: row.role as Membership['role'] };
}

export function forumFromRow(row: ForumRow, members: Membership[]): Forum {
  return {
    id: row.id,
    name: row.name,
    ...optional({ description: row.description }),
    areas: parse(row.areas),
    neighbourhoods: parse(row.neighbourhoods),
    members,
    evidence: parse(row.evidence),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
