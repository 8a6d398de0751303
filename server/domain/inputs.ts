// What callers may send, derived from the stored shapes in schemas.ts. Read-only fields
// (timestamps, the derived collaboration type) are not accepted; list fields default to empty.
// PATCH bodies are JSON merge patches (RFC 7396): a field set to null is removed.
import { z } from 'zod';
import { Actor, Collaboration, Forum, Membership, Slug, Source } from './schemas.ts';

const readOnly = { createdAt: true, updatedAt: true } as const;

export const ActorCreate = Actor.omit(readOnly)
  .extend({
    id: Slug.optional().describe('derived from the name when left out'),
    areas: Actor.shape.areas.default([]),
    neighbourhoods: Actor.shape.neighbourhoods.default([]),
    targetGroups: Actor.shape.targetGroups.default([]),
    evidence: Actor.shape.evidence.default([]),
  })
  .meta({ id: 'ActorCreate' });
export type ActorCreate = z.infer<typeof ActorCreate>;

/** PUT /api/actors/:id — the id comes from the path. */
export const ActorPut = ActorCreate.omit({ id: true }).meta({ id: 'ActorPut' });
export type ActorPut = z.infer<typeof ActorPut>;

export const ActorPatch = mergePatch(Actor.omit({ ...readOnly, id: true })).meta({ id: 'ActorPatch' });

export const CollaborationCreate = Collaboration.omit({ ...readOnly, type: true })
  .extend({
    id: Slug.optional().describe('derived from the two actors and the first area when left out'),
    areas: Collaboration.shape.areas.default([]),
    forms: Collaboration.shape.forms.default([]),
    directed: Collaboration.shape.directed.default(false),
    neighbourhoods: Collaboration.shape.neighbourhoods.default([]),
    evidence: Collaboration.shape.evidence.default([]),
  })
  .meta({ id: 'CollaborationCreate' });
export type CollaborationCreate = z.infer<typeof CollaborationCreate>;

export const CollaborationPatch = mergePatch(
  Collaboration.omit({ ...readOnly, id: true, type: true }),
).meta({ id: 'CollaborationPatch' });

export const ForumCreate = Forum.omit(readOnly)
  .extend({
    id: Slug.optional().describe('derived from the name when left out'),
    areas: Forum.shape.areas.default([]),
    neighbourhoods: Forum.shape.neighbourhoods.default([]),
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

/** A whole dataset, as seed files hold it and POST /api/import takes it. */
export const Dataset = z
  .strictObject({
    sources: z.array(Source).default([]),
    actors: z.array(ActorCreate.extend({ id: Slug })).default([]),
    forums: z.array(ForumCreate.extend({ id: Slug })).default([]),
    collaborations: z.array(CollaborationCreate.extend({ id: Slug })).default([]),
  })
  .meta({ id: 'Dataset' });
export type Dataset = z.infer<typeof Dataset>;

/**
 * Every field optional and nullable; null means "remove". Required fields set to null fail
 * later, when the merged result is checked against the full schema.
 */
function mergePatch<S extends z.ZodRawShape>(object: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => [key, (field as z.ZodType).nullable().optional()]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> };
  return z.strictObject(shape);
}
