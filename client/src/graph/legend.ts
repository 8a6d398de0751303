// The legend is derived from the display graph and the appearance context, never written by
// hand: it lists exactly the sectors, tie types and statuses that are on the map now.
import type { CollaborationType, Sector, Status } from '../domain.ts';
import { SECTOR_IDS, STATUS_IDS, TYPE_IDS } from '../domain.ts';
import { countChanges, TIE_CHANGES, type ActorChange, type TieChange } from './compare.ts';
import {
  CHANGE_COLORS,
  COMEMBERSHIP_COLOR,
  FORUM_COLOR,
  GAP_BORDER,
  MEMBERSHIP_COLOR,
  PART_OF_COLOR,
  PREDICTED_COLOR,
  SECTOR_COLORS,
  STATUS_STYLE,
  TYPE_COLORS,
  UNCHANGED_ALPHA,
} from './colors.ts';
import { COMEMBERSHIP_ALPHA, PART_OF_ALPHA, PREDICTED_ALPHA, type AppearanceContext } from './appearance.ts';
import { isGroupActor, type DataGraph } from './model.ts';

export interface LegendModel {
  sectors: Array<{ id: Sector; color: string; count: number }>;
  forums: { color: string; count: number } | null;
  types: Array<{ id: CollaborationType; color: string; count: number }>;
  statuses: Array<{ id: Status; edgeType: 'line' | 'dashed' | 'dotted'; alpha: number; count: number }>;
  memberships: { color: string; count: number } | null;
  /** alpha: the opacity the map draws these ties with. */
  comemberships: { color: string; alpha: number; count: number } | null;
  predicted: { color: string; alpha: number; count: number } | null;
  /** Units' "part of" lines to their parents. */
  partOf: { color: string; alpha: number; count: number } | null;
  outlined: { color: string; count: number } | null;
  /** Actors that stand for a group of organisations (isGroupActor). */
  groups: { color: string; count: number } | null;
  /** The metric that sizes nodes, or null when sizes are uniform. */
  sizeMetric: string | null;
  /** The compare view's tie changes on the map (empty outside it), drawn as the map draws them. */
  changes: Array<{ id: TieChange; color: string; alpha: number; edgeType: 'line' | 'dashed'; count: number }>;
  /** The compare view's actors that joined or left. */
  actorChanges: Array<{ id: ActorChange; color: string; count: number }>;
}

function changeLines(graph: DataGraph, ctx: AppearanceContext): Pick<LegendModel, 'changes' | 'actorChanges'> {
  if (!ctx.changes) return { changes: [], actorChanges: [] };
  const counts = countChanges(graph, ctx.changes);
  const actors: Record<ActorChange, number> = { joined: 0, left: 0 };
  graph.forEachNode((n) => {
    const change = ctx.changes!.actors.get(n);
    if (change) actors[change]++;
  });
  return {
    changes: TIE_CHANGES.filter((c) => counts[c] > 0).map((id) => ({
      id,
      color: CHANGE_COLORS[id],
      alpha: id === 'unchanged' ? UNCHANGED_ALPHA : 1,
      edgeType: id === 'ended' ? 'dashed' : 'line',
      count: counts[id],
    })),
    actorChanges: (['joined', 'left'] as const)
      .filter((c) => actors[c] > 0)
      .map((id) => ({ id, color: CHANGE_COLORS[id], count: actors[id] })),
  };
}

export function legendModel(graph: DataGraph, ctx: AppearanceContext, sizeMetric: string | null): LegendModel {
  const sectors = new Map<string, number>();
  const types = new Map<string, number>();
  const statuses = new Map<string, number>();
  let forums = 0;
  let memberships = 0;
  let comemberships = 0;
  let predicted = 0;
  let partOf = 0;
  let outlined = 0;
  let groups = 0;
  graph.forEachNode((n, a) => {
    if (isGroupActor(a)) groups++;
    if (a.kind === 'forum') forums++;
    else sectors.set(a.sector, (sectors.get(a.sector) ?? 0) + 1);
    if (ctx.outlined.has(n)) outlined++;
  });
  graph.forEachEdge((_e, a) => {
    if (a.kind === 'collaboration') {
      types.set(a.type, (types.get(a.type) ?? 0) + 1);
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    } else if (a.kind === 'membership') memberships++;
    else if (a.kind === 'comembership') comemberships++;
    else if (a.kind === 'partOf') partOf++;
    else predicted++;
  });
  const some = (color: string, count: number) => (count > 0 ? { color, count } : null);
  return {
    sectors: SECTOR_IDS.filter((s) => sectors.has(s)).map((id) => ({ id, color: SECTOR_COLORS[id], count: sectors.get(id)! })),
    forums: some(FORUM_COLOR, forums),
    types: TYPE_IDS.filter((t) => types.has(t)).map((id) => ({ id, color: TYPE_COLORS[id], count: types.get(id)! })),
    statuses: STATUS_IDS.filter((s) => statuses.has(s)).map((id) => ({ id, ...STATUS_STYLE[id], count: statuses.get(id)! })),
    memberships: some(MEMBERSHIP_COLOR, memberships),
    comemberships: comemberships > 0 ? { color: COMEMBERSHIP_COLOR, alpha: COMEMBERSHIP_ALPHA, count: comemberships } : null,
    predicted: predicted > 0 ? { color: PREDICTED_COLOR, alpha: PREDICTED_ALPHA, count: predicted } : null,
    partOf: partOf > 0 ? { color: PART_OF_COLOR, alpha: PART_OF_ALPHA, count: partOf } : null,
    outlined: some(GAP_BORDER, outlined),
    groups: some(FORUM_COLOR, groups),
    sizeMetric,
    ...changeLines(graph, ctx),
  };
}
