// Write throughput of the two stores through the port, as the API drives them: 500 actor
// creates in flight at once (each its own transaction, as 500 concurrent POSTs would be), then
// the same number with a steady --inflight writers at a time, then one import of a generated
// dataset, fresh and again unchanged. Prints writes/s with p50/p99 latency, this process's CPU
// per write, and rows/s.
//
// Latency of the burst is mostly queueing: the last of 500 writes started together waits for the
// 499 before it (Little's law: p50 ≈ 250 / rate). A p99 target means something at a steady load,
// which is what the second figure measures.
//
// Run: npx tsx bench/store-writes.ts [--stores=embedded,neo4j] [--creates=500] [--inflight=32] [--actors=2000] [--ties=8000] [--phases=burst,steady,import] [--warmup=1000]
// Neo4j: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) points at a server you run (--server-pid=N
// adds its CPU per write); without it the script starts a throwaway one with
// scripts/neo4j/neo4j-local.mjs. Its database is wiped.
import { cpus, loadavg } from 'node:os';
import { startNeo4j } from '../scripts/neo4j/neo4j-local.mjs';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../server/store/port.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import { ensureLegacyRound } from '../server/seed/load.ts';
import { benchActor, benchDataset } from './dataset.ts';
import { processCpuMs } from './process-cpu.ts';

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const stores = option('stores', 'embedded,neo4j').split(',');
const creates = Number(option('creates', '500'));
const inflight = Number(option('inflight', '32'));
const actorCount = Number(option('actors', '2000'));
const tieCount = Number(option('ties', '8000'));
/** Which parts to run: the burst, the steady writers, the import (all unless --phases says). */
const phases = option('phases', 'burst,steady,import').split(',');
/** Creates run before any figure: a started Neo4j is given the C2 compiler, which needs a few thousand to settle. */
const warmup = Number(option('warmup', '1000'));

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** The Neo4j JVM, when this script started it or --server-pid names it: its CPU per write is reported too. */
let serverPid = process.argv.some((a) => a.startsWith('--server-pid=')) ? Number(option('server-pid', '')) : undefined;

/** `creates` actor creates, at most `width` in flight at a time, each timed from its start. */
async function timedCreates(store: GraphStore, prefix: string, width: number): Promise<string> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const reasons = new Map<string, number>();
  const cpu = process.cpuUsage();
  const serverCpu = processCpuMs(serverPid);
  const start = performance.now();
  const writer = async (): Promise<void> => {
    for (let i = next++; i < creates; i = next++) {
      const t0 = performance.now();
      try {
        await store.createActor(benchActor(`${prefix}-${i}`, i));
        latencies.push(performance.now() - t0);
      } catch (error) {
        failed++;
        const reason = error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : String(error);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, creates) }, writer));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuPerWrite = (used.user + used.system) / 1000 / creates;
  const serverUsed = serverCpu === null ? null : (processCpuMs(serverPid) ?? serverCpu) - serverCpu;
  return (
    `${(creates / seconds).toFixed(0)} writes/s (${seconds.toFixed(2)} s), p50 ${percentile(latencies, 0.5).toFixed(0)} ms, ` +
    `p99 ${percentile(latencies, 0.99).toFixed(0)} ms, CPU/write: client ${cpuPerWrite.toFixed(1)} ms` +
    `${serverUsed === null ? '' : `, server ${(serverUsed / creates).toFixed(1)} ms`}${failed > 0 ? `, ${failed} failed (${[...reasons].map(([r, n]) => `${n}× ${r}`).join('; ')})` : ''}`
  );
}

async function importRows(store: GraphStore, label: string): Promise<string> {
  const data = benchDataset(actorCount, tieCount);
  const rows = data.actors.length + data.collaborations.length;
  const cpu = process.cpuUsage();
  const serverCpu = processCpuMs(serverPid);
  const start = performance.now();
  const result = await store.importDataset(data);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const serverUsed = serverCpu === null ? null : (processCpuMs(serverPid) ?? serverCpu) - serverCpu;
  return (
    `import ${label} (${rows} rows, ${result.created} created, ${result.unchanged} unchanged): ${(rows / seconds).toFixed(0)} rows/s ` +
    `(${seconds.toFixed(2)} s), CPU per 1000 rows: client ${((used.user + used.system) / rows).toFixed(0)} ms` +
    `${serverUsed === null ? '' : `, server ${((serverUsed * 1000) / rows).toFixed(0)} ms`}`
  );
}

async function run(name: string, store: GraphStore, reset: () => Promise<void>): Promise<void> {
  await reset();
  // Warm the connection pool, the query plans and the JIT first, --inflight writers at a time.
  let warmed = 0;
  const warmer = async (): Promise<void> => {
    for (let i = warmed++; i < warmup; i = warmed++) await store.createActor(benchActor(`warm-${i}`, i));
  };
  await Promise.all(Array.from({ length: inflight }, warmer));
  if (phases.includes('burst')) {
    await reset();
    console.log(`${name}: ${creates} creates all in flight: ${await timedCreates(store, 'burst', creates)}`);
  }
  if (phases.includes('steady')) {
    await reset();
    console.log(`${name}: ${creates} creates, ${inflight} in flight: ${await timedCreates(store, 'steady', inflight)}`);
  }
  if (phases.includes('import')) {
    await reset();
    console.log(`${name}: ${await importRows(store, 'fresh')}`);
    console.log(`${name}: ${await importRows(store, 'again')}`);
  }
}

// Wall-clock figures depend on what else the machine runs; CPU per write much less so.
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);

if (stores.includes('embedded')) {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  await ensureLegacyRound(store);
  await run('embedded (:memory:)', store.round(LEGACY_REF), async () => {
    await store.clear();
    await ensureLegacyRound(store);
  });
  await store.close();
}

if (stores.includes('neo4j')) {
  const given = process.env.NEO4J_URI?.trim();
  const server = given
    ? { uri: given, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', stop: async () => {} }
    : await startNeo4j({ longLived: true });
  if ('pid' in server) serverPid = server.pid;
  const store = new Neo4jStore({ uri: server.uri, user: server.user, password: server.password });
  try {
    await store.init();
    await ensureLegacyRound(store);
    await run('neo4j', store.round(LEGACY_REF), async () => {
      await store.wipe();
      await ensureLegacyRound(store);
    });
  } finally {
    await store.close();
    await server.stop();
  }
}
