// The analytics as a caller sees them, on the seed dataset over real HTTP: the whole bundle
// cold (first request for each question after a write) and cached responses (p50/p99 over
// repeated requests). Run: npx tsx bench/api.ts [repeats]
import { buildApp } from '../server/app.ts';
import { loadDataset } from '../server/seed/load.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';

const repeats = Number(process.argv[2] ?? 300);
const QUESTIONS = [
  '/api/analytics/centrality',
  '/api/analytics/communities',
  '/api/analytics/structure',
  '/api/gaps/reach?sector=civil_society',
  '/api/gaps/reach?sector=business',
  '/api/gaps/mixing',
  '/api/gaps/declared',
  '/api/gaps/predicted?limit=20',
  '/api/gaps/brokers?from=civil_society&to=state',
  '/api/gaps/report',
];

const store = new EmbeddedStore({ file: ':memory:' });
await store.init();
await loadDataset(store);
const app = await buildApp({ store, clientRoot: '/nonexistent' });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
const base = `http://127.0.0.1:${port}`;

async function timed(path: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(base + path);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return performance.now() - start;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

// Warm the HTTP path and JIT on another graph version, then make a write so the bundle is cold.
for (const q of QUESTIONS) await timed(q);
await store.round(LEGACY_REF).putSource({ id: 'bench', title: 'Benchmark write', authors: [], year: 2026 });

const cold: number[] = [];
const bundleStart = performance.now();
for (const q of QUESTIONS) cold.push(await timed(q));
const bundle = performance.now() - bundleStart;

console.log(`seed dataset, ${QUESTIONS.length} questions, real HTTP on loopback`);
console.log(`whole bundle cold (sequential): ${bundle.toFixed(1)} ms`);
console.log('question'.padEnd(48), 'cold ms'.padStart(8), 'cached p50'.padStart(11), 'cached p99'.padStart(11));
for (const [i, q] of QUESTIONS.entries()) {
  const cached: number[] = [];
  for (let r = 0; r < repeats; r++) cached.push(await timed(q));
  console.log(
    q.padEnd(48),
    cold[i]!.toFixed(2).padStart(8),
    percentile(cached, 0.5).toFixed(2).padStart(11),
    percentile(cached, 0.99).toFixed(2).padStart(11),
  );
}
await app.close();
