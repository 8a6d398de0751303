// /health latency while 20 heavy analytics requests run on a 5,000-actor synthetic graph, over real
// HTTP on loopback: what a monitoring probe sees while someone hammers the gap routes. The heavy
// requests differ (limit=1..20), so the result cache cannot share them; the queue bound decides
// how many compute and how many are told to come back (503 busy).
// Run: npx tsx bench/health-under-load.ts [actors] [ties] [--inline]
// (--inline computes every answer in the request thread, as before the worker pool took them.)
import { buildApp } from '../server/app.ts';
import { Dataset } from '../server/domain/inputs.ts';
import { ensureLegacyRound } from '../server/seed/load.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import { syntheticDataset } from '../test/http/synthetic-dataset.ts';

const [actors = 5000, ties = 20_000] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map(Number);
const inline = process.argv.includes('--inline');
const HEAVY = 20;

const store = new EmbeddedStore({ file: ':memory:' });
await store.init();
await ensureLegacyRound(store);
await store.round(LEGACY_REF).importDataset(Dataset.parse(syntheticDataset(actors, ties)));
const app = await buildApp({ store, clientRoot: '/nonexistent', analyticsOffload: inline ? { inlineBelow: Infinity } : {} });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
const base = `http://127.0.0.1:${port}`;
await app.analyticsPool.warm();

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function timed(path: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const res = await fetch(base + path);
  await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status };
}

const started = performance.now();
const statuses = new Map<number, number>();
let running = HEAVY;
const heavy = Array.from({ length: HEAVY }, (_, i) =>
  timed(`/api/gaps/brokers?from=civil_society&to=state&limit=${i + 1}`).then(({ status }) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    running--;
  }),
);
const health: number[] = [];
while (running > 0) {
  health.push((await timed('/health')).ms);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
await Promise.all(heavy);
const elapsed = performance.now() - started;

console.log(
  `${actors} actors, ${ties} ties; ${HEAVY} brokers requests at once; ${inline ? 'computed in the request thread' : `worker pool of ${app.analyticsPool.size}`}`,
);
console.log(`heavy answers: ${[...statuses].map(([status, n]) => `${n} × ${status}`).join(', ')} in ${(elapsed / 1000).toFixed(1)} s`);
console.log(
  `/health during the load: ${health.length} probes, p50 ${percentile(health, 0.5).toFixed(1)} ms, p99 ${percentile(health, 0.99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
);
console.log(`memory (rss): ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
await app.close();
