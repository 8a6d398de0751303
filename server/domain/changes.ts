// The history (docs/domain.md, "Changes"): every write records one change, in the transaction that
// makes it, saying who (a key's name, never the key), where (mapping, round), what (entity, id, op)
// and the record before and after. A write that touches one record keeps that record in `before`
// and `after`; one that touches many (an import, a merge, an actor deleted with its ties) keeps a
// bundle of every record it touched, so a revert can put each of them back.
import { z } from 'zod';
import { Actor, Collaboration, Forum, Source, Timestamp } from './schemas.ts';

export const CHANGE_ENTITIES = [
  'actor',
  'collaboration',
  'forum',
  'membership',
  'source',
  'import',
  'merge',
  'layout',
  'mapping',
  'round',
] as const;
/** Changes to a mapping, a round or a layout are on record, but not undone from the history (made again instead). */
export const isRevertible = (entity: ChangeEntity): boolean => entity !== 'mapping' && entity !== 'round' && entity !== 'layout';

export const ChangeEntity = z.enum(CHANGE_ENTITIES).meta({ id: 'ChangeEntity' });
export type ChangeEntity = z.infer<typeof ChangeEntity>;

export const ChangeOp = z.enum(['create', 'update', 'delete']).meta({ id: 'ChangeOp' });
export type ChangeOp = z.infer<typeof ChangeOp>;

/** Change ids: [0-9a-z], sortable by time (newest last in id order). */
export const ChangeId = z
  .string()
  .max(40)
  .regex(/^[0-9a-z]+$/, 'must be a change id: 0-9 and a-z');

/** Every record a compound change touched, by kind; a record absent from a list was absent. */
export const Bundle = z
  .object({
    sources: z.array(Source).optional(),
    actors: z.array(Actor).optional(),
    forums: z.array(Forum).optional(),
    collaborations: z.array(Collaboration).optional(),
  })
  .meta({ id: 'ChangeBundle' });
export type Bundle = z.infer<typeof Bundle>;
export type BundleKind = keyof Bundle;
export const BUNDLE_KINDS: readonly BundleKind[] = ['sources', 'actors', 'forums', 'collaborations'];

/** What an import counted: the figures its answer gave. */
export const ImportCounts = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  deleted: z.int().optional().describe('mode=replace: the records the file left out'),
});

export const Change = z
  .strictObject({
    id: ChangeId,
    at: Timestamp,
    who: z.string().describe("the name of the key that made it; 'anonymous' without keys, 'system' for seeds and scripts"),
    mapping: z.string(),
    round: z.string().nullable().describe('null for a change to a mapping itself'),
    entity: ChangeEntity,
    entityId: z.string().describe("the record's id; a membership is 'forum/actor', an import the round"),
    op: ChangeOp,
    before: z.unknown().describe('the record (or a bundle of records) as it was; null when it did not exist'),
    after: z.unknown().describe('the record (or a bundle of records) as the change left it; null when deleted'),
    counts: ImportCounts.optional().describe('an import: what it created, updated and left unchanged'),
    revertOf: ChangeId.optional().describe('the change this one reverted'),
  })
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

/** A change as a write flow hands it to the store: where and when come from the transaction. */
export type ChangeRecord = Pick<Change, 'entity' | 'entityId' | 'op' | 'before' | 'after' | 'counts' | 'revertOf'>;

/** A change as stored: with the actors it concerns (the actor, a tie's ends, a member), which the actor filter reads. */
export type StoredChange = Change & { actors: string[] };

/** Which changes a list holds; every field narrows it (routes/changes.ts documents each). */
export interface ChangeFilter {
  mapping?: string | undefined;
  round?: string | undefined;
  entity?: ChangeEntity | undefined;
  /** The changed record's id (entityId). */
  id?: string | undefined;
  /** Changes that concern this actor: the actor itself, its ties, its memberships. */
  actor?: string | undefined;
  who?: string | undefined;
  /** At or after this time (an ISO timestamp with milliseconds, as `at` is stored). */
  since?: string | undefined;
}
