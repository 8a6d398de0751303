// Link-prediction timings for the gap analytics (server/analytics/gaps/link-scores.ts) on seeded
// random graphs, next to networkx computing the same three indices over the same pairs.
// Targets: all scores over all two-hop pairs at 10k nodes / 50k edges ≤ 0.5 s; top-10 for one
// actor ≤ 1 ms. Run: npx tsx bench/gaps.ts
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildActorGraph } from '../server/analytics/actor-graph.ts';
import { toActorCsr } from '../server/analytics/kernel/actor-csr.ts';
import { scoreAllPairs, SCORE_ADAMIC_ADAR, topPairs } from '../server/analytics/gaps/link-scores.ts';
import { predictLinks } from '../server/analytics/gaps/predicted.ts';
import { random, randomSnapshot } from '../test/analytics/gaps/fixtures.ts';
import { python, PYTHON_INSTALL_HINT } from '../scripts/python.mjs';

const ORACLE = fileURLToPath(new URL('../scripts/oracle/gaps_oracle.py', import.meta.url));

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

function networkx(
  n: number,
  edges: [number, number][],
  repeat: number,
): { pairs: number; seconds: number; enumerate_seconds: number } | string {
  const run = spawnSync(python(), [ORACLE], {
    input: JSON.stringify({ mode: 'time_link_prediction', n, edges, repeat }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.error || run.status !== 0) return `unavailable (${run.error?.message ?? run.stderr.trim()}; ${PYTHON_INSTALL_HINT})`;
  return JSON.parse(run.stdout);
}

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

for (const [n, m] of [
  [1_000, 5_000],
  [10_000, 50_000],
] as const) {
  const { snapshot, edges } = randomSnapshot(n, m, 42);
  let graph = buildActorGraph(snapshot);
  const build = best(3, () => (graph = buildActorGraph(snapshot)));
  let csr = toActorCsr(graph, 'bench');
  const toArrays = best(3, () => (csr = toActorCsr(graph, 'bench')));

  let count = 0;
  const all = best(5, () => (count = scoreAllPairs(csr).count));
  const top20 = best(5, () => topPairs(csr, { limit: 20, sortBy: SCORE_ADAMIC_ADAR, crossSectorFirst: true }));

  const rnd = random(7);
  const nodes = Array.from({ length: 2000 }, () => Math.floor(rnd() * n));
  for (const node of nodes.slice(0, 100)) topPairs(csr, { limit: 10, sortBy: SCORE_ADAMIC_ADAR, node }); // warm up
  const times = nodes.map((node) => best(1, () => topPairs(csr, { limit: 10, sortBy: SCORE_ADAMIC_ADAR, node }))).sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const p99 = times[Math.floor(times.length * 0.99)]!;

  predictLinks(snapshot, { actor: 'a0', limit: 10 }); // builds and caches the arrays for this snapshot
  const routeTimes = nodes.slice(0, 500).map((node) => best(1, () => predictLinks(snapshot, { actor: `a${node}`, limit: 10 })));
  const routeMean = routeTimes.reduce((s, t) => s + t, 0) / routeTimes.length;

  const nx = networkx(n, edges, n > 5_000 ? 1 : 3);

  console.log(`\n${n} nodes / ${m} edges — ${count} unlinked two-hop pairs`);
  console.log(`  build actor graph (graphology)        ${ms(build)}`);
  console.log(`  actor graph → typed arrays (CSR)      ${ms(toArrays)}`);
  console.log(`  all three scores, all two-hop pairs   ${ms(all)}`);
  console.log(`  top-20 over all pairs (heap)          ${ms(top20)}`);
  console.log(`  top-10 for one actor                  mean ${ms(mean)}, p99 ${ms(p99)} (${times.length} actors)`);
  console.log(`  predictLinks(actor), cached arrays    mean ${ms(routeMean)} (with names, shared partners, declared)`);
  if (typeof nx === 'string') console.log(`  networkx                              ${nx}`);
  else {
    console.log(
      `  networkx: three indices, same pairs   ${ms(nx.seconds * 1000)} (${nx.pairs} pairs; listing them took ${ms(nx.enumerate_seconds * 1000)} more)`,
    );
    console.log(`  speed-up over networkx                ${((nx.seconds * 1000) / all).toFixed(0)}×`);
  }
}
