// What callers may send, derived from the stored shapes in schemas.ts. Read-only fields
// (timestamps, the derived collaboration type) are not accepted; list fields default to empty.
// PATCH bodies are JSON merge patches (RFC 7396): a field set to null is removed; a field the
// record cannot be without (a name, a sector) may be changed but not set to null.
// Lists that must not repeat a value say so (uniqueItems), so the document states the rule.
import { z } from 'zod';
import { Actor, Collaboration, Forum, Membership, Slug, Source } from './schemas.ts';

const readOnly = { createdAt: true, updatedAt: true } as const;

/** Documents a list's "no value twice" rule (checked by the stored shape's refine) as uniqueItems. */
function distinct<T extends z.ZodType>(list: T): T {
  return list.meta({ uniqueItems: true }) as T;
}

export const ActorCreate = Actor.omit(readOnly)
  .extend({
    id: Slug.optional().describe('derived from the name when left out'),
    areas: distinct(Actor.shape.areas).default([]),
    neighbourhoods: distinct(Actor.shape.neighbourhoods).default([]),
    targetGroups: distinct(Actor.shape.targetGroups).default([]),
    evidence: Actor.shape.evidence.default([]),
  })
  .meta({ id: 'ActorCreate' });
export type ActorCreate = z.infer<typeof ActorCreate>;

/** PUT /api/actors/:id — the id comes from the path. */
export const ActorPut = ActorCreate.omit({ id: true }).meta({ id: 'ActorPut' });
export type ActorPut = z.infer<typeof ActorPut>;

export const ActorPatch = mergePatch(ActorPut).meta({ id: 'ActorPatch' });

export const CollaborationCreate = Collaboration.omit({ ...readOnly, type: true })
  .extend({
    id: Slug.optional().describe('derived from the two actors and the first area when left out'),
    areas: distinct(Collaboration.shape.areas).default([]),
    forms: distinct(Collaboration.shape.forms).default([]),
    directed: Collaboration.shape.directed.default(false),
    neighbourhoods: distinct(Collaboration.shape.neighbourhoods).default([]),
    evidence: Collaboration.shape.evidence.default([]),
  })
  .meta({ id: 'CollaborationCreate' });
export type CollaborationCreate = z.infer<typeof CollaborationCreate>;

export const CollaborationPatch = mergePatch(CollaborationCreate.omit({ id: true })).meta({ id: 'CollaborationPatch' });

export const ForumCreate = Forum.omit(readOnly)
  .extend({
    id: Slug.optional().describe('derived from the name when left out'),
    areas: distinct(Forum.shape.areas).default([]),
    neighbourhoods: distinct(Forum.shape.neighbourhoods).default([]),
    members: Forum.shape.members.default([]),
    evidence: Forum.shape.evidence.default([]),
  })
  .meta({ id: 'ForumCreate' });
export type ForumCreate = z.infer<typeof ForumCreate>;

export const ForumPut = ForumCreate.omit({ id: true }).meta({ id: 'ForumPut' });

export const MembershipPut = Membership.omit({ actorId: true })
  .extend({ role: Membership.shape.role.default('member') })
  .meta({ id: 'MembershipPut' });

export const SourcePut = Source.omit({ id: true }).meta({ id: 'SourcePut' });

/**
 * The most records of each kind one dataset may hold. A bigger network is imported in parts
 * (an import upserts, so the parts may come in any order that keeps references resolvable).
 * The lengths are checked before any record is (server/validation.ts), so an oversized body
 * costs a length check, not a validation of every item.
 */
export const DATASET_LIMITS = { sources: 5_000, actors: 20_000, forums: 5_000, collaborations: 200_000 } as const;

/** A whole dataset, as seed files hold it and POST /api/import takes it. */
export const Dataset = z
  .strictObject({
    sources: z.array(Source).max(DATASET_LIMITS.sources).default([]),
    actors: z
      .array(ActorCreate.extend({ id: Slug }))
      .max(DATASET_LIMITS.actors)
      .default([]),
    forums: z
      .array(ForumCreate.extend({ id: Slug }))
      .max(DATASET_LIMITS.forums)
      .default([]),
    collaborations: z
      .array(CollaborationCreate.extend({ id: Slug }))
      .max(DATASET_LIMITS.collaborations)
      .default([]),
  })
  .meta({ id: 'Dataset' });
export type Dataset = z.infer<typeof Dataset>;

/**
 * A merge patch of a create schema: every field optional, defaults dropped (a field left out
 * stays as it is). Fields the record may be without (optional, or with a default) are nullable,
 * null meaning "remove". A required field set to null passes this schema but is refused after
 * the merge, when the whole record is checked (400 naming the field); the document says what
 * that amounts to, "not nullable", so it promises nothing the server refuses.
 */
function mergePatch<S extends z.ZodRawShape>(object: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => {
      if (field instanceof z.ZodDefault || field instanceof z.ZodOptional) {
        return [key, (field.unwrap() as z.ZodType).nullable().optional()];
      }
      return [key, (field as z.ZodType).nullable().meta({ nullable: false }).optional()];
    }),
  ) as unknown as { [K in keyof S]: z.ZodOptional<z.ZodNullable<z.ZodType>> };
  return z.strictObject(shape);
}
