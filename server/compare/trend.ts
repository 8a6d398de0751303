// trend: the gap report's headline figures for each round of a mapping, in the order given (the
// caller orders the rounds, by date as the rounds route lists them), for a chart or a script.
// Each point is computed on its own round with the report's own definitions (gaps/report.ts and
// gaps/mixing.ts); a scenario round is a point like any other, labelled by its kind.
import { gapReport, sectorMixing } from '../analytics/gaps/index.ts';
import type { TrendPoint, TrendResult } from '../domain/compare-responses.ts';
import type { CollaborationType } from '../domain/schemas.ts';
import { checkRound, fail, roundRef, type RoundInput } from './common.ts';

const MODULE = 'trend';

function point(round: RoundInput): TrendPoint {
  const report = gapReport(round.snapshot);
  const mixing = sectorMixing(round.snapshot);
  const typeShares = Object.fromEntries(report.typeShares.map((t) => [t.type, t.share])) as Record<CollaborationType, number | null>;
  const without = (w: { count: number; of: number }) => ({ count: w.count, of: w.of });
  return {
    round: roundRef(round),
    actors: report.graph.actors,
    collaborations: report.graph.collaborations,
    forums: report.graph.forums,
    existingTies: report.typeShares.reduce((sum, t) => sum + t.ties, 0),
    density: mixing.density,
    eiIndex: mixing.eiIndex,
    typeShares,
    withoutCivilSociety: without(report.withoutCivilSociety),
    withoutBusiness: without(report.withoutBusiness),
    declared: { ...report.declared.byStatus },
    findings: Object.fromEntries(report.findings.map((f) => [f.id, f.supported])),
  };
}

export function trend(rounds: readonly RoundInput[]): TrendResult {
  if (!Array.isArray(rounds)) fail(MODULE, 'expects a list of rounds');
  rounds.forEach((round, i) => {
    checkRound(MODULE, `rounds.${i}`, round);
  });
  const ids = new Set<string>();
  for (const round of rounds) {
    if (ids.has(round.id)) fail(MODULE, `round '${round.id}' is listed twice`);
    ids.add(round.id);
  }
  return { rounds: rounds.map(point), scenarios: rounds.filter((r) => r.kind === 'scenario').length };
}
