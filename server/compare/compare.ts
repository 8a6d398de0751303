// compareRounds: two rounds of one mapping side by side — what changed in the ties, the actors,
// the forums and their memberships; the per-sector figures and the mixing matrix of both with
// their change; centrality rank movers and brokers gained and lost; and what became of the
// earlier round's wishes. Pure: the snapshots in, one CompareResult out. Actor and forum ids are
// stable across the rounds of a mapping; tie ids are kept by copied rounds (match.ts). Either
// side may be a scenario (a what-if): the result carries each side's kind and `scenario`, so no
// consumer can show a what-if as observed data.
import type { PredictedLink } from '../analytics/gaps/schemas.ts';
import type { CompareResult } from '../domain/compare-responses.ts';
import { brokerChange } from './brokers.ts';
import { rankMoves } from './centrality.ts';
import { actorsById, checkRound, roundRef, type RoundInput } from './common.ts';
import { matchTies } from './match.ts';
import { measureRound, type RoundMeasures } from './measures.ts';
import { resolveOptions, type CompareOptions } from './options.ts';
import { rosterChanges } from './roster.ts';
import { mixingChange, sectorFigures } from './sectors.ts';
import { tieChanges } from './ties.ts';
import { suggestionsToFollow, wishFollowUp } from './wishes.ts';

const MODULE = 'compareRounds';

/**
 * What a comparison computes from one round alone — its measures, and for the earlier round the
 * suggestions its wishes follow up (on the same actor graph) — so the two sides can run at once,
 * each in a worker of its own (routes/compare.ts), before joinSides sets them side by side.
 */
export interface RoundSide {
  measures: RoundMeasures;
  suggested: PredictedLink[];
}

/** `largest`: the larger round's actor count, which decides sampling (options.ts). */
export function compareSide(round: RoundInput, side: 'from' | 'to', largest: number, options: CompareOptions = {}): RoundSide {
  checkRound(MODULE, side, round);
  const opts = resolveOptions(MODULE, options, largest);
  return {
    measures: measureRound(round.snapshot, opts.samples),
    suggested: side === 'from' ? suggestionsToFollow(round.snapshot, opts.predicted) : [],
  };
}

/**
 * What a side depends on besides its round, as a key: a side kept per round version under it
 * (routes/compare.ts) serves every comparison of that round that would compute the same side.
 */
export function sideKey(side: 'from' | 'to', largest: number, options: CompareOptions = {}): string {
  const { samples, predicted } = resolveOptions(MODULE, options, largest);
  return JSON.stringify(['compareSide', side, samples, side === 'from' ? predicted : null]);
}

declare const compareJson: unique symbol;
/** A CompareResult as JSON text: what the join sends from its worker and the route replies with as is. */
export type CompareJson = string & { readonly [compareJson]: true };
export const toCompareJson = (result: CompareResult) => JSON.stringify(result) as CompareJson;
export const fromCompareJson = (json: CompareJson) => JSON.parse(json) as CompareResult;

export const largestRound = (from: RoundInput, to: RoundInput) => Math.max(from.snapshot.actors.length, to.snapshot.actors.length);

export function compareRounds(from: RoundInput, to: RoundInput, options: CompareOptions = {}): CompareResult {
  checkRound(MODULE, 'from', from);
  checkRound(MODULE, 'to', to);
  const largest = largestRound(from, to);
  return joinSides(from, to, [compareSide(from, 'from', largest, options), compareSide(to, 'to', largest, options)], options);
}

/** The comparison of two rounds whose sides (compareSide, with the same options) are computed. */
export function joinSides(
  from: RoundInput,
  to: RoundInput,
  [{ measures: fromMeasures, suggested }, { measures: toMeasures }]: readonly [RoundSide, RoundSide],
  options: CompareOptions = {},
): CompareResult {
  checkRound(MODULE, 'from', from);
  checkRound(MODULE, 'to', to);
  const opts = resolveOptions(MODULE, options, largestRound(from, to));
  const before = { ...fromMeasures, actors: actorsById(from.snapshot) };
  const after = { ...toMeasures, actors: actorsById(to.snapshot) };
  const matching = matchTies(from.snapshot, to.snapshot);
  const metric = (which: 'degree' | 'betweenness', samples: number | null) =>
    rankMoves({ values: before[which], actors: before.actors }, { values: after[which], actors: after.actors }, opts.top, samples);
  return {
    from: roundRef(from),
    to: roundRef(to),
    scenario: from.kind === 'scenario' || to.kind === 'scenario',
    ties: tieChanges(from.snapshot, to.snapshot, matching),
    roster: rosterChanges(from.snapshot, to.snapshot),
    sectors: sectorFigures(before, after),
    mixing: mixingChange(before, after),
    centrality: { betweenness: metric('betweenness', opts.samples), degree: metric('degree', null) },
    brokers: {
      limit: opts.brokers,
      skipped: opts.brokersSkipped,
      changes: opts.brokerPairs.map((pair) => brokerChange(from.snapshot, to.snapshot, pair, opts.brokers)),
    },
    wishes: wishFollowUp(from.snapshot, to.snapshot, matching, suggested),
  };
}
