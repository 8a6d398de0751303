// Comparing two rounds of 10 000 actors / 50 000 ties (server/compare/): a seeded earlier round and
// a follow-up made from it with a few hundred of each kind of change (test/compare/round-pairs.ts).
// Prints the cold time of compareRounds — the first call in the process, after the two rounds
// are read from their JSON (as a store's snapshot would be) — then a warm repeat, each phase on
// its own, and trend over the two rounds. The target for the compare route is ≤ 2 s cold
// including the reads on the embedded store, ≤ 4 s on Neo4j. Run: npx tsx bench/compare.ts [--full]
// (--full: exact betweenness and the brokers of every sector pair, which the comparison leaves
// out by default above 2 000 actors; minutes at this size; --quick: without the one broker pair
// and the trend, the slow extras, when only the comparison's own phases are wanted).
// With store names (`embedded`, `neo4j`; NEO4J_URI/NEO4J_PASSWORD as for rounds.ts, wiped first),
// it times the compare route itself instead, end to end on the real app: both rounds imported into
// the store, then the first GET …/compare (the rounds read from the store, both sides and the join
// on the worker threads, the JSON answer), the same after a write to the later round, then the
// two snapshot reads alone, as objects and as the JSON text the route reads (store/snapshot-json.ts);
// on a Neo4j this process starts, each figure names the server's (the JVM's) CPU time as well.
import { loadavg } from 'node:os';
import { buildApp } from '../server/app.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import { shareSnapshot } from '../server/analytics/shared-snapshot.ts';
import { WorkerPool } from '../server/analytics/worker-pool.ts';
import type { RoundTaskInput } from '../server/analytics/worker-protocol.ts';
import { brokerChange, CROSS_SECTOR_PAIRS } from '../server/compare/brokers.ts';
import { compareRounds, largestRound, type RoundSide, SAMPLED_SOURCES, trend } from '../server/compare/index.ts';
import { matchTies } from '../server/compare/match.ts';
import { measureRound, SECTOR_ORDER } from '../server/compare/measures.ts';
import { reachGapShares } from '../server/analytics/gaps/index.ts';
import { tieChanges } from '../server/compare/ties.ts';
import { suggestionsToFollow, wishFollowUp } from '../server/compare/wishes.ts';
import type { GraphSnapshot } from '../server/store/port.ts';
import { readSnapshotJson } from '../server/store/snapshot-json.ts';
import { roundPair } from '../test/compare/round-pairs.ts';
import { datasetOfSnapshot } from '../test/interchange/seed-snapshot.ts';
import { processCpuMs } from './process-cpu.ts';
import { type StoreName, withStore } from './round-stores.ts';

const full = process.argv.includes('--full');
const quick = process.argv.includes('--quick');
const routeStores = process.argv.slice(2).filter((a): a is StoreName => a === 'embedded' || a === 'neo4j');
const ms = (x: number) => `${x.toFixed(0)} ms`;
/** The value, the wall time and this process's CPU time: on a shared machine the CPU time wanders less. */
function timed<T>(fn: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return [value, performance.now() - start, (used.user + used.system) / 1000];
}

const made = timed(() => roundPair(42, { actors: 10_000, ties: 50_000, changes: 300, realisePredicted: 10 }));
const json = { from: JSON.stringify(made[0].from), to: JSON.stringify(made[0].to) };
console.log(
  `generated the pair in ${ms(made[1])} (load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, ${process.version})`,
);

