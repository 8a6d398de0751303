// HTTP load on the real server (server/main.ts in its own process, on loopback) for each store, with autocannon:
// point reads, list pages, cached analytics, uncached analytics on a 1k-actor graph, writes, a
// mixed profile, and /health while heavy analytics run. Prints req/s, p50/p99 latency and errors
// (connection errors, timeouts and answers other than 2xx) per scenario.
//
// Run: npx tsx bench/load.ts [--stores=embedded,neo4j] [--seconds=10] [--connections=20] [--actors=1000] [--ties=5000]
//      [--only=cached,health] (scenarios whose name holds one of these words; all by default)
// Neo4j: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) points at a server you run; without it the
// script starts a throwaway one with scripts/neo4j/neo4j-local.mjs. Its database is wiped.
// The server runs without a rate limit (autocannon is one address, and the limit would be what is
// measured): figures are for one API process on this machine, sharing it with autocannon.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request } from 'autocannon';
import { startNeo4j } from '../scripts/neo4j/neo4j-local.mjs';
import { ensureLegacyRound } from '../server/seed/load.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import { spawnServer } from '../test/support/server-process.ts';
import { benchDataset } from './dataset.ts';

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const stores = option('stores', 'embedded,neo4j').split(',');
const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '20'));
const actorCount = Number(option('actors', '1000'));
const tieCount = Number(option('ties', '5000'));
const only = option('only', '').split(',').filter(Boolean);
/** Whether a scenario runs: all by default, else those whose name holds one of the --only words. */
const chosen = (name: string): boolean => only.length === 0 || only.some((word) => name.includes(word));

/** How many heavy analytics requests run at once while /health is measured (the figure). */
const HEAVY_IN_FLIGHT = 20;
/** The top 20 by every centrality metric: the answer is computed once per graph version. */
const CACHED_ANALYTICS = '/api/analytics/centrality?limit=20';
/** A seed the cache has not seen makes every request a new computation (three metrics, top 20). */
let nextSeed = 1000;
const uncachedAnalytics = (): string => `/api/analytics/centrality?metrics=degree,betweenness,closeness&limit=20&seed=${nextSeed++}`;

let written = 0;
const writeRequest = (): Request => ({
  method: 'POST',
  path: '/api/actors',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ id: `load-${written}`, name: `Belastning ${written++}`, sector: 'civil_society' }),
});
const pointRead = (): Request => ({ method: 'GET', path: `/api/actors/import-${Math.floor(Math.random() * actorCount)}` });

interface Scenario {
  name: string;
  /** One request at a time, built afresh for each (autocannon's setupRequest). */
  next: () => Request;
}

/** Picks among weighted request makers: the mixed profile. */
function mix(parts: [number, () => Request][]): () => Request {
  const total = parts.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let pick = Math.random() * total;
    for (const [weight, make] of parts) {
      pick -= weight;
      if (pick < 0) return make();
    }
    return parts[0]![1]();
  };
}

const SCENARIOS: Scenario[] = [
  { name: 'point reads (GET /api/actors/:id)', next: pointRead },
  { name: 'list pages (GET /api/actors?limit=50)', next: () => ({ method: 'GET', path: '/api/actors?limit=50' }) },
  { name: `cached analytics (GET ${CACHED_ANALYTICS})`, next: () => ({ method: 'GET', path: CACHED_ANALYTICS }) },
  { name: 'uncached analytics (3 centralities, new seed each)', next: () => ({ method: 'GET', path: uncachedAnalytics() }) },
  { name: 'writes (POST /api/actors)', next: writeRequest },
  {
    name: 'mixed: 70% point, 15% list, 10% cached analytics, 5% writes',
    next: mix([
      [70, pointRead],
      [15, () => ({ method: 'GET', path: '/api/actors?limit=50' })],
      [10, () => ({ method: 'GET', path: CACHED_ANALYTICS })],
      [5, writeRequest],
    ]),
  },
];

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The statuses other than 2xx, e.g. "503×12". */
  statuses: string;
}

async function cannon(url: string, next: () => Request, options: { connections: number; seconds: number }): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses: Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `${code}×${count ?? 0}`)
      .join(' '),
  };
}

