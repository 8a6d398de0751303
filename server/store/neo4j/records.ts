// Domain shapes ↔ Neo4j node properties. Stored maps are turned back into records through the
// shared builders of ../rules/records.ts, which own the stored shape. Evidence is a list of
// records, which a Neo4j property cannot hold, so it is one JSON string property (it is only
// ever read whole, never queried). An update writes only the properties that differ.
import { isDeepStrictEqual } from 'node:util';
import type { Actor, Collaboration, Forum, Membership, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import { actorShape, collaborationShape, evidenceFromJson, evidenceJson, forumShape, sourceShape, type Stamps } from '../rules/records.ts';
import type { Row } from './tx.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
const text = (value: unknown): string => value as string;
const maybe = <T>(value: unknown): T | undefined => (value ?? undefined) as T | undefined;
/**
 * The record queries return their timestamps as epoch milliseconds: the driver builds a DateTime
 * out of dozens of 64-bit Integer operations, ~90 µs each, which made up a third of this side's
 * CPU in an unchanged re-import (bench/README.md, store-writes.ts).
 */
const iso = (epochMillis: unknown): string => new Date(epochMillis as number).toISOString();
const stampsOf = (p: Row): Stamps => ({ createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) });

/**
 * The properties to SET on an existing node to turn `before` into `after`: those that differ,
 * and null (which removes a property) for those `after` no longer has.
 */
export function changedProps(before: Row, after: Row): Row {
  const changes: Row = {};
  for (const [key, value] of Object.entries(after)) if (!isDeepStrictEqual(before[key], value)) changes[key] = value;
  for (const key of Object.keys(before)) if (!(key in after)) changes[key] = null;
  return changes;
}

/**
 * Only properties that hold something. Neo4j stores no nulls, so an unset field is no property;
 * an empty list is none either, as it reads back the same without it (strings; evidence through
 * storedEvidence): a tie of the bench data has 8 properties instead of 12, which took about a
 * quarter off the server's CPU for a fresh import's creates (bench/README.md, import-stores.ts).
 */
function defined(props: Row): Row {
  return Object.fromEntries(
    Object.entries(props).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

const NO_EVIDENCE = evidenceJson([]);

/** Evidence as its one JSON property, or no property for none (evidenceFromJson reads that as []). */
function storedEvidence(evidence: Actor['evidence']): string | undefined {
  const json = evidenceJson(evidence);
  return json === NO_EVIDENCE ? undefined : json;
}

export function sourceProps(source: Source): Row {
  return defined({ ...source });
}

export function sourceFromProps(p: Row): Source {
  return sourceShape({
    id: text(p.id),
    title: text(p.title),
    authors: strings(p.authors),
    year: p.year as number,
    publisher: maybe(p.publisher),
    url: maybe(p.url),
  });
}

/** Node properties; parentId is the PART_OF relationship, timestamps are set by the query. */
export function actorProps(actor: Actor): Row {
  return defined({
    id: actor.id,
    name: actor.name,
    searchName: searchKey(actor.name),
    sector: actor.sector,
    areas: actor.areas,
    neighbourhoods: actor.neighbourhoods,
    targetGroups: actor.targetGroups,
    description: actor.description,
    descriptionSv: actor.descriptionSv,
    website: actor.website,
    evidence: storedEvidence(actor.evidence),
  });
}

/** From the map actor-*.cypher return: the properties plus parentId and ISO timestamps. */
export function actorFromProps(p: Row): Actor {
  return actorShape(
    {
      id: text(p.id),
      name: text(p.name),
      sector: p.sector as Actor['sector'],
      parentId: maybe(p.parentId),
      areas: strings(p.areas) as Actor['areas'],
      neighbourhoods: strings(p.neighbourhoods),
      targetGroups: strings(p.targetGroups),
      description: maybe(p.description),
      descriptionSv: maybe(p.descriptionSv),
      website: maybe(p.website),
      evidence: evidenceFromJson(maybe(p.evidence)),
    },
    stampsOf(p),
  );
}

/** Node properties; source and target are the SOURCE and TARGET relationships. */
export function collaborationProps(tie: Collaboration): Row {
  return defined({
    id: tie.id,
    type: tie.type,
    status: tie.status,
    areas: tie.areas,
    forms: tie.forms,
    strength: tie.strength,
    since: tie.since,
    until: tie.until,
    directed: tie.directed,
    neighbourhoods: tie.neighbourhoods,
    description: tie.description,
    descriptionSv: tie.descriptionSv,
    evidence: storedEvidence(tie.evidence),
  });
}

export function collaborationFromProps(p: Row): Collaboration {
  return collaborationShape(
    {
      id: text(p.id),
      source: text(p.source),
      target: text(p.target),
      status: p.status as Collaboration['status'],
      areas: strings(p.areas) as Collaboration['areas'],
      forms: strings(p.forms) as Collaboration['forms'],
      strength: maybe(p.strength),
      since: maybe(p.since),
      until: maybe(p.until),
      directed: p.directed === true,
      neighbourhoods: strings(p.neighbourhoods),
      description: maybe(p.description),
      descriptionSv: maybe(p.descriptionSv),
      evidence: evidenceFromJson(maybe(p.evidence)),
    },
    p.type as Collaboration['type'],
    stampsOf(p),
  );
}

/** Node properties; members are MEMBER_OF relationships from the actors. */
export function forumProps(forum: Forum): Row {
  return defined({
    id: forum.id,
    name: forum.name,
    description: forum.description,
    descriptionSv: forum.descriptionSv,
    areas: forum.areas,
    neighbourhoods: forum.neighbourhoods,
    evidence: storedEvidence(forum.evidence),
  });
}

export function forumFromProps(p: Row): Forum {
  return forumShape(
    {
      id: text(p.id),
      name: text(p.name),
      description: maybe(p.description),
      descriptionSv: maybe(p.descriptionSv),
      areas: strings(p.areas) as Forum['areas'],
      neighbourhoods: strings(p.neighbourhoods),
      members: (p.members ?? []) as Membership[],
      evidence: evidenceFromJson(maybe(p.evidence)),
    },
    stampsOf(p),
  );
}
