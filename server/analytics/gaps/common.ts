// Helpers every gap analytic shares: the entry checks (snapshot shape; options are parsed by
// kernel/options.ts) and the small record shapes (actor references, status counts) the results
// are made of.
import { InvalidQuery, UnknownActor } from '../errors.ts';
import type { Actor, Area, Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import type { ActorRef, StatusCounts } from './schemas.ts';

/** Refuses an option: `reachGaps: give exactly one of sector or type` (the API shows the part after the colon). */
export function fail(module: string, message: string): never {
  throw new InvalidQuery(module, message);
}

/** Refuses an `actor` option naming an actor that does not exist. */
export function unknownActor(module: string, id: string): never {
  throw UnknownActor.of(module, id);
}

export function checkSnapshot(module: string, snapshot: GraphSnapshot): void {
  if (snapshot === null || typeof snapshot !== 'object') fail(module, 'expects a graph snapshot');
  for (const key of ['actors', 'collaborations', 'forums'] as const) {
    if (!Array.isArray(snapshot[key])) fail(module, `expects a graph snapshot with a ${key} array`);
  }
}

export function actorRef(actor: Pick<Actor, 'id' | 'name' | 'sector'>): ActorRef {
  return { id: actor.id, name: actor.name, sector: actor.sector };
}

export function countStatus(counts: StatusCounts, status: Status): void {
  counts[status] = (counts[status] ?? 0) + 1;
}

export function actorIndex(snapshot: GraphSnapshot): Map<string, Actor> {
  return new Map(snapshot.actors.map((a) => [a.id, a]));
}

/** x / y, or null when y is 0: shares and densities of empty sets are undefined, not zero. */
export function ratio(x: number, y: number): number | null {
  return y === 0 ? null : x / y;
}

/** The scope a result was computed on, as results echo it (`area` is the one area, if one). */
export function echoScope(scope: { areas?: readonly Area[]; sectors?: readonly Sector[]; neighbourhoods?: readonly string[] }) {
  const areas = [...(scope.areas ?? [])];
  return {
    area: areas.length === 1 ? areas[0]! : null,
    scope: { areas, sectors: [...(scope.sectors ?? [])], neighbourhoods: [...(scope.neighbourhoods ?? [])] },
  };
}