/** The compare route on a store holding both rounds: cold, end to end, then the two snapshot reads alone. */
async function routeOn(name: StoreName): Promise<void> {
  await withStore(name, async (store, server) => {
    const timedRoute = <T>(fn: () => Promise<T>) => timedAsync(fn, server.pid);
    const later = { mapping: LEGACY_REF.mapping, round: '2024' };
    const start = performance.now();
    await store.round(LEGACY_REF).importDataset(datasetOfSnapshot(made[0].from));
    await store.createRound(LEGACY_REF.mapping, { id: later.round, label: '2024', observedOn: '2024', sources: [], kind: 'observed' });
    await store.round(later).importDataset(datasetOfSnapshot(made[0].to));
    console.log(`\n${name}: both rounds imported in ${ms(performance.now() - start)}`);
    // A budget for a shared, loaded machine: the figure wanted is the time taken, not a 422.
    const app = await buildApp({ store, clientRoot: '/nonexistent', analyticsBudgetMs: 600_000 });
    try {
      // A server that is up: its worker threads started (they start on first heavy use), no round read yet.
      const { pool } = app.analyticsOffload;
      await Promise.all(Array.from({ length: pool.size }, () => pool.run('busyWait', { ms: 50 })));
      const url = `/api/mappings/${LEGACY_REF.mapping}/compare?from=${LEGACY_REF.round}&to=${later.round}`;
      const [res, coldWall, coldCpu, coldServer] = await timedRoute(() => app.inject(url));
      if (res.statusCode !== 200) throw new Error(`compare: ${res.statusCode} ${res.body.slice(0, 200)}`);
      const answer = res.json() as { ties: { counts: { new: number } } };
      console.log(
        `${name}: GET …/compare, cold: ${ms(coldWall)} (CPU, all threads, ${ms(coldCpu)}; ` +
          `${(res.rawPayload.length / 1e6).toFixed(1)} MB, ${answer.ties.counts.new} new ties${serverPart(coldServer)})`,
      );
      // A write to the later round: the earlier round's side is kept (per round version), the later one read and measured anew.
      await store.round(later).deleteCollaboration(made[0].to.collaborations[0]!.id);
      const [, writtenWall, writtenCpu, writtenServer] = await timedRoute(() => app.inject(url));
      console.log(
        `${name}: GET …/compare after a write to the later round: ${ms(writtenWall)} (CPU, all threads, ${ms(writtenCpu)}${serverPart(writtenServer)})`,
      );
      // A write to each round: nothing is kept, both read and measured anew, on a server (and a
      // store) that has run a comparison already — a new question, without the start-up's cold code.
      await store.round(LEGACY_REF).deleteCollaboration(made[0].from.collaborations[1]!.id);
      await store.round(later).deleteCollaboration(made[0].to.collaborations[1]!.id);
      const [, bothWall, bothCpu, bothServer] = await timedRoute(() => app.inject(url));
      console.log(
        `${name}: GET …/compare after a write to both rounds: ${ms(bothWall)} (CPU, all threads, ${ms(bothCpu)}${serverPart(bothServer)})`,
      );
      const [, readWall, readCpu, readServer] = await timedRoute(() =>
        Promise.all([store.round(LEGACY_REF).snapshot(), store.round(later).snapshot()]),
      );
      console.log(
        `${name}: reading both rounds' snapshots again ${ms(readWall)} (CPU of this process ${ms(readCpu)}${serverPart(readServer)})`,
      );
      const [, textWall, textCpu, textServer] = await timedRoute(() =>
        Promise.all([readSnapshotJson(store.round(LEGACY_REF)), readSnapshotJson(store.round(later))]),
      );
      console.log(
        `${name}: … as JSON text, the compare route's read ${ms(textWall)} (CPU of this process ${ms(textCpu)}${serverPart(textServer)})`,
      );
    } finally {
      await app.close();
    }
  });
}

/** As timed, and the CPU time of the store's server (its JVM) where this process started it, else null. */
async function timedAsync<T>(fn: () => Promise<T>, serverPid?: number): Promise<[T, number, number, number | null]> {
  const cpu = process.cpuUsage();
  const serverBefore = processCpuMs(serverPid);
  const start = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  const serverAfter = processCpuMs(serverPid);
  const serverUsed = serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore;
  return [value, performance.now() - start, (used.user + used.system) / 1000, serverUsed];
}

const serverPart = (serverCpu: number | null): string => (serverCpu === null ? '' : `; the server's JVM ${ms(serverCpu)}`);

if (routeStores.length > 0) {
  for (const name of routeStores) await routeOn(name);
  process.exit(0);
}

const [[from, to], read, readCpu] = timed(() => [JSON.parse(json.from) as GraphSnapshot, JSON.parse(json.to) as GraphSnapshot] as const);
const sides = [
  { id: '2019', kind: 'observed' as const, snapshot: from },
  { id: '2024', kind: 'observed' as const, snapshot: to },
] as const;
const options = full ? { betweennessSamples: null, brokerPairs: CROSS_SECTOR_PAIRS.map(([a, b]) => [a, b] as [typeof a, typeof b]) } : {};
const [result, cold, coldCpu] = timed(() => compareRounds(sides[0], sides[1], options));
const [, warm, warmCpu] = timed(() => compareRounds(sides[0], sides[1], options));

