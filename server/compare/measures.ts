// The figures of one round that a comparison sets side by side, each from the existing analytics
// on the round's own actor graph (existing ties: active and needs development): degree and
// betweenness per actor (centrality), the sector mixing matrix (gaps/mixing), and per sector the
// share of the actors outside it that have no active tie to it (gaps/reach).
import { buildActorGraph } from '../analytics/actor-graph.ts';
import { betweenness } from '../analytics/centrality/betweenness.ts';
import { degree } from '../analytics/centrality/degree.ts';
import { mixingOfGraph, reachGapShares } from '../analytics/gaps/index.ts';
import type { Actor, Sector } from '../domain/schemas.ts';
import { SECTORS, ids } from '../domain/vocabulary.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { actorsById } from './common.ts';

export const SECTOR_ORDER = ids(SECTORS) as readonly Sector[];

export interface RoundMeasures {
  actors: Map<string, Actor>;
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  mixing: ReturnType<typeof mixingOfGraph>;
  /** Per target sector: reachGaps' gapShare (null when no actor could reach it). */
  reachGapShare: Map<Sector, number | null>;
}

export function measureRound(snapshot: GraphSnapshot, samples: number | null): RoundMeasures {
  const graph = buildActorGraph(snapshot);
  return {
    actors: actorsById(snapshot),
    degree: degree(graph),
    betweenness: betweenness(graph, { samples }),
    mixing: mixingOfGraph(graph),
    reachGapShare: reachGapShares(snapshot, SECTOR_ORDER),
  };
}
