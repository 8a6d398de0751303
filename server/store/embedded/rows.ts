// Row ↔ domain conversion for the embedded store: the columns of schema.ts, filled from a
// record and read back through the shared builders of ../rules/records.ts, which own the
// stored shape. Lists and evidence are JSON text columns.
import type { Actor, Collaboration, Forum, Membership, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import { actorShape, collaborationShape, evidenceFromJson, evidenceJson, forumShape, sourceShape } from '../rules/records.ts';

export interface SourceRow {
  id: string;
  title: string;
  authors: string;
  year: number;
  publisher: string | null;
  url: string | null;
}

interface Stamped {
  created_at: string;
  updated_at: string;
}

export interface ActorRow extends Stamped {
  id: string;
  name: string;
  name_key: string;
  sector: string;
  parent_id: string | null;
  areas: string;
  neighbourhoods: string;
  target_groups: string;
  description: string | null;
  description_sv: string | null;
  website: string | null;
  evidence: string;
}

export interface CollaborationRow extends Stamped {
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
  description_sv: string | null;
  evidence: string;
}

export interface ForumRow extends Stamped {
  id: string;
  name: string;
  description: string | null;
  description_sv: string | null;
  areas: string;
  neighbourhoods: string;
  evidence: string;
}

export interface MembershipRow {
  forum_id: string;
  actor_id: string;
  role: string;
}

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
const list = (values: readonly unknown[] | undefined): string => JSON.stringify(values ?? []);
const parse = <T>(json: string): T => JSON.parse(json) as T;
const stampsOf = (row: Stamped) => ({ createdAt: row.created_at, updatedAt: row.updated_at });
const stamped = (record: { createdAt: string; updatedAt: string }): Stamped => ({
  created_at: record.createdAt,
  updated_at: record.updatedAt,
});

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
  return sourceShape({ ...row, authors: parse(row.authors) });
}

export function actorRow(actor: Actor): ActorRow {
  return {
    id: actor.id,
    name: actor.name,
    name_key: searchKey(actor.name),
    sector: actor.sector,
    parent_id: orNull(actor.parentId),
    areas: list(actor.areas),
    neighbourhoods: list(actor.neighbourhoods),
    target_groups: list(actor.targetGroups),
    description: orNull(actor.description),
    description_sv: orNull(actor.descriptionSv),
    website: orNull(actor.website),
    evidence: evidenceJson(actor.evidence),
    ...stamped(actor),
  };
}

export function actorFromRow(row: ActorRow): Actor {
  return actorShape(
    {
      id: row.id,
      name: row.name,
      sector: row.sector as Actor['sector'],
      parentId: row.parent_id,
      areas: parse(row.areas),
      neighbourhoods: parse(row.neighbourhoods),
      targetGroups: parse(row.target_groups),
      description: row.description,
      descriptionSv: row.description_sv,
      website: row.website,
      evidence: evidenceFromJson(row.evidence),
    },
    stampsOf(row),
  );
}

export function collaborationRow(tie: Collaboration): CollaborationRow {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.type,
    status: tie.status,
    areas: list(tie.areas),
    forms: list(tie.forms),
    strength: orNull(tie.strength),
    since: orNull(tie.since),
    until: orNull(tie.until),
    directed: tie.directed ? 1 : 0,
    neighbourhoods: list(tie.neighbourhoods),
    description: orNull(tie.description),
    description_sv: orNull(tie.descriptionSv),
    evidence: evidenceJson(tie.evidence),
    ...stamped(tie),
  };
}

export function collaborationFromRow(row: CollaborationRow): Collaboration {
  return collaborationShape(
    {
      id: row.id,
      source: row.source,
      target: row.target,
      status: row.status as Collaboration['status'],
      areas: parse(row.areas),
      forms: parse(row.forms),
      strength: row.strength,
      since: row.since,
      until: row.until,
      directed: row.directed === 1,
      neighbourhoods: parse(row.neighbourhoods),
      description: row.description,
      descriptionSv: row.description_sv,
      evidence: evidenceFromJson(row.evidence),
    },
    row.type as Collaboration['type'],
    stampsOf(row),
  );
}

export function forumRow(forum: Forum): ForumRow {
  return {
    id: forum.id,
    name: forum.name,
    description: orNull(forum.description),
    description_sv: orNull(forum.descriptionSv),
    areas: list(forum.areas),
    neighbourhoods: list(forum.neighbourhoods),
    evidence: evidenceJson(forum.evidence),
    ...stamped(forum),
  };
}

export function membershipFromRow(row: MembershipRow): Membership {
  return { actorId: row.actor_id, role: row.role as Membership['role'] };
}

export function forumFromRow(row: ForumRow, members: Membership[]): Forum {
  return forumShape(
    {
      id: row.id,
      name: row.name,
      description: row.description,
      descriptionSv: row.description_sv,
      areas: parse(row.areas),
      neighbourhoods: parse(row.neighbourhoods),
      members,
      evidence: evidenceFromJson(row.evidence),
    },
    stampsOf(row),
  );
}
