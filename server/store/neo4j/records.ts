// Domain shapes ↔ Neo4j node properties. Records are reduced to their stored properties by
// picking known fields (callers may pass spreads carrying timestamps or a type), and stored
// maps are turned back into the exact shapes of schemas.ts: optional fields absent when unset,
// lists always present. Evidence is a list of records, which a Neo4j property cannot hold, so
// it is stored as one JSON string property (it is only ever read whole, never queried).
import type { Actor, Collaboration, CollaborationType, Evidence, Forum, Membership, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord } from '../port.ts';
import type { Row } from './tx.ts';

export interface Stamps {
  createdAt: string;
  updatedAt: string;
}

/** Copy only the optional fields that are set: unset ones are absent, never null. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}

/** Evidence with its keys in one order, so equal evidence encodes to equal text. */
function evidenceJson(evidence: readonly Evidence[] | undefined): string {
  return JSON.stringify((evidence ?? []).map((e) => ({ sourceId: e.sourceId, locator: e.locator, note: e.note, ...(e.noteSv === undefined ? {} : { noteSv: e.noteSv }) })));
}

const list = <T>(values: readonly T[] | undefined): T[] => [...(values ?? [])];
const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
const text = (value: unknown): string => value as string;

/** Members as stored and returned: sorted by actorId, keys in one order. */
export function sortedMembers(members: readonly Membership[] | undefined): Membership[] {
  return (members ?? [])
    .map((m) => ({ actorId: m.actorId, role: m.role }))
    .sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}

/** Equal content, timestamps aside: both sides come from the same *FromProps function. */
export function sameContent<T extends Partial<Stamps>>(a: T, b: T): boolean {
  const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

// Sources ---------------------------------------------------------------------------------

export function sourceProps(source: Source): Row {
  return {
    id: source.id,
    title: source.title,
    authors: list(source.authors),
    year: source.year,
    ...optional({ publisher: source.publisher, url: source.url }),
  };
}

export function sourceFromProps(p: Row): Source {
  return {
    id: text(p.id),
    title: text(p.title),
    authors: strings(p.authors),
    year: p.year as number,
    ...optional({ publisher: p.publisher as string | undefined, url: p.url as string | undefined }),
  };
}

// Actors ------------------------------------------------------------------------------------

/** Node properties; parentId is the PART_OF relationship, not a property. */
export function actorProps(record: ActorRecord): Row {
  return {
    id: record.id,
    name: record.name,
    searchName: searchKey(record.name),
    sector: record.sector,
    areas: list(record.areas),
    neighbourhoods: list(record.neighbourhoods),
    targetGroups: list(record.targetGroups),
    ...optional({ description: record.description, website: record.website }),
    evidence: evidenceJson(record.evidence),
  };
}

/** From the map actor-*.cypher return: the properties plus parentId and ISO timestamps. */
export function actorFromProps(p: Row): Actor {
  return {
    id: text(p.id),
    name: text(p.name),
    sector: p.sector as Actor['sector'],
    ...optional({ parentId: p.parentId as string | null | undefined }),
    areas: strings(p.areas) as Actor['areas'],
    neighbourhoods: strings(p.neighbourhoods),
    targetGroups: strings(p.targetGroups),
    ...optional({ description: p.description as string | undefined, website: p.website as string | undefined }),
    evidence: JSON.parse(text(p.evidence ?? '[]')) as Evidence[],
    createdAt: text(p.createdAt),
    updatedAt: text(p.updatedAt),
  };
}

export function actorFromRecord(record: ActorRecord, stamps: Stamps): Actor {
  return actorFromProps({ ...actorProps(record), parentId: record.parentId ?? null, ...stamps });
}

// Collaborations ------------------------------------------------------------------------------

/** Node properties; source and target are the SOURCE and TARGET relationships. */
export function collaborationProps(record: CollaborationRecord, type: CollaborationType): Row {
  return {
    id: record.id,
    type,
    status: record.status,
    areas: list(record.areas),
    forms: list(record.forms),
    ...optional({ strength: record.strength, since: record.since, until: record.until }),
    directed: record.directed === true,
    neighbourhoods: list(record.neighbourhoods),
    ...optional({ description: record.description }),
    evidence: evidenceJson(record.evidence),
  };
}

export function collaborationFromProps(p: Row): Collaboration {
  return {
    id: text(p.id),
    source: text(p.source),
    target: text(p.target),
    type: p.type as Collaboration['type'],
    status: p.status as Collaboration['status'],
    areas: strings(p.areas) as Collaboration['areas'],
    forms: strings(p.forms) as Collaboration['forms'],
    ...optional({
      strength: p.strength as number | undefined,
      since: p.since as string | undefined,
      until: p.until as string | undefined,
    }),
    directed: p.directed === true,
    neighbourhoods: strings(p.neighbourhoods),
    ...optional({ description: p.description as string | undefined }),
    evidence: JSON.parse(text(p.evidence ?? '[]')) as Evidence[],
    createdAt: text(p.createdAt),
    updatedAt: text(p.updatedAt),
  };
}

export function collaborationFromRecord(record: CollaborationRecord, type: CollaborationType, stamps: Stamps): Collaboration {
  return collaborationFromProps({ ...collaborationProps(record, type), source: record.source, target: record.target, ...stamps });
}

// Forums --------------------------------------------------------------------------------------

/** Node properties; members are MEMBER_OF relationships from the actors. */
export function forumProps(record: ForumRecord): Row {
  return {
    id: record.id,
    name: record.name,
    ...optional({ description: record.description }),
    areas: list(record.areas),
    neighbourhoods: list(record.neighbourhoods),
    evidence: evidenceJson(record.evidence),
  };
}

export function forumFromProps(p: Row): Forum {
  return {
    id: text(p.id),
    name: text(p.name),
    ...optional({ description: p.description as string | undefined }),
    areas: strings(p.areas) as Forum['areas'],
    neighbourhoods: strings(p.neighbourhoods),
    members: sortedMembers(p.members as Membership[] | undefined),
    evidence: JSON.parse(text(p.evidence ?? '[]')) as Evidence[],
    createdAt: text(p.createdAt),
    updatedAt: text(p.updatedAt),
  };
}

export function forumFromRecord(record: ForumRecord, stamps: Stamps): Forum {
  return forumFromProps({ ...forumProps(record), members: sortedMembers(record.members), ...stamps });
}
