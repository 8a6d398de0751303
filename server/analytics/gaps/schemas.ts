// The shapes of the gap analytics (docs/domain.md, "Missing-link gaps"): what each function accepts
// as options (after its DEFAULTS are merged in; plain objects, so a route can `.partial()` or
// `.extend()` them for its query string) and what it returns. The result types are z.infer of these schemas, so the route
// layer can put the very same schemas into the OpenAPI document, and tests can parse a result
// to prove it is what the document promises. Every number is finite or null: results are JSON.
import { z } from 'zod';
import { Area, CollaborationType, Form, Sector, Slug, Status } from '../../domain/schemas.ts';

const Count = z.int().min(0);
const Share = z.number().min(0).max(1);
const StatusList = z
  .array(Status)
  .min(1)
  .refine((xs) => new Set(xs).size === xs.length, 'must not list the same status twice');

export const ActorRef = z.object({ id: Slug, name: z.string(), sector: Sector }).meta({ id: 'GapActorRef' });
export type ActorRef = z.infer<typeof ActorRef>;

/** Counts of ties by status: `{active: 3, desired: 1}`; statuses with no tie are left out. */
export const StatusCounts = z.partialRecord(Status, Count).meta({ id: 'GapStatusCounts' });
export type StatusCounts = z.infer<typeof StatusCounts>;

const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1).optional();

/**
 * The part of the network analysed (ActorScope in actor-graph.ts, where the rules are): areas and
 * neighbourhoods say where; on the gap analytics `sectors` only says whose answers are shown.
 */
const scopeOptions = {
  areas: nonEmpty(Area).describe('only ties serving any of these areas, and the actors working in one or tied by such a tie'),
  sectors: nonEmpty(Sector).describe('whose answers are shown (each analytic says how); never removes a tie from the graph it runs on'),
  neighbourhoods: nonEmpty(z.string().min(1)).describe(
    'only ties in one of these neighbourhoods (named on the tie, or where its actors are located when it names none) and the actors located in one or tied by such a tie; names match by placeKey',
  ),
};

const graphOptions = {
  ...scopeOptions,
  includeForums: z.boolean().describe('count shared forum membership as a tie'),
};

/** What a result says it was computed on: the scope asked for, echoed (empty lists: no filter). */
export const GapScope = z
  .object({
    areas: z.array(Area),
    sectors: z
      .array(Sector)
      .describe(
        'the sectors the answer is limited to: whose rows, ties, suggestions, brokers or list entries are shown (on /api/gaps/reach: the sectors of the actors asked, actorSector); figures are computed with every sector in scope',
      ),
    neighbourhoods: z.array(z.string()),
  })
  .meta({ id: 'GapScope' });

const scopeEcho = {
  area: Area.nullable().describe('the area when exactly one was asked for; null for none or several (see scope.areas)'),
  scope: GapScope,
};

// ---------------------------------------------------------------------------------------------
// 1. Reach gaps

export const ReachGapsOptions = z
  .object({
    sector: Sector.optional().describe('the sector to be reached (give sector or type)'),
    type: CollaborationType.optional().describe('the collaboration type to be had (give sector or type)'),
    areas: graphOptions.areas,
    neighbourhoods: scopeOptions.neighbourhoods.describe(
      'only ask actors located in one of these neighbourhoods, or tied in one; only ties in one of them count as reaching',
    ),
    includeForums: graphOptions.includeForums,
    statuses: StatusList.describe('which tie statuses count as reaching; default active'),
    actorSectors: nonEmpty(Sector).describe('only ask actors of these sectors (in the scope); partners reached may be of any sector'),
  })
  .meta({ id: 'ReachGapsOptions' });

export const ReachGap = z
  .object({
    actor: ActorRef.extend({ areas: z.array(Area) }),
    ties: z.object({
      total: Count.describe('ties in scope (its areas and neighbourhoods), any status'),
      byStatus: StatusCounts,
      byType: z.partialRecord(CollaborationType, StatusCounts),
    }),
    towardTarget: StatusCounts.describe('ties to the target that do not count (e.g. desired)'),
    sharedForums: z.array(z.string()).describe('forums the actor shares with the target'),
  })
  .meta({ id: 'ReachGap' });

export const ReachGapsResult = z
  .object({
    target: z.object({ kind: z.enum(['sector', 'type']), value: z.string() }),
    ...scopeEcho,
    statuses: z.array(Status),
    includeForums: z.boolean(),
    candidates: Count.describe('actors that could have such a tie at all'),
    reached: Count,
    gapShare: Share.nullable(),
    gaps: z.array(ReachGap),
  })
  .meta({ id: 'ReachGapsResult' });
