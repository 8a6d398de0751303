// Rounds on both stores: copying a round of 10 000 actors / 50 000 ties (one transaction each),
// and what the round scope costs a read: GET /api/graph through the short route (default round)
// against the same round named in the path, over real HTTP on loopback, as medians.
// Run: npx tsx bench/rounds.ts [embedded] [neo4j] [--small] [--reads] (NEO4J_URI/NEO4J_PASSWORD: an
// existing server, else one is started; --reads: import and time the reads only, without the copies).
// The store is wiped first: never point it at data you keep.
import { loadavg } from 'node:os';
import { buildApp } from '../server/app.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import type { Store } from '../server/store/port.ts';
import { roundPair } from '../test/compare/round-pairs.ts';
import { datasetOfSnapshot } from '../test/interchange/seed-snapshot.ts';
import { chosenStores, withStore } from './round-stores.ts';

/** --small: 2 000 actors / 10 000 ties, for a loaded machine. */
const size = process.argv.includes('--small') ? { actors: 2_000, ties: 10_000 } : { actors: 10_000, ties: 50_000 };
const readsOnly = process.argv.includes('--reads');
const sized = `${size.actors / 1000}k/${size.ties / 1000}k`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function graphOverhead(store: Store, name: string): Promise<void> {
  const app = await buildApp({ store, clientRoot: '/nonexistent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const get = async (path: string) => {
    const start = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return performance.now() - start;
  };
  const short = '/api/graph';
  const scoped = `/api/mappings/${LEGACY_REF.mapping}/rounds/${LEGACY_REF.round}/graph`;
  for (let i = 0; i < 3; i++) await Promise.all([get(short), get(scoped)]); // warm: JIT, snapshot cache
  const times = { short: [] as number[], scoped: [] as number[] };
  for (let i = 0; i < 15; i++) {
    times.short.push(await get(short));
    times.scoped.push(await get(scoped));
  }
  const [a, b] = [median(times.short), median(times.scoped)];
  console.log(
    `${name}: GET /api/graph (${sized}, cached) median ${ms(a)}; per-round path ${ms(b)} (${(((b - a) / a) * 100).toFixed(1)} %)`,
  );
  await app.close();
}

async function run(name: string, store: Store): Promise<void> {
  const dataset = datasetOfSnapshot(roundPair(42, { ...size, changes: 1, realisePredicted: 0 }).from);
  const start = performance.now();
  await store.round(LEGACY_REF).importDataset(dataset);
  console.log(`${name}: imported ${sized} in ${ms(performance.now() - start)}`);
  if (!readsOnly) await copies(name, store);
  await graphOverhead(store, name);
}

async function copies(name: string, store: Store): Promise<void> {
  let start = performance.now();
  await store.createRound(LEGACY_REF.mapping, {
    id: '2024',
    label: '2024',
    observedOn: '2024',
    sources: [],
    kind: 'observed',
    copyFrom: '2019',
  });
  console.log(`${name}: copied the round (one transaction) in ${ms(performance.now() - start)}`);
  start = performance.now();
  await store.createRound(LEGACY_REF.mapping, {
    id: 'scenario',
    label: 'What if',
    observedOn: '2024',
    sources: [],
    kind: 'scenario',
    copyFrom: '2019',
    realise: 'declared',
  });
  console.log(`${name}: copied it as a scenario with realise "declared" in ${ms(performance.now() - start)}`);
  const copied = await store.round({ mapping: LEGACY_REF.mapping, round: '2024' }).snapshot();
  console.log(`${name}: the copy holds ${copied.actors.length} actors, ${copied.collaborations.length} ties`);
  await store.deleteRound({ mapping: LEGACY_REF.mapping, round: '2024' });
  await store.deleteRound({ mapping: LEGACY_REF.mapping, round: 'scenario' });
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, ${process.version}`,
);
for (const name of chosenStores(process.argv.slice(2))) {
  await withStore(name, (store) => run(name === 'embedded' ? 'embedded (:memory:)' : name, store));
}
