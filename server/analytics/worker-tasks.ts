// What a worker thread does for each task of the protocol (worker-protocol.ts). Every handler is
// a pure function of structured-cloneable input, so the same code also runs in the calling thread
// when a request is too small to be worth a worker (offload.ts).
import { brandesAccumulate } from './centrality/betweenness.ts';
import { harmonicSums } from './centrality/closeness.ts';
import { computeColumns } from './centrality/table.ts';
import { brokers, declaredGaps, gapReport, predictLinks, reachGaps, sectorMixing } from './gaps/index.ts';
import { communityGroups, structureOfGraph, typedSnapshot } from './graph-tasks.ts';
import type { RoundTaskInput, TaskHandlers } from './worker-protocol.ts';
import { compareSide, joinSides, toCompareJson, trend } from '../compare/index.ts';
import { resolveSnapshot } from './shared-snapshot.ts';
import { parseImport } from '../interchange/parse-import.ts';
import { packImport } from '../interchange/packed-import.ts';

const roundOf = (round: RoundTaskInput) => ({ ...round, snapshot: resolveSnapshot(round.snapshot) });

export const TASKS: TaskHandlers = {
  betweenness: (input) => brandesAccumulate(input.csr, input.sources, input.weighted, { from: input.from, to: input.to }),
  closeness: (input) => harmonicSums(input.csr, input.weighted, { from: input.from, to: input.to }),
  columns: (input) => computeColumns(input.csr, input.query, input.metrics),
  reach: (input) => reachGaps(typedSnapshot(input), input.options),
  mixing: (input) => sectorMixing(typedSnapshot(input), input.options),
  declared: (input) => declaredGaps(typedSnapshot(input), input.options),
  predicted: (input) => predictLinks(typedSnapshot(input), input.options),
  brokers: (input) => brokers(typedSnapshot(input), input.options),
  report: (input) => gapReport(typedSnapshot(input), input.options),
  communities: communityGroups,
  compareSide: ({ side, largest, ...round }) => compareSide(roundOf(round), side, largest),
  compareJoin: ({ rounds: [from, to], sides }) => toCompareJson(joinSides(roundOf(from), roundOf(to), sides)),
  trend: ({ rounds }) => trend(rounds.map(roundOf)),
  structure: structureOfGraph,
  parseImport: async ({ bytes, fileName, options }) => packImport(await parseImport(bytes, fileName, options)),
  busyWait: (input) => {
    const end = performance.now() + input.ms;
    let spins = 0;
    while (performance.now() < end) spins++;
    return spins;
  },
};