export type ReachGapsResult = z.infer<typeof ReachGapsResult>;

// ---------------------------------------------------------------------------------------------
// 2. Mixing matrix

export const SectorMixingOptions = z
  .object({ ...graphOptions, statuses: StatusList.describe('which statuses are ties; default active and needs_development') })
  .meta({ id: 'SectorMixingOptions' });

export const MixingCell = z
  .object({
    a: Sector,
    b: Sector,
    ties: Count,
    possiblePairs: Count,
    density: Share.nullable(),
    relativeDensity: z.number().min(0).nullable().describe('density / whole-graph density'),
  })
  .meta({ id: 'MixingCell' });
export type MixingCell = z.infer<typeof MixingCell>;

export const SectorMixingRow = z
  .object({
    sector: Sector,
    actors: Count,
    internalTies: Count,
    externalTies: Count,
    eiIndex: z.number().min(-1).max(1).nullable().describe('(external - internal) / (external + internal)'),
  })
  .meta({ id: 'SectorMixingRow' });

export const SectorMixingResult = z
  .object({
    ...scopeEcho,
    statuses: z.array(Status),
    includeForums: z.boolean(),
    actors: Count,
    ties: Count,
    density: Share.nullable(),
    eiIndex: z.number().min(-1).max(1).nullable(),
    sectors: z.array(SectorMixingRow),
    cells: z.array(MixingCell).describe('one per unordered sector pair, a <= b in vocabulary order'),
  })
  .meta({ id: 'SectorMixingResult' });
export type SectorMixingResult = z.infer<typeof SectorMixingResult>;

// ---------------------------------------------------------------------------------------------
// 3. Declared gaps

export const DeclaredGapsOptions = z
  .object({
    statuses: StatusList.describe('default desired and needs_development'),
    ...scopeOptions,
    type: CollaborationType.optional(),
    actor: Slug.optional().describe('only ties of this actor'),
  })
  .meta({ id: 'DeclaredGapsOptions' });

export const EvidenceNote = z.object({ sourceId: z.string(), locator: z.string(), note: z.string() }).meta({ id: 'GapEvidenceNote' });

export const DeclaredTie = z
  .object({
    id: z.string(),
    status: Status,
    type: CollaborationType,
    source: ActorRef,
    target: ActorRef,
    areas: z.array(Area),
    forms: z.array(Form),
    description: z.string().nullable(),
    evidence: z.array(EvidenceNote),
  })
  .meta({ id: 'DeclaredTie' });
export type DeclaredTie = z.infer<typeof DeclaredTie>;