const row = (name: string, f: Figures): string =>
  `${name.padEnd(62)} ${f.perSecond.toFixed(0).padStart(7)} ${f.p50.toFixed(0).padStart(6)} ${f.p99.toFixed(0).padStart(6)} ${String(f.errors).padStart(7)} ${f.statuses}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** /health with one connection while HEAVY_IN_FLIGHT uncached analytics requests keep running. */
async function healthUnderHeavyLoad(url: string): Promise<Figures> {
  let running = true;
  const heavy = Array.from({ length: HEAVY_IN_FLIGHT }, async () => {
    // A client as the API asks callers to be: a 503 busy is retried after its Retry-After, not at
    // once (20 loops retrying at once would time the 503s' own cost, not the heavy work's).
    while (running) {
      const res = await fetch(url + uncachedAnalytics());
      await res.arrayBuffer();
      if (res.status === 503 && running) await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
    }
  });
  await sleep(1_000); // let the heavy requests pile up
  const health = await cannon(url, () => ({ method: 'GET', path: '/health' }), { connections: 1, seconds });
  running = false;
  await Promise.all(heavy);
  return health;
}

/** Until /health answers within 50 ms: what the last scenario left in flight has finished. */
async function settle(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const start = performance.now();
    await fetch(`${url}/health`).then((res) => res.arrayBuffer());
    if (performance.now() - start < 50) return;
    await sleep(200);
  }
}

/** The real server (server/main.ts) in its own process, so autocannon does not share its thread. */
async function run(name: string, env: Record<string, string>): Promise<void> {
  const server = await spawnServer({ SAMVERKAN_RATE_LIMIT: '0', SAMVERKAN_RATE_LIMIT_HEAVY: '0', ...env });
  const url = `http://127.0.0.1:${server.port}`;
  try {
    await server.logged(/ready|listening/i);
    const imported = await fetch(`${url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(benchDataset(actorCount, tieCount)),
    });
    if (!imported.ok) throw new Error(`import: ${imported.status} ${await imported.text()}`);
    console.log(`\n${name}: ${actorCount} actors, ${tieCount} ties; ${connections} connections, ${seconds} s each`);
    console.log(`${'scenario'.padEnd(62)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(6)} ${'p99 ms'.padStart(6)} ${'errors'.padStart(7)}`);
    // Warm the routes, the JIT and the cached answer before anything is timed.
    await cannon(
      url,
      mix([
        [1, pointRead],
        [1, () => ({ method: 'GET', path: CACHED_ANALYTICS })],
      ]),
      { connections, seconds: 2 },
    );
    for (const scenario of SCENARIOS.filter((s) => chosen(s.name))) {
      // The cached scenario must find its answer cached: writes in earlier scenarios moved the version.
      await fetch(url + CACHED_ANALYTICS).then((res) => res.arrayBuffer());
      console.log(row(scenario.name, await cannon(url, scenario.next, { connections, seconds })));
      await settle(url);
    }
    const health = `GET /health, 1 connection, ${HEAVY_IN_FLIGHT} heavy analytics in flight`;
    if (chosen(health)) console.log(row(health, await healthUnderHeavyLoad(url)));
  } finally {
    server.dispose();
  }
}

// Wall-clock figures depend on what else the machine runs.
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);

if (stores.includes('embedded')) {
  // The default round the /api routes answer from, made before the server opens the file.
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-load-'));
  const file = join(dir, 'load.db');
  const store = new EmbeddedStore({ file });
  await store.init();
  await ensureLegacyRound(store);
  await store.close();
  try {
    await run('embedded (file)', { SAMVERKAN_DATA: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (stores.includes('neo4j')) {
  const given = process.env.NEO4J_URI?.trim();
  const server = given
    ? { uri: given, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', stop: async () => {} }
    : await startNeo4j();
  try {
    const store = new Neo4jStore({ uri: server.uri, user: server.user, password: server.password });
    await store
      .wipe()
      .then(() => ensureLegacyRound(store))
      .finally(() => store.close());
    await run('neo4j', { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password });
  } finally {
    await server.stop();
  }
}
