// The figures of one round that a comparison sets side by side, each from the existing analytics
// on the round's own actor graph (existing ties: active and needs development): degree and
// betweenness per actor (centrality), the sector mixing matrix (gaps/mixing), and per sector the
// share of the actors outside it that have no active tie to it (gaps/reach).
//
// The graph is the typed-array form that link prediction reads too (kernel/actor-csr.ts, kept per
// snapshot), so a comparison builds each round's default actor graph once, not once per analytic.
import { EXISTING_STATUSES } from '../analytics/actor-graph.ts';
import { betweennessKernel } from '../analytics/centrality/betweenness.ts';
import { degreeKernel } from '../analytics/centrality/degree.ts';
import { mixingOfCsr, reachGapShares } from '../analytics/gaps/index.ts';
import { actorCsr } from '../analytics/kernel/actor-csr.ts';
import { toRecord } from '../analytics/kernel/csr.ts';
import type { Actor, Sector } from '../domain/schemas.ts';
import { SECTORS, ids } from '../domain/vocabulary.ts';
import type { GraphSnapshot } from '../store/port.ts';

export const SECTOR_ORDER = ids(SECTORS) as readonly Sector[];

/**
 * What a round's side sends back from its worker: the figures, without the round's actors — the
 * join reads both snapshots anyway, and a 10k-actor map was most of the bytes cloned between threads.
 */
export interface RoundMeasures {
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  mixing: ReturnType<typeof mixingOfCsr>;
  /** Per target sector: reachGaps' gapShare (null when no actor could reach it). */
  reachGapShare: Map<Sector, number | null>;
}

/** The measures with the round's actors (by id), as the join reads them. */
export type MeasuredRound = RoundMeasures & { actors: ReadonlyMap<string, Actor> };

export function measureRound(snapshot: GraphSnapshot, samples: number | null): RoundMeasures {
  // predictLinks' defaults ask for this same graph (wishes.ts), and find it built.
  const csr = actorCsr(snapshot, { statuses: EXISTING_STATUSES, includeForums: false });
  return {
    degree: toRecord(csr, degreeKernel(csr)),
    betweenness: toRecord(csr, betweennessKernel(csr, { samples })),
    mixing: mixingOfCsr(csr),
    reachGapShare: reachGapShares(snapshot, SECTOR_ORDER),
  };
}
