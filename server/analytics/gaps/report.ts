// One summary of the gap analytics (docs/domain.md, "Missing-link gaps"): the shares of existing ties
// by type, the weakest sector pairs, the actors with no active civil-society or business tie,
// the top declared and predicted gaps — and the findings that test the source report's prose
// against these figures (report-findings.ts). `toMarkdown` renders it for people.
//
// Everything is computed on the snapshot as it is, optionally within the scope's areas and
// neighbourhoods (actor-graph.ts), with every sector in it: the findings, type shares and mixing
// never change with `sectors`, since a claim about the network cannot be tested on a part cut
// out by sector (municipal ties alone are "all internal" by construction). `sectors` limits the
// lists — actors without civil-society or business ties, declared gaps, predicted links, the
// weakest sector pairs — to actors (pairs) of those sectors, as the gap routes do, and the report
// says so (scope.sectors; a line in the Markdown). The findings' verdicts follow from the
// figures, and nothing is written in advance.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { CollaborationType, Sector } from '../../domain/schemas.ts';
import { COLLABORATION_TYPES, ids } from '../../domain/vocabulary.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { buildActorGraph, EXISTING_STATUSES, scopeRules, type ActorScope } from '../actor-graph.ts';
import { actorIndex, checkSnapshot, countStatus, echoScope, ratio } from './common.ts';
import { parseOptions } from '../kernel/options.ts';
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

// biome-ignore lint/suspicious/noRedeclare: the caller's type (defaults optional) shares its name with the zod schema that parses it
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
  const place: ActorScope = { areas: opts.areas, neighbourhoods: opts.neighbourhoods };
  const sectors = opts.sectors;
  const echo = echoScope({ ...place, sectors });
  const actors = actorIndex(snapshot);
  const rules = scopeRules(place);

  const ties: (TypedTie & { id: string })[] = [];
  for (const c of snapshot.collaborations) {
    const a = actors.get(c.source);
    const b = actors.get(c.target);
    if (!a || !b || !rules.tieInPlace(c, a, b)) continue;
    ties.push({ id: c.id, type: collaborationType(a.sector, b.sector), status: c.status, forms: c.forms });
  }

  const existing = ties.filter((t) => EXISTING_STATUSES.includes(t.status));
  const typeShares = TYPE_ORDER.map((type) => {
    const ofType = existing.filter((t) => t.type === type);
    const byStatus = {};
    for (const t of ofType) countStatus(byStatus, t.status);
    return { type, ties: ofType.length, share: ratio(ofType.length, existing.length), byStatus };
  });

  const mixing = sectorMixing(snapshot, place);
  const ofSectors = (sector: Sector) => sectors === undefined || sectors.includes(sector);
  // Between sectors only: isolation within a sector is the E-I index's business.
  const weakestPairs = mixing.cells
    .filter((c) => c.a !== c.b && c.relativeDensity !== null && (ofSectors(c.a) || ofSectors(c.b)))
    .sort((a, b) => a.relativeDensity! - b.relativeDensity! || b.possiblePairs - a.possiblePairs)
    .slice(0, opts.top);

  const without = (sector: 'civil_society' | 'business') => {
    const reach = reachGaps(snapshot, { sector, ...place, actorSectors: sectors });
    return {
      count: reach.gaps.length,
      of: reach.candidates,
      actors: reach.gaps.map((g) => ({ id: g.actor.id, name: g.actor.name, sector: g.actor.sector })),
    };
  };

  const declared = declaredGaps(snapshot, { ...place, sectors });
  const predicted = predictLinks(snapshot, { ...place, sectors, limit: opts.top, crossSector: true });

  const context: FindingContext = {
    area: echo.area,
    ties,
    mixing,
    graph: buildActorGraph(snapshot, place),
    graphWithForums: buildActorGraph(snapshot, { ...place, includeForums: true, forumWeight: opts.forumWeight }),
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
