// Write throughput of the two stores through the port, as the API drives them: 500 actor
// creates in flight at once (each its own transaction, as 500 concurrent POSTs would be), then
// one import of a generated dataset, fresh and again unchanged. Prints writes/s with p50/p99
// latency, and rows/s.
//
// Run: npx tsx bench/store-writes.ts [--stores=embedded,neo4j] [--creates=500] [--actors=2000] [--ties=8000]
// Neo4j: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) points at a server you run; without it the
// script starts a throwaway one with scripts/neo4j/neo4j-local.mjs. Its database is wiped.
import { startNeo4j } from '../scripts/neo4j/neo4j-local.mjs';
import type { Dataset } from '../server/domain/inputs.ts';
import { AREAS, SECTORS } from '../server/domain/vocabulary.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import type { ActorRecord, GraphStore } from '../server/store/port.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import { ensureLegacyRound } from '../server/seed/load.ts';

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const stores = option('stores', 'embedded,neo4j').split(',');
const creates = Number(option('creates', '500'));
const actorCount = Number(option('actors', '2000'));
const tieCount = Number(option('ties', '8000'));

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

function actor(id: string, i: number): ActorRecord {
  const sector = SECTORS[i % SECTORS.length]!.id as ActorRecord['sector'];
  return {
    id,
    name: `Aktör ${i}`,
    sector,
    areas: [AREAS[i % AREAS.length]!.id as ActorRecord['areas'][number]],
    neighbourhoods: [],
    targetGroups: [],
    evidence: [],
  };
}

/** A seeded dataset: actors with one area each, ties between pseudo-random distinct pairs. */
function dataset(): Dataset {
  let seed = 42;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const actors = Array.from({ length: actorCount }, (_, i) => actor(`import-${i}`, i));
  const collaborations = Array.from({ length: tieCount }, (_, i) => {
    const source = random(actorCount);
    const target = (source + 1 + random(actorCount - 1)) % actorCount;
    return {
      id: `tie-${i}`,
      source: `import-${source}`,
      target: `import-${target}`,
      status: 'active' as const,
      areas: [],
      forms: [],
      directed: false,
      neighbourhoods: [],
      evidence: [],
    };
  });
  return { sources: [], actors, forums: [], collaborations };
}

async function concurrentCreates(store: GraphStore): Promise<string> {
  const latencies: number[] = [];
  const start = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: creates }, async (_, i) => {
      const t0 = performance.now();
      await store.createActor(actor(`bench-${i}`, i));
      latencies.push(performance.now() - t0);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const failed = results.filter((r) => r.status === 'rejected').length;
  return `${creates} concurrent creates: ${(creates / seconds).toFixed(0)} writes/s (${seconds.toFixed(2)} s), p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms${failed > 0 ? `, ${failed} failed` : ''}`;
}

async function importRows(store: GraphStore, label: string): Promise<string> {
  const data = dataset();
  const rows = data.actors.length + data.collaborations.length;
  const start = performance.now();
  const result = await store.importDataset(data);
  const seconds = (performance.now() - start) / 1000;
  return `import ${label} (${rows} rows, ${result.created} created, ${result.unchanged} unchanged): ${(rows / seconds).toFixed(0)} rows/s (${seconds.toFixed(2)} s)`;
}

async function run(name: string, store: GraphStore, reset: () => Promise<void>): Promise<void> {
  await reset();
  // Warm the connection pool, the query plans and the JIT on a few writes first.
  for (let i = 0; i < 20; i++) await store.createActor(actor(`warm-${i}`, i));
  await reset();
  console.log(`${name}: ${await concurrentCreates(store)}`);
  await reset();
  console.log(`${name}: ${await importRows(store, 'fresh')}`);
  console.log(`${name}: ${await importRows(store, 'again')}`);
}

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
    : await startNeo4j();
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
