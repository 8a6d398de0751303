// Benchmark of the centrality, structure and community analytics against igraph and networkx
// (and graphology-metrics where it has the metric), on the same seeded random graphs in the
// same run. Prints Markdown tables of times and ratios; asserts nothing (STYLE.md: benchmarks
// print figures, tests never time). See bench/README.md.
//
//   npx tsx bench/analytics.ts                    # 150/450, 1k/5k and 10k/50k ties, unweighted
//   npx tsx bench/analytics.ts --weighted         # … and weighted (distance / weight) as well
//   npx tsx bench/analytics.ts --sizes=150,1k     # only these sizes
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import graphologyEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { degree } from '../server/analytics/centrality/degree.ts';
import { betweenness } from '../server/analytics/centrality/betweenness.ts';
import { closeness } from '../server/analytics/centrality/closeness.ts';
import { eigenvector } from '../server/analytics/centrality/eigenvector.ts';
import { pagerank } from '../server/analytics/centrality/pagerank.ts';
import { core } from '../server/analytics/centrality/core.ts';
import { constraint } from '../server/analytics/centrality/constraint.ts';
import { clustering } from '../server/analytics/centrality/clustering.ts';
import { betweennessParallel, closenessParallel } from '../server/analytics/centrality/parallel.ts';
import { communities } from '../server/analytics/communities.ts';
import { structure } from '../server/analytics/structure/summary.ts';
import { computeMetrics } from '../server/analytics/centrality/table.ts';
import { WorkerPool } from '../server/analytics/worker-pool.ts';
import { toCsr, type AnyGraph } from '../server/analytics/kernel/csr.ts';
import { randomGraph } from '../test/analytics/graphs.ts';
import { python, PYTHON_INSTALL_HINT } from '../scripts/python.mjs';

const REFERENCE = fileURLToPath(new URL('../scripts/oracle/bench_reference.py', import.meta.url));
const SIZES: Record<string, [number, number]> = { '150': [150, 450], '1k': [1_000, 5_000], '10k': [10_000, 50_000] };
const SAMPLES = 256;
/** graphology-metrics' betweenness takes about a minute at 10k/50k: only run it below this. */
const GRAPHOLOGY_BETWEENNESS_MAX_NODES = 2_000;

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '150,1k,10k').split(',');
const modes = args.includes('--weighted') ? [false, true] : [false];

type Timed = () => unknown | Promise<unknown>;

interface Row {
  metric: string;
  single: number | null;
  pool: number | null;
  igraph: number | null;
  networkx: number | null;
  networkxEstimated: boolean;
  graphology: number | null;
}

/** Best wall time in seconds over `runs` runs, after `warmups` unmeasured ones. */
async function time(fn: Timed, runs: number, warmups: number): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

// CommonJS packages: TypeScript sees a namespace whose `default` is the function; at run time the
// default import may already be the function.
const defaultOf = <T>(m: { default: T }): T => (m as { default?: T }).default ?? (m as unknown as T);
const gBetweenness = defaultOf(graphologyBetweenness);
const gEigenvector = defaultOf(graphologyEigenvector);
const gPagerank = defaultOf(graphologyPagerank);

