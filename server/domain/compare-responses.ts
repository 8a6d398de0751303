// The shapes of a comparison of two rounds of one mapping and of a trend over its rounds
// (server/compare/): the schemas the compare and trend routes will put into the OpenAPI document
// and the explorer will read. The result types are z.infer of these, so the pure functions, the
// routes and the client share one definition. Every number is finite or null: results are JSON.
import { z } from 'zod';
import { Area, CollaborationType, Form, Sector, Status } from './schemas.ts';

const Count = z.int().min(0);
const Share = z.number().min(0).max(1);

export const RoundKind = z.enum(['observed', 'scenario']).meta({ id: 'RoundKind' });
export type RoundKind = z.infer<typeof RoundKind>;

/** One side of a comparison or one point of a trend, as the result names it. */
export const RoundRef = z
  .object({
    id: z.string(),
    label: z.string().nullable(),
    date: z.string().nullable(),
    kind: RoundKind.describe('a scenario is a what-if, never observed data: label it as such'),
    version: z.int(),
  })
  .meta({ id: 'CompareRoundRef' });
export type RoundRef = z.infer<typeof RoundRef>;

/** A figure in both rounds and its change (to − from); null where either side is undefined. */
export const Delta = z
  .object({ from: z.number().nullable(), to: z.number().nullable(), change: z.number().nullable() })
  .meta({ id: 'CompareDelta' });
export type Delta = z.infer<typeof Delta>;

export const CompareActor = z.object({ id: z.string(), name: z.string(), sector: Sector }).meta({ id: 'CompareActor' });
export type CompareActor = z.infer<typeof CompareActor>;

export const CompareTie = z
  .object({
    id: z.string(),
    source: CompareActor,
    target: CompareActor,
    type: CollaborationType,
    status: Status,
    areas: z.array(Area),
  })
  .meta({ id: 'CompareTie' });
export type CompareTie = z.infer<typeof CompareTie>;

export const STATUS_CHANGE_KINDS = ['gap_closed', 'strengthened', 'weakened', 'lapsed', 'revived'] as const;
export const StatusChangeKind = z.enum(STATUS_CHANGE_KINDS).meta({ id: 'StatusChangeKind' });
export type StatusChangeKind = z.infer<typeof StatusChangeKind>;

const Pair = <T extends z.ZodType>(item: T) => z.object({ from: item, to: item });

export const TieChanges = z
  .object({
    counts: z.object({
      new: Count,
      ended: Count,
      reRecorded: Count,
      statusChanged: Count,
      gapsClosed: Count,
      strengthened: Count,
      weakened: Count,
      attributesChanged: Count,
      unchanged: Count.describe('ties in both rounds with the same status, areas, forms and strength'),
    }),
    new: z.array(CompareTie).describe('ties of the later round, not ended, that the earlier one did not have (new wishes included)'),
    ended: z
      .array(
        CompareTie.extend({
          how: z.enum(['removed', 'status_ended']).describe('gone from the later round, or kept with status ended'),
        }),
      )
      .describe('ties of the earlier round, not ended (wishes included), that the later round lost or ended; `status` is the earlier one'),
    reRecorded: z
      .array(z.object({ from: z.string(), to: z.string() }))
      .describe(
        'a tie with a new id that takes the place of one the earlier round had and the later one ended or lost: same two actors, ' +
          'sharing an area (or both naming none) — the one-tie-per-pair-and-area rule. Compared as one tie from then on.',
      ),
    statusChanged: z.array(
      z
        .object({ tie: CompareTie, from: Status, to: Status, kind: StatusChangeKind })
        .describe(
          'desired → active or needs development: gap closed; needs development → active: strengthened; active → needs ' +
            'development: weakened; existing → desired: lapsed; ended → any other: revived',
        ),
    ),
    attributesChanged: z.array(
      z.object({
        tie: CompareTie,
        areas: Pair(z.array(Area)).nullable(),
        forms: Pair(z.array(Form)).nullable(),
        strength: Pair(z.int().nullable()).nullable(),
      }),
    ),
  })
  .meta({ id: 'CompareTieChanges' });
export type TieChanges = z.infer<typeof TieChanges>;

