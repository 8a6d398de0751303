// Helpers every gap analytic shares: the entry checks (snapshot shape, options merged over
// DEFAULTS and parsed by the module's schema, errors prefixed with the module name) and the small
// record shapes (actor references, status counts) the results are made of.
import type { z } from 'zod';
import { ReferenceError422, ValidationError } from '../../errors.ts';
import type { Actor, Area, Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import type { ActorRef, StatusCounts } from './schemas.ts';

/** Throw a 400 whose message names the module: `reachGaps: give exactly one of sector or type`. */
export function fail(module: string, message: string): never {
  throw new ValidationError(`${module}: ${message}`);
}

/** Throw a 422 for a well-formed option that names an actor that does not exist. */
export function unknownActor(module: string, id: string): never {
  throw new ReferenceError422(`${module}: actor '${id}' does not exist`, [{ path: 'actor', message: id }]);
}

export function checkSnapshot(module: string, snapshot: GraphSnapshot): void {
  if (snapshot === null || typeof snapshot !== 'object') fail(module, 'expects a graph snapshot');
  for (const key of ['actors', 'collaborations', 'forums'] as const) {
    if (!Array.isArray(snapshot[key])) fail(module, `expects a graph snapshot with a ${key} array`);
  }
}

/** Merge the caller's options over the module's DEFAULTS and parse them with its schema. */
export function parseOptions<S extends z.ZodType>(module: string, schema: S, defaults: Partial<z.input<S>>, options: unknown): z.output<S> {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    fail(module, 'options must be an object');
  }
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined));
  const parsed = schema.safeParse({ ...defaults, ...given });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0]!;
    throw new ValidationError(`${module}: ${first.path ? `${first.path}: ` : ''}${first.message}`, details);
  }
  return parsed.data;
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