console.log(`\n10 000 actors / 50 000 ties per round${full ? ', exact betweenness and every broker pair' : ''}`);
console.log(`  read both rounds (JSON.parse)       ${ms(read)} (CPU ${ms(readCpu)})`);
console.log(`  compareRounds, cold                 ${ms(cold)} (CPU ${ms(coldCpu)})   cold + read: ${ms(cold + read)}`);
console.log(`  compareRounds, warm                 ${ms(warm)} (CPU ${ms(warmCpu)})`);
console.log(
  `  found: ${result.ties.counts.new} new, ${result.ties.counts.ended} ended, ${result.ties.counts.statusChanged} status changes, ` +
    `${result.ties.counts.reRecorded} re-recorded; ${result.wishes.declared.total} wishes followed up; betweenness ` +
    `${result.centrality.betweenness.samples === null ? 'exact' : `from ${SAMPLED_SOURCES} sampled sources`}; brokers ${result.brokers.skipped ? 'skipped' : `${result.brokers.changes.length} pairs`}`,
);

const samples = full ? null : SAMPLED_SOURCES;
// A fresh copy of the earlier round: the actor graph compareRounds built for `from` is kept per
// snapshot (kernel/actor-csr.ts), so on `from` itself the phases would find it built. The
// measures build it and the wishes reuse it, as in a cold comparison.
const round = JSON.parse(json.from) as GraphSnapshot;
const [, ...measure] = timed(() => measureRound(round, samples));
const [, ...reach] = timed(() => reachGapShares(round, SECTOR_ORDER));
const [matching, ...match] = timed(() => matchTies(round, to));
const [, ...changes] = timed(() => tieChanges(round, to, matching));
const [, ...wishes] = timed(() => wishFollowUp(round, to, matching, suggestionsToFollow(round, 10)));
console.log('\nphases (warm)');
const both = ([wall, cpu]: number[]) => `${ms(wall!)} (CPU ${ms(cpu!)})`;
console.log(`  one round's measures (degree, betweenness, mixing, reach ×5)  ${both(measure)}`);
console.log(`    of which the reach gap shares, every sector                 ${both(reach)}`);
console.log(`  matching the ties                                             ${both(match)}`);
console.log(`  tie changes                                                   ${both(changes)}`);
console.log(`  wishes and suggestions (declared, predicted top 10)           ${both(wishes)}`);
if (!quick) {
  const [, ...onePair] = timed(() => brokerChange(from, to, ['civil_society', 'business'], 5));
  console.log(`  brokers of one sector pair, both rounds (not in the default)  ${both(onePair)}`);
  const [, ...trendTime] = timed(() => trend(sides));
  console.log(`\ntrend over the two rounds                                         ${both(trendTime)}`);
}

// The compare route's way (routes/compare.ts): on two worker threads, each round's side as a task
// of its own, the two at once, then the join — against the same three tasks one after another.
// Cold both times: fresh copies of the rounds, which the workers decode and measure anew.
const pool = new WorkerPool({ size: 2, defaultBudgetMs: 600_000 });
await Promise.all([pool.run('busyWait', { ms: 0 }), pool.run('busyWait', { ms: 0 })]); // threads loaded
const onPool = async (parallel: boolean) => {
  const copy = (i: 0 | 1): RoundTaskInput => ({ ...sides[i], snapshot: shareSnapshot(JSON.parse(i === 0 ? json.from : json.to)) });
  const rounds: [RoundTaskInput, RoundTaskInput] = [copy(0), copy(1)];
  const largest = largestRound(sides[0], sides[1]);
  const side = (i: 0 | 1) => pool.run('compareSide', { ...rounds[i], side: i === 0 ? 'from' : 'to', largest });
  const cpu = process.cpuUsage();
  const start = performance.now();
  const measured: [RoundSide, RoundSide] = parallel ? await Promise.all([side(0), side(1)]) : [await side(0), await side(1)];
  const sided = performance.now() - start;
  await pool.run('compareJoin', { rounds, sides: measured });
  const used = process.cpuUsage(cpu);
  return `${ms(performance.now() - start)} (sides ${ms(sided)}; CPU, all threads, ${ms((used.user + used.system) / 1000)})`;
};
console.log("\nthe route's tasks on two worker threads, cold");
console.log(`  sides one after the other, then the join                       ${await onPool(false)}`);
console.log(`  sides at once, then the join (the route)                       ${await onPool(true)}`);
await pool.close();