export const RosterChanges = z
  .object({
    actors: z.object({
      joined: z.array(CompareActor),
      left: z.array(CompareActor),
      sectorChanged: z.array(z.object({ actor: CompareActor, from: Sector, to: Sector })),
    }),
    forums: z.object({
      joined: z.array(z.object({ id: z.string(), name: z.string() })),
      left: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    memberships: z.object({
      joined: z.array(z.object({ forumId: z.string(), actorId: z.string() })),
      left: z.array(z.object({ forumId: z.string(), actorId: z.string() })),
    }),
  })
  .meta({ id: 'CompareRosterChanges' });
export type RosterChanges = z.infer<typeof RosterChanges>;

export const SectorFigures = z
  .object({
    sector: Sector,
    actors: Delta,
    meanDegree: Delta.describe('mean number of actors each actor of the sector has an existing tie to'),
    tieShare: Delta.describe('share of the tied pairs (existing ties) with an actor of the sector'),
    eiIndex: Delta.describe('(external − internal) / (external + internal) existing ties'),
    reachGapShare: Delta.describe('share of the actors outside the sector with no active tie to it'),
  })
  .meta({ id: 'CompareSectorFigures' });
export type SectorFigures = z.infer<typeof SectorFigures>;

export const MixingChange = z
  .object({
    actors: Delta,
    ties: Delta,
    density: Delta,
    eiIndex: Delta,
    cells: z.array(z.object({ a: Sector, b: Sector, ties: Delta, possiblePairs: Delta, density: Delta, relativeDensity: Delta })),
  })
  .meta({ id: 'CompareMixing' });
export type MixingChange = z.infer<typeof MixingChange>;

const Ranked = z.object({ rank: z.int().min(1), value: z.number() });
export const RankMove = z
  .object({
    actor: CompareActor,
    from: Ranked.nullable().describe('null: not in the earlier round'),
    to: Ranked.nullable().describe('null: not in the later round'),
    change: z.int().nullable().describe('places gained (positive) or lost; null when in one round only'),
  })
  .meta({ id: 'CompareRankMove' });
export type RankMove = z.infer<typeof RankMove>;

export const MetricMoves = z
  .object({
    samples: z.int().nullable().describe('betweenness estimated from this many sampled sources; null: exact'),
    risers: z.array(RankMove),
    fallers: z.array(RankMove),
    entered: z.array(RankMove).describe('actors that joined and rank among the top of the later round'),
    exited: z.array(RankMove).describe('actors that left and ranked among the top of the earlier round'),
  })
  .meta({ id: 'CompareMetricMoves' });
export type MetricMoves = z.infer<typeof MetricMoves>;

export const BrokerChange = z
  .object({
    from: Sector,
    to: Sector,
    gained: z.array(CompareActor),
    lost: z.array(CompareActor),
    kept: z.array(CompareActor),
  })
  .meta({ id: 'CompareBrokerChange' });
export type BrokerChange = z.infer<typeof BrokerChange>;

export const WISH_OUTCOMES = ['realised', 'improved', 'unchanged', 'worsened', 'dropped', 'actor_left'] as const;
export const WishOutcome = z.enum(WISH_OUTCOMES).meta({ id: 'WishOutcome' });
export type WishOutcome = z.infer<typeof WishOutcome>;

export const PREDICTION_OUTCOMES = ['realised', 'declared', 'not_realised', 'actor_left'] as const;
export const PredictionOutcome = z.enum(PREDICTION_OUTCOMES).meta({ id: 'PredictionOutcome' });
export type PredictionOutcome = z.infer<typeof PredictionOutcome>;

export const PairShare = z
  .object({ a: Sector, b: Sector, total: Count, realised: Count, share: Share.nullable() })
  .meta({ id: 'CompareRealisedByPair' });
export type PairShare = z.infer<typeof PairShare>;

const Tally = { total: Count, realised: Count, share: Share.nullable(), byPair: z.array(PairShare) };

export const WishFollowUp = z
  .object({
    declared: z.object({
      ...Tally,
      byOutcome: z.partialRecord(WishOutcome, Count),
      items: z.array(
        z.object({
          tie: CompareTie.describe('the wish as the earlier round recorded it'),
          outcome: WishOutcome,
          now: Status.nullable().describe('the best status between the two actors in the later round, in an area of the wish'),
          via: z.string().nullable().describe('the tie of the later round that decided the outcome'),
        }),
      ),
    }),
    predicted: z.object({
      ...Tally,
      byOutcome: z.partialRecord(PredictionOutcome, Count),
      items: z.array(
        z.object({
          source: CompareActor,
          target: CompareActor,
          adamicAdar: z.number().min(0),
          outcome: PredictionOutcome,
          now: Status.nullable(),
        }),
      ),
    }),
    overall: z.object(Tally).describe('both lists together; a predicted pair that was also wished for counts in each'),
  })
  .meta({ id: 'CompareWishFollowUp' });
export type WishFollowUp = z.infer<typeof WishFollowUp>;

export const CompareResult = z
  .object({
    from: RoundRef,
    to: RoundRef,
    scenario: z.boolean().describe('true when either side is a scenario: the figures are what-if, not observed'),
    ties: TieChanges,
    roster: RosterChanges,
    sectors: z.array(SectorFigures),
    mixing: MixingChange,
    centrality: z.object({ betweenness: MetricMoves, degree: MetricMoves }),
    brokers: z.object({
      limit: Count.describe('how many top brokers of each round are compared per sector pair'),
      skipped: z.boolean().describe('true when no sector pair was compared because the rounds are too large for it by default'),
      changes: z.array(BrokerChange),
    }),
    wishes: WishFollowUp,
  })
  .meta({ id: 'CompareResult' });
export type CompareResult = z.infer<typeof CompareResult>;

export const TrendPoint = z
  .object({
    round: RoundRef,
    actors: Count,
    collaborations: Count,
    forums: Count,
    existingTies: Count.describe('collaborations with status active or needs development'),
    density: Share.nullable().describe('tied pairs over possible pairs on the actor graph'),
    eiIndex: z.number().min(-1).max(1).nullable().describe('the whole graph: (cross-sector − same-sector) / all tied pairs'),
    typeShares: z.record(CollaborationType, Share.nullable()).describe('share of the existing ties of each type'),
    withoutCivilSociety: z.object({ count: Count, of: Count }),
    withoutBusiness: z.object({ count: Count, of: Count }),
    declared: z.partialRecord(Status, Count),
    findings: z.record(z.string(), z.union([z.boolean(), z.literal('partly')])),
  })
  .meta({ id: 'TrendPoint' });
export type TrendPoint = z.infer<typeof TrendPoint>;

export const TrendResult = z
  .object({
    rounds: z.array(TrendPoint).describe('in the order the rounds were given'),
    scenarios: z.int().min(0).describe('how many of the rounds are scenarios'),
  })
  .meta({ id: 'TrendResult' });
export type TrendResult = z.infer<typeof TrendResult>;
