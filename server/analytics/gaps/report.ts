// One summary of the gap analytics (DOMAIN.md, "Missing-link gaps"): the shares of existing ties
// by type, the weakest sector pairs, the actors with no active civil-society or business tie,
// the top declared and predicted gaps — and the findings that test the source report's prose
// against these figures (report-findings.ts). `toMarkdown` renders it for people.
//
// Everything is computed on the snapshot as it is, optionally within a scope (areas, sectors,
// neighbourhoods; actor-graph.ts), which each part applies as its own analytic does — the reach
// lists ask the scope's actors about civil society and business wherever those are. The
// findings' verdicts follow from the figures, and nothing is written in advance.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { CollaborationType } from '../../domain/schemas.ts';
import { COLLABORATION_TYPES, ids } from '../../domain/vocabulary.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { buildActorGraph, EXISTING_STATUSES, tieInScope, type ActorScope } from '../actor-graph.ts';
import { actorIndex, checkSnapshot, countStatus, echoScope, parseOptions, ratio } from './common.ts';
import { declaredGaps } from './declared.ts';
import { sectorMixing } from './mixing.ts';
import { predictLinks } from './predicted.ts';
import { reachGaps } from './reach.ts';
import {
  lackingOrWished,
  mostlyInternal,
  stateFundingProjects,
  weaklyTiedIn,
  type FindingContext,
  type TypedTie,
} from './report-findings.ts';
import { GapReportOptions, type GapReport } from './schemas.ts';

export { toMarkdown } from './report-markdown.ts';

const MODULE = 'gapReport';
const TYPE_ORDER = ids(COLLABORATION_TYPES) as readonly CollaborationType[];

export interface GapReportOptions extends ActorScope {
  /** How many items each top list holds. */
  top?: number | undefined;
  /** Weight of a shared forum where forums are projected (the with-forums variant). */
  forumWeight?: number | undefined;
}

export const REPORT_DEFAULTS = { top: 5 };

export function gapReport(snapshot: GraphSnapshot, options: GapReportOptions = {}): GapReport {
  checkSnapshot(MODULE, snapshot);
  const opts = parseOptions(MODULE, GapReportOptions, REPORT_DEFAULTS, options);
  const scope: ActorScope = { areas: opts.areas, sectors: opts.sectors, neighbourhoods: opts.neighbourhoods };
  const echo = echoScope(scope);
  const actors = actorIndex(snapshot);

  const ties: (TypedTie & { id: string })[] = [];
  for (const c of snapshot.collaborations) {
    const a = actors.get(c.source);
    const b = actors.get(c.target);
    if (!a || !b || !tieInScope(scope, c, a, b)) continue;
    ties.push({ id: c.id, type: collaborationType(a.sector, b.sector), status: c.status, forms: c.forms });
  }

  const existing = ties.filter((t) => EXISTING_STATUSES.includes(t.status));
  const typeShares = TYPE_ORDER.map((type) => {
    const ofType = existing.filter((t) => t.type === type);
    const byStatus = {};
    for (const t of ofType) countStatus(byStatus, t.status);
    return { type, ties: ofType.length, share: ratio(ofType.length, existing.length), byStatus };
  });

  const mixing = sectorMixing(snapshot, scope);
  // Between sectors only: isolation within a sector is the E-I index's business.
  const weakestPairs = mixing.cells
    .filter((c) => c.a !== c.b && c.relativeDensity !== null)
    .sort((a, b) => a.relativeDensity! - b.relativeDensity! || b.possiblePairs - a.possiblePairs)
    .slice(0, opts.top);

  const without = (sector: 'civil_society' | 'business') => {
    const reach = reachGaps(snapshot, { sector, areas: scope.areas, actorSectors: scope.sectors, neighbourhoods: scope.neighbourhoods });
    return {
      count: reach.gaps.length,
      of: reach.candidates,
      actors: reach.gaps.map((g) => ({ id: g.actor.id, name: g.actor.name, sector: g.actor.sector })),
    };
  };

  const declared = declaredGaps(snapshot, scope);
  const predicted = predictLinks(snapshot, { ...scope, limit: opts.top, crossSector: true });

  const context: FindingContext = {
    area: echo.area,
    ties,
    mixing,
    graph: buildActorGraph(snapshot, scope),
    graphWithForums: buildActorGraph(snapshot, { ...scope, includeForums: true, forumWeight: opts.forumWeight }),
  };

  return {
    ...echo,
    graph: {
      version: snapshot.version,
      actors: snapshot.actors.length,
      collaborations: snapshot.collaborations.length,
      forums: snapshot.forums.length,
    },
    typeShares,
    weakestPairs,
    withoutCivilSociety: without('civil_society'),
    withoutBusiness: without('business'),
    declared: {
      total: declared.total,
      byStatus: declared.byStatus,
      topActors: declared.byActor.slice(0, opts.top).map(({ actor, total, byStatus }) => ({ actor, total, byStatus })),
      ties: declared.ties.slice(0, opts.top),
    },
    predicted: predicted.predictions,
    findings: [
      weaklyTiedIn(context),
      lackingOrWished(context, 'civil_society'),
      lackingOrWished(context, 'business'),
      stateFundingProjects(context),
      mostlyInternal(context),
    ],
  };
}
