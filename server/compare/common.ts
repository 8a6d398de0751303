// What every part of a comparison shares: the round a caller hands in, the entry checks, the
// figure-in-both-rounds shape (Delta) and the small references results are made of.
import type { CompareActor, CompareTie, Delta, RoundKind, RoundRef } from '../domain/compare-responses.ts';
import type { Actor, Area, Collaboration, Status } from '../domain/schemas.ts';
import { ValidationError } from '../errors.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { EXISTING_STATUSES } from '../analytics/actor-graph.ts';

/** One round as the caller hands it in: its snapshot and how to name it. */
export interface RoundInput {
  id: string;
  label?: string | null | undefined;
  date?: string | null | undefined;
  kind: RoundKind;
  snapshot: GraphSnapshot;
}

export const isExisting = (status: Status) => EXISTING_STATUSES.includes(status);

export function fail(module: string, message: string): never {
  throw new ValidationError(`${module}: ${message}`);
}

export function checkRound(module: string, side: string, round: RoundInput): void {
  if (round === null || typeof round !== 'object') fail(module, `${side} must be a round ({id, kind, snapshot})`);
  if (typeof round.id !== 'string' || round.id === '') fail(module, `${side}.id must be a non-empty string`);
  if (round.kind !== 'observed' && round.kind !== 'scenario') fail(module, `${side}.kind must be 'observed' or 'scenario'`);
  const snapshot = round.snapshot as Partial<GraphSnapshot> | null;
  if (snapshot === null || typeof snapshot !== 'object') fail(module, `${side}.snapshot must be a graph snapshot`);
  for (const key of ['actors', 'collaborations', 'forums'] as const) {
    if (!Array.isArray(snapshot[key])) fail(module, `${side}.snapshot.${key} must be a list`);
  }
}

export function roundRef(round: RoundInput): RoundRef {
  return {
    id: round.id,
    label: round.label ?? null,
    date: round.date ?? null,
    kind: round.kind,
    version: round.snapshot.version,
  };
}

/** A figure in both rounds; the change only when both are defined. */
export function delta(from: number | null | undefined, to: number | null | undefined): Delta {
  const f = from ?? null;
  const t = to ?? null;
  return { from: f, to: t, change: f === null || t === null ? null : t - f };
}

export function actorRef(actor: Pick<Actor, 'id' | 'name' | 'sector'>): CompareActor {
  return { id: actor.id, name: actor.name, sector: actor.sector };
}

export function tieRef(tie: Collaboration, actors: ReadonlyMap<string, Actor>): CompareTie {
  // matchTies keeps only ties whose actors are in their round, so both ends are known.
  const end = (id: string) => actorRef(actors.get(id)!);
  return { id: tie.id, source: end(tie.source), target: end(tie.target), type: tie.type, status: tie.status, areas: [...tie.areas] };
}

export function actorsById(snapshot: GraphSnapshot): Map<string, Actor> {
  return new Map(snapshot.actors.map((a) => [a.id, a]));
}

export { pairKey } from '../analytics/actor-graph.ts';

/**
 * Do two ties between the same pair take the same place? The store's one-tie-per-pair-and-area
 * rule (README, "One tie per pair and area"): they share an area, or neither names one.
 */
export function sameSlot(a: readonly Area[], b: readonly Area[]): boolean {
  return a.length === 0 && b.length === 0 ? true : a.some((x) => b.includes(x));
}

export const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
