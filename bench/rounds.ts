// Rounds on both stores: copying a round of 10 000 actors / 50 000 ties (one transaction each),
// and what the round scope costs a read: GET /api/graph through the short route (default round)
// against the same round named in the path, over real HTTP on loopback, as medians.
// Run: npx tsx bench/rounds.ts [embedded] [neo4j] [--small] (NEO4J_URI/NEO4J_PASSWORD: an existing server,
// else one is started). The store is wiped first: never point it at data you keep.
import { loadavg } from 'node:os';
import { buildApp } from '../server/app.ts';
import type { Dataset } from '../server/domain/inputs.ts';
import { ensureLegacyRound } from '../server/seed/load.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import type { Store } from '../server/store/port.ts';
import { startNeo4j } from '../scripts/neo4j/neo4j-local.mjs';
import { roundPair } from '../test/compare/round-pairs.ts';

const stores = process.argv.slice(2).filter((a) => a === 'embedded' || a === 'neo4j');
/** --small: 2 000 actors / 10 000 ties, for a loaded machine. */
const size = process.argv.includes('--small') ? { actors: 2_000, ties: 10_000 } : { actors: 10_000, ties: 50_000 };
const sized = `${size.actors / 1000}k/${size.ties / 1000}k`;
const chosen = stores.length > 0 ? stores : ['embedded', 'neo4j'];
const ms = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The earlier round of a seeded pair of `size`, as a dataset to import. */
function bigRound(): Dataset {
  const { from } = roundPair(42, { ...size, changes: 1, realisePredicted: 0 });
  const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  return {
    sources: from.sources,
    actors: from.actors.map(strip),
    forums: from.forums.map(strip),
    collaborations: from.collaborations.map(({ type: _t, ...tie }) => strip(tie)),
  };
}

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

async function run(name: string, store: Store, wipe: () => Promise<void>): Promise<void> {
  await wipe();
  await ensureLegacyRound(store);
  const dataset = bigRound();
  let start = performance.now();
  await store.round(LEGACY_REF).importDataset(dataset);
  console.log(`${name}: imported ${sized} in ${ms(performance.now() - start)}`);
  start = performance.now();
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
  await graphOverhead(store, name);
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, ${process.version}`,
);
if (chosen.includes('embedded')) {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  await run('embedded (:memory:)', store, () => store.clear());
  await store.close();
}
if (chosen.includes('neo4j')) {
  const given = process.env.NEO4J_URI?.trim();
  const server = given
    ? { uri: given, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', stop: async () => {} }
    : await startNeo4j();
  const store = new Neo4jStore({ uri: server.uri, user: server.user, password: server.password, maxRetryTimeMs: 60_000 });
  try {
    await store.init();
    await run('neo4j', store, () => store.wipe());
  } finally {
    await store.close();
    await server.stop();
  }
}
