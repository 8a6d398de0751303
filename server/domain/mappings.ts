// Mappings and rounds (docs/domain.md): a mapping is one network someone maps (a place and a
// topic), a round one complete observation of it at a date. Actor and forum ids are stable across
// the rounds of a mapping, so rounds can be compared. A scenario round is a what-if copy: never
// observed data, and every answer carrying round data says `kind: "scenario"`.
import { z } from 'zod';
import { RoundKind } from './compare-responses.ts';
import { distinctList, PartialDate, Slug, Text, Timestamp } from './schemas.ts';

export { RoundKind };

const Language = z.enum(['sv', 'en']).meta({ id: 'Language' });

export const Mapping = z
  .strictObject({
    id: Slug,
    name: Text(200),
    place: Text(200),
    topic: Text(200),
    description: Text(4000).optional(),
    // uniqueItems states the rule in the OpenAPI document, which the refine alone does not.
    languages: distinctList(Language, 2, 1),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Mapping' });
export type Mapping = z.infer<typeof Mapping>;

export const Round = z
  .strictObject({
    id: Slug,
    mappingId: Slug.meta({ readOnly: true }),
    label: Text(200),
    observedOn: PartialDate.describe('the date (or year) the round observes'),
    sources: z.array(Slug).max(50).describe('ids of the Sources the round is drawn from'),
    kind: RoundKind,
    closed: z.boolean().describe('a closed round is read-only: writes to it are refused 409'),
    basedOn: Slug.optional().describe('the round this one was copied from'),
    realised: z.enum(['declared']).optional().describe('scenario: the declared gaps were realised as active ties'),
    version: z.int().min(0).meta({ readOnly: true }).describe('bumped by every write to the round'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof Round>;

const readOnly = { createdAt: true, updatedAt: true } as const;

export const MappingCreate = Mapping.omit(readOnly)
  .extend({ languages: Mapping.shape.languages.default(['sv', 'en']) })
  .meta({ id: 'MappingCreate' });
export type MappingCreate = z.infer<typeof MappingCreate>;

export const MappingPatch = z
  .strictObject({
    name: Mapping.shape.name,
    place: Mapping.shape.place,
    topic: Mapping.shape.topic,
    description: Text(4000).nullable().describe('null removes it'),
    languages: Mapping.shape.languages,
  })
  .partial()
  .meta({ id: 'MappingPatch' });
export type MappingPatch = z.infer<typeof MappingPatch>;

export const RoundCreate = z
  .strictObject({
    id: Slug,
    label: Round.shape.label,
    observedOn: Round.shape.observedOn,
    sources: Round.shape.sources.default([]),
    kind: RoundKind.default('observed'),
    copyFrom: Slug.optional().describe('start as a copy of this round of the same mapping; empty when left out'),
    realise: z.enum(['declared']).optional().describe('scenario copies only: every desired and needs_development tie becomes active'),
  })
  .refine((r) => r.realise === undefined || (r.kind === 'scenario' && r.copyFrom !== undefined), {
    message: 'realise needs kind "scenario" and copyFrom',
    path: ['realise'],
  })
  .meta({ id: 'RoundCreate' });
export type RoundCreate = z.infer<typeof RoundCreate>;

export const RoundPatch = z
  .strictObject({
    label: Round.shape.label,
    observedOn: Round.shape.observedOn,
    sources: Round.shape.sources,
    closed: Round.shape.closed,
  })
  .partial()
  .meta({ id: 'RoundPatch' });
export type RoundPatch = z.infer<typeof RoundPatch>;

/** Which round of which mapping: the scope of every per-round read and write. */
export interface RoundRef {
  mapping: string;
  round: string;
}

export const roundPath = (ref: RoundRef): string => `${ref.mapping}/${ref.round}`;
