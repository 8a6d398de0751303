// The rules of mappings and rounds, once for both stores: what a closed round refuses, what a
// mapping with rounds refuses, how a new round and a patched one look, and which tie statuses a
// scenario's `realise: "declared"` turns into active ties.
import type { Mapping, MappingCreate, MappingPatch, Round, RoundCreate, RoundPatch, RoundRef } from '../../domain/mappings.ts';
import type { Status } from '../../domain/schemas.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';

export const mappingNotFound = (id: string): NotFoundError => new NotFoundError('mapping', id);
export const roundNotFound = (ref: RoundRef): NotFoundError => new NotFoundError('round', `${ref.mapping}/${ref.round}`);

/** Every write to a round's graph, and deleting it, asks this first. */
export function assertOpen(round: Pick<Round, 'id' | 'mappingId' | 'closed'>): void {
  if (round.closed) {
    throw new ConflictError(`round '${round.mappingId}/${round.id}' is closed: reopen it (PATCH closed: false) to change it`);
  }
}

export function assertDeletable(mapping: string, rounds: number, cascade: boolean): void {
  if (rounds > 0 && !cascade) {
    throw new ConflictError(`mapping '${mapping}' has ${rounds} round(s): delete them first or pass cascade=true`);
  }
}

/** A closed round takes one patch only: reopening it (with or without closing again). */
export function assertPatchable(round: Round, patch: RoundPatch): void {
  const other = Object.keys(patch).filter((key) => key !== 'closed');
  if (round.closed && patch.closed !== false && other.length > 0) assertOpen(round);
}

/** The statuses of declared gaps: `realise: "declared"` makes these active. */
export const DECLARED_GAP_STATUSES: readonly Status[] = ['desired', 'needs_development'];

export function newMapping(input: MappingCreate, now: string): Mapping {
  return { ...input, createdAt: now, updatedAt: now };
}

export function patchedMapping(current: Mapping, patch: MappingPatch, now: string): Mapping {
  const { description, ...rest } = patch;
  const next: Mapping = { ...current, ...rest, updatedAt: now };
  if (description === null) delete next.description;
  else if (description !== undefined) next.description = description;
  return next;
}

/** The round a create makes; `basedOn` is the copied round, checked to exist by the adapter. */
export function newRound(mapping: string, input: RoundCreate, now: string): Round {
  return {
    id: input.id,
    mappingId: mapping,
    label: input.label,
    observedOn: input.observedOn,
    sources: input.sources,
    kind: input.kind,
    closed: false,
    ...(input.copyFrom === undefined ? {} : { basedOn: input.copyFrom }),
    ...(input.realise === undefined ? {} : { realised: input.realise }),
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}

export function patchedRound(current: Round, patch: RoundPatch, now: string): Round {
  assertPatchable(current, patch);
  return { ...current, ...patch, updatedAt: now };
}

/** Rounds in the order they observe, then by id: the "latest" is the last. */
export function byObservation(a: Round, b: Round): number {
  return a.observedOn.localeCompare(b.observedOn) || a.id.localeCompare(b.id);
}
