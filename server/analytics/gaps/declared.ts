// Declared gaps (docs/domain.md, gaps 3): the ties the sources themselves name as missing — `desired`
// (somebody wants it and it does not exist yet) and `needs_development` (exists but falls short)
// — grouped by actor and by area, each with the other actor and the evidence notes, so a planner
// reads what was said and where.
//
// A tie is listed once in `ties`; `byActor` lists it under both of its actors (under the asked
// actor only, when `actor` is given), `byArea` under each area it serves (area null when it
// names none). Types are derived from the actors' current sectors. Groups are ordered by size.
// The scope's areas and neighbourhoods keep the ties in place (the scope rule, docs/domain.md).
// `sectors` keeps the ties with at least one actor of those sectors — a wished-for tie between the
// municipality and civil society is the municipality's gap too — and lists under `byActor` only
// the actors of those sectors.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { Actor, Area, Collaboration, CollaborationType, Sector, Status } from '../../domain/schemas.ts';
import { AREAS, STATUSES, ids } from '../../domain/vocabulary.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { scopeRules, type ActorScope } from '../actor-graph.ts';
import { actorIndex, actorRef, checkSnapshot, countStatus, echoScope, unknownActor } from './common.ts';
import { parseOptions } from '../kernel/options.ts';
import { DeclaredGapsOptions, type DeclaredGapsResult, type DeclaredTie, type StatusCounts } from './schemas.ts';

const MODULE = 'declaredGaps';
const STATUS_ORDER = ids(STATUSES) as readonly Status[];
const AREA_ORDER = ids(AREAS) as readonly Area[];

// biome-ignore lint/suspicious/noRedeclare: the caller's type (defaults optional) shares its name with the zod schema that parses it
export interface DeclaredGapsOptions extends ActorScope {
  statuses?: readonly Status[] | undefined;
  type?: CollaborationType | undefined;
  actor?: string | undefined;
}

export const DECLARED_DEFAULTS = {
  statuses: ['desired', 'needs_development'] as Status[],
};

type DeclaredOpts = ReturnType<typeof parseDeclared>;
const parseDeclared = (options: DeclaredGapsOptions) => parseOptions(MODULE, DeclaredGapsOptions, DECLARED_DEFAULTS, options);
const ofSectors = (opts: DeclaredOpts, sector: Sector) => opts.sectors === undefined || opts.sectors.includes(sector);

/** The ties declaredGaps lists, in its order (status, then id), with their actors and derived type. */
function selectDeclared(snapshot: GraphSnapshot, opts: DeclaredOpts, actors: ReadonlyMap<string, Actor>) {
  const statuses = new Set<Status>(opts.statuses);
  const rules = scopeRules({ areas: opts.areas, neighbourhoods: opts.neighbourhoods });
  const selected: { tie: Collaboration; source: Actor; target: Actor; type: CollaborationType }[] = [];
  for (const c of snapshot.collaborations) {
    const source = actors.get(c.source);
    const target = actors.get(c.target);
    if (!source || !target || !statuses.has(c.status) || !rules.tieInPlace(c, source, target)) continue;
    if (!ofSectors(opts, source.sector) && !ofSectors(opts, target.sector)) continue;
    if (opts.actor !== undefined && c.source !== opts.actor && c.target !== opts.actor) continue;
    const type = collaborationType(source.sector, target.sector);
    if (opts.type !== undefined && type !== opts.type) continue;
    selected.push({ tie: c, source, target, type });
  }
  const rank = (status: Status) => STATUS_ORDER.indexOf(status);
  return selected.sort((a, b) => rank(a.tie.status) - rank(b.tie.status) || (a.tie.id < b.tie.id ? -1 : 1));
}

/** The ties declaredGaps(snapshot, options) lists, as recorded, without its groups: for a caller that follows each one up (compare/wishes.ts). */
export function declaredTies(snapshot: GraphSnapshot, options: DeclaredGapsOptions = {}): Collaboration[] {
  checkSnapshot(MODULE, snapshot);
  return selectDeclared(snapshot, parseDeclared(options), actorIndex(snapshot)).map(({ tie }) => tie);
}

export function declaredGaps(snapshot: GraphSnapshot, options: DeclaredGapsOptions = {}): DeclaredGapsResult {
  checkSnapshot(MODULE, snapshot);
  const opts = parseDeclared(options);
  const actors = actorIndex(snapshot);
  if (opts.actor !== undefined && !actors.has(opts.actor)) unknownActor(MODULE, opts.actor);
  const ties: DeclaredTie[] = selectDeclared(snapshot, opts, actors).map(({ tie: c, source, target, type }) => ({
    id: c.id,
    status: c.status,
    type,
    source: actorRef(source),
    target: actorRef(target),
    areas: [...c.areas],
    forms: [...c.forms],
    description: c.description ?? null,
    evidence: c.evidence.map((e) => ({ sourceId: e.sourceId, locator: e.locator, note: e.note })),
  }));

  const byStatus: StatusCounts = {};
  const actorGroups = new Map<string, DeclaredGapsResult['byActor'][number]>();
  const areaGroups = new Map<Area | null, DeclaredGapsResult['byArea'][number]>();
  for (const tie of ties) {
    countStatus(byStatus, tie.status);
    for (const [self, other] of [
      [tie.source, tie.target],
      [tie.target, tie.source],
    ] as const) {
      if ((opts.actor !== undefined && self.id !== opts.actor) || !ofSectors(opts, self.sector)) continue;
      let group = actorGroups.get(self.id);
      if (!group) {
        group = { actor: self, total: 0, byStatus: {}, ties: [] };
        actorGroups.set(self.id, group);
      }
      group.total++;
      countStatus(group.byStatus, tie.status);
      group.ties.push({ id: tie.id, other, status: tie.status, areas: tie.areas });
    }
    for (const area of tie.areas.length > 0 ? tie.areas : [null]) {
      let group = areaGroups.get(area);
      if (!group) {
        group = { area, total: 0, byStatus: {}, tieIds: [] };
        areaGroups.set(area, group);
      }
      group.total++;
      countStatus(group.byStatus, tie.status);
      group.tieIds.push(tie.id);
    }
  }

  const areaRank = (a: Area | null) => (a === null ? AREA_ORDER.length : AREA_ORDER.indexOf(a));
  return {
    ...echoScope(opts),
    statuses: [...opts.statuses],
    total: ties.length,
    byStatus,
    ties,
    byActor: [...actorGroups.values()].sort((a, b) => b.total - a.total || (a.actor.id < b.actor.id ? -1 : 1)),
    byArea: [...areaGroups.values()].sort((a, b) => b.total - a.total || areaRank(a.area) - areaRank(b.area)),
  };
}