export const DeclaredGapsResult = z
  .object({
    ...scopeEcho,
    statuses: z.array(Status),
    total: Count,
    byStatus: StatusCounts,
    ties: z.array(DeclaredTie),
    byActor: z.array(
      z.object({
        actor: ActorRef,
        total: Count,
        byStatus: StatusCounts,
        ties: z.array(z.object({ id: z.string(), other: ActorRef, status: Status, areas: z.array(Area) })),
      }),
    ),
    byArea: z.array(
      z.object({
        area: Area.nullable().describe('null: ties with no area recorded'),
        total: Count,
        byStatus: StatusCounts,
        tieIds: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'DeclaredGapsResult' });
export type DeclaredGapsResult = z.infer<typeof DeclaredGapsResult>;

// ---------------------------------------------------------------------------------------------
// 4. Predicted links

export const LINK_SCORES = ['adamicAdar', 'resourceAllocation', 'jaccard'] as const;
export const LinkScore = z.enum(LINK_SCORES).meta({ id: 'LinkScore' });
export type LinkScore = z.infer<typeof LinkScore>;

export const PredictedLinksOptions = z
  .object({
    ...graphOptions,
    statuses: StatusList.describe('which statuses are ties; default active and needs_development'),
    limit: z.int().min(1).max(10_000),
    actor: Slug.optional().describe('top pairs for this actor'),
    crossSector: z.boolean().describe('only pairs of different sectors'),
    crossSectorFirst: z.boolean().describe('rank cross-sector pairs above same-sector ones'),
    sortBy: LinkScore,
    excludeHierarchy: z.boolean().describe('leave out pairs of a unit and any actor above or below it in the unit hierarchy'),
  })
  .meta({ id: 'PredictedLinksOptions' });

export const PredictedLink = z
  .object({
    source: ActorRef,
    target: ActorRef,
    crossSector: z.boolean(),
    scores: z.object({ adamicAdar: z.number().min(0), resourceAllocation: z.number().min(0), jaccard: Share }),
    sharedNeighbours: z.array(ActorRef.extend({ degree: Count })),
    sharedAreas: z.array(Area),
    declared: z.array(Status).describe('statuses of recorded ties between the pair that are not counted as ties'),
  })
  .meta({ id: 'PredictedLink' });
export type PredictedLink = z.infer<typeof PredictedLink>;

export const PredictedLinksResult = z
  .object({
    ...scopeEcho,
    statuses: z.array(Status),
    includeForums: z.boolean(),
    actor: z.string().nullable(),
    sortBy: LinkScore,
    crossSector: z.boolean(),
    crossSectorFirst: z.boolean(),
    candidates: Count.describe('unlinked pairs within two hops that passed the filters'),
    predictions: z.array(PredictedLink),
  })
  .meta({ id: 'PredictedLinksResult' });
export type PredictedLinksResult = z.infer<typeof PredictedLinksResult>;

// ---------------------------------------------------------------------------------------------
// 5. Brokers

export const BrokersOptions = z
  .object({
    from: z.string().min(1).describe('an actor id or a sector'),
    to: z.string().min(1).describe('an actor id or a sector'),
    ...graphOptions,
    statuses: StatusList.describe('which statuses are ties; default active and needs_development'),
    limit: z.int().min(1).max(1000).describe('how many brokers'),
    paths: z.int().min(0).max(100).describe('how many example paths'),
  })
  .meta({ id: 'BrokersOptions' });

export const BrokerGroup = z.object({ kind: z.enum(['actor', 'sector']), value: z.string(), actors: Count }).meta({ id: 'BrokerGroup' });

export const Broker = z
  .object({
    actor: ActorRef,
    group: z.enum(['from', 'to']).nullable(),
    betweenness: z.number().min(0).describe('networkx betweenness_centrality_subset(normalized=False)'),
    share: Share.describe('fraction of the group-to-group shortest paths through this actor'),
    constraint: z.number().min(0).nullable().describe("Burt's constraint; low = broker"),
    degree: Count,
  })
  .meta({ id: 'Broker' });

export const BrokersResult = z
  .object({
    from: BrokerGroup,
    to: BrokerGroup,
    ...scopeEcho,
    statuses: z.array(Status),
    includeForums: z.boolean(),
    pairs: Count.describe('(from, to) pairs of distinct actors'),
    connectedPairs: Count,
    directTies: Count,
    distance: z.object({ min: z.int().nullable(), mean: z.number().nullable() }),
    paths: z.array(z.object({ length: z.int().min(1), actors: z.array(ActorRef) })),
    brokers: z.array(Broker),
  })
  .meta({ id: 'BrokersResult' });
export type BrokersResult = z.infer<typeof BrokersResult>;

// ---------------------------------------------------------------------------------------------
// 6. Report

export const GapReportOptions = z
  .object({
    ...scopeOptions,
    top: z.int().min(1).max(100).describe('how many items each top list holds'),
    forumWeight: z.number().positive().optional(),
  })
  .meta({ id: 'GapReportOptions' });

const Figure = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const Finding = z
  .object({
    id: z.string(),
    claim: z.string(),
    claimSv: z.string().describe('the claim in Swedish'),
    supported: z.union([z.boolean(), z.literal('partly')]),
    figures: z.record(z.string(), Figure),
    explanation: z.string(),
    explanationSv: z.string().describe('the explanation in Swedish'),
  })
  .meta({ id: 'GapFinding' });
export type Finding = z.infer<typeof Finding>;

export const TypeShare = z
  .object({ type: CollaborationType, ties: Count, share: Share.nullable(), byStatus: StatusCounts })
  .meta({ id: 'GapTypeShare' });

export const GapReport = z
  .object({
    ...scopeEcho,
    graph: z.object({ version: z.int(), actors: Count, collaborations: Count, forums: Count }),
    typeShares: z.array(TypeShare).describe('existing ties (active, needs_development) by type'),
    weakestPairs: z.array(MixingCell).describe('cross-sector cells, least dense relative to the graph first'),
    withoutCivilSociety: z.object({ count: Count, of: Count, actors: z.array(ActorRef) }),
    withoutBusiness: z.object({ count: Count, of: Count, actors: z.array(ActorRef) }),
    declared: z.object({
      total: Count,
      byStatus: StatusCounts,
      topActors: z.array(z.object({ actor: ActorRef, total: Count, byStatus: StatusCounts })),
      ties: z.array(DeclaredTie),
    }),
    predicted: z.array(PredictedLink),
    findings: z.array(Finding),
  })
  .meta({ id: 'GapReport' });
export type GapReport = z.infer<typeof GapReport>;