function reference(
  graph: AnyGraph,
  metrics: string[],
  weighted: boolean,
): Record<string, { igraph: number | null; networkx: number | null; networkxEstimated: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-bench-'));
  try {
    const index = new Map(graph.nodes().map((node, i) => [node, i]));
    const lines = graph.mapEdges((_e, attr, s, t) => `${index.get(s)} ${index.get(t)} ${attr.weight} ${attr.distance}`);
    const file = join(dir, 'edges.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = spawnSync(python(), [REFERENCE, file, String(graph.order), metrics.join(','), ...(weighted ? ['--weighted'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (result.status !== 0) throw new Error(`bench: reference timings failed (${PYTHON_INSTALL_HINT}?)\n${result.stderr}`);
    return JSON.parse(result.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(graph: AnyGraph, weighted: boolean, pool: WorkerPool): Promise<Row[]> {
  const n = graph.order;
  const run = { pool, budgetMs: 600_000 };
  const cheap = (fn: Timed) => time(fn, 5, 2);
  const heavy = (fn: Timed) => (n <= 1_000 ? time(fn, 3, 1) : time(fn, 1, 0));
  const strength = weighted ? 'weight' : null;
  const ours: [string, Timed, Timed | null, Timed | null, 'cheap' | 'heavy'][] = [
    ['graph → Csr (in every row below)', () => toCsr(graph), null, null, 'cheap'],
    ['degree', () => degree(graph), null, null, 'cheap'],
    ['weighted_degree', () => degree(graph, { weighted: true }), null, null, 'cheap'],
    [
      'betweenness',
      () => betweenness(graph, { weighted }),
      () => betweennessParallel(graph, { weighted }, run),
      n <= GRAPHOLOGY_BETWEENNESS_MAX_NODES ? () => gBetweenness(graph, { getEdgeWeight: weighted ? 'distance' : null }) : null,
      'heavy',
    ],
    [
      'betweenness_sampled',
      () => betweenness(graph, { weighted, samples: SAMPLES }),
      () => betweennessParallel(graph, { weighted, samples: SAMPLES }, run),
      null,
      'heavy',
    ],
    ['closeness', () => closeness(graph, { weighted }), () => closenessParallel(graph, { weighted }, run), null, 'heavy'],
    [
      'eigenvector',
      () => eigenvector(graph, { weighted }),
      null,
      () => gEigenvector(graph, { getEdgeWeight: strength, maxIterations: 1000 }),
      'cheap',
    ],
    ['pagerank', () => pagerank(graph, { weighted }), null, () => gPagerank(graph, { getEdgeWeight: strength }), 'cheap'],
    ['core', () => core(graph), null, null, 'cheap'],
    ['constraint', () => constraint(graph, { weighted }), null, null, 'cheap'],
    ['clustering', () => clustering(graph, { weighted }), null, null, 'cheap'],
    ['louvain', () => communities(graph, { weighted }), null, null, 'cheap'],
    ['structure', () => structure(graph), null, null, 'cheap'],
  ];
  const refs = reference(
    graph,
    ours.map(([metric]) => metric).filter((m) => !m.startsWith('graph')),
    weighted,
  );
  const rows: Row[] = [];
  for (const [metric, single, parallel, graphology, cost] of ours) {
    const t = cost === 'cheap' ? cheap : heavy;
    rows.push({
      metric,
      single: await t(single),
      pool: parallel ? await t(parallel) : null,
      graphology: graphology ? await t(graphology) : null,
      ...(refs[metric] ?? { igraph: null, networkx: null, networkxEstimated: false }),
    });
    process.stderr.write('.');
  }
  return rows;
}

function seconds(s: number | null, estimated = false): string {
  if (s === null) return '–';
  const text = s < 1 ? `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms` : `${s.toFixed(2)} s`;
  return estimated ? `~${text}` : text;
}

function table(rows: Row[]): string {
  const head = `| metric | ours, 1 thread | ours, pool ×${availableParallelism()} | igraph | networkx | graphology-metrics | ours ÷ igraph |`;
  const lines = [head, '|---|--:|--:|--:|--:|--:|--:|'];
  for (const r of rows) {
    const best = Math.min(r.single ?? Infinity, r.pool ?? Infinity);
    const ratio = r.igraph ? `${(best / r.igraph).toFixed(2)}×` : '–';
    lines.push(
      `| ${r.metric} | ${seconds(r.single)} | ${seconds(r.pool)} | ${seconds(r.igraph)} | ${seconds(r.networkx, r.networkxEstimated)} | ${seconds(r.graphology)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const pool = new WorkerPool();
  await pool.warm();
  console.log(`# Samverkan analytics benchmark\n`);
  console.log(
    `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}; seeded G(n, m) random graphs (seed 42), weights from {0.5, 1, 1.5, 2, 3}.`,
  );
  console.log(
    `Times are the best of several runs (one run for quadratic metrics above 1k actors); ~ marks networkx times extrapolated from ${64} sources.\n`,
  );
  try {
    for (const size of sizes) {
      const [nodes, edges] = SIZES[size] ?? [];
      if (!nodes || !edges) throw new Error(`bench: unknown size '${size}' (known: ${Object.keys(SIZES).join(', ')})`);
      const graph = randomGraph({ nodes, edges, seed: 42, weighted: true });
      for (const weighted of modes) {
        process.stderr.write(`${size} ${weighted ? 'weighted' : 'unweighted'} `);
        const rows = await measure(graph, weighted, pool);
        process.stderr.write('\n');
        console.log(
          `## ${nodes.toLocaleString('en')} actors, ${edges.toLocaleString('en')} ties — ${weighted ? 'weighted' : 'unweighted'}\n`,
        );
        console.log(table(rows));
        if (size === '150' && !weighted) {
          const bundle = await time(() => computeMetrics(graph), 10, 3);
          console.log(
            `\nWhole bundle (computeMetrics, all ${Object.keys(computeMetrics(graph).rows[0]!.values).length} metrics, one thread): ${seconds(bundle)}`,
          );
        }
        console.log('');
      }
    }
  } finally {
    await pool.close();
  }
}

await main();
