// Rendering benchmark (npx tsx bench/render.ts): headless Chromium loads synthetic graphs in the
// explorer and in a bare sigma page with the same graph, settings, colours and programs
// (client/bench/bare.html), pans and zooms each for a fixed time, and prints frames per second,
// their ratio, the longest main-thread task while panning (both pages) and while ForceAtlas2 runs
// in the explorer, and the main-thread cost of one layout step without rasterisation; then the
// seed network's first paint after page load. Software WebGL here: compare ratios, not fps, and
// compare the layout's long tasks with the panning ones (every software-rendered frame is long).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { ROOT, launch, startApp } from '../test/e2e/harness.ts';

const SIZES: Array<[number, number]> = [
  [1_000, 5_000],
  [5_000, 10_000],
  [10_000, 50_000],
];
const MOVE_MS = Number(process.env.BENCH_MOVE_MS ?? 5_000);
const LAYOUT_MS = Number(process.env.BENCH_LAYOUT_MS ?? 6_000);
const SECTORS = ['municipal', 'regional', 'state', 'civil_society', 'business'];
const STATUSES = ['active', 'active', 'active', 'active', 'active', 'active', 'needs_development', 'needs_development', 'desired', 'ended'];

/** A seeded generator so both pages and every run see the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return ((s ^ (s >>> 16)) >>> 0) / 4294967296;
  };
}

function tieType(a: string, b: string): string {
  if (a === 'municipal' && b === 'municipal') return 'internal';
  if (a === 'civil_society' || b === 'civil_society') return 'civil_society';
  if (a === 'business' || b === 'business') return 'business';
  return 'state';
}

/** Clustered synthetic network in /api/graph's format, with positions so no layout is needed. */
export function syntheticGraph(order: number, size: number, seed = 1) {
  const rand = random(seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(order) / 3));
  const centres = Array.from({ length: clusters }, () => ({ x: rand() * 1000, y: rand() * 1000 }));
  const nodes = Array.from({ length: order }, (_, i) => {
    const c = centres[i % clusters]!;
    const r = Math.sqrt(rand()) * 120;
    const a = rand() * Math.PI * 2;
    const sector = SECTORS[Math.floor(rand() * SECTORS.length)]!;
    return {
      key: `a${i}`,
      attributes: { kind: 'actor', label: `Actor ${i}`, name: `Actor ${i}`, sector, areas: [], neighbourhoods: [], targetGroups: [], evidence: [], x: c.x + Math.cos(a) * r, y: c.y + Math.sin(a) * r },
    };
  });
  const seen = new Set<string>();
  const edges = [];
  while (edges.length < size) {
    const s = Math.floor(rand() * order);
    // Mostly within the cluster, sometimes across: a network with structure, like real ones.
    const t = rand() < 0.85 ? (s + clusters * (1 + Math.floor(rand() * 20))) % order : Math.floor(rand() * order);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    edges.push({
      key: `t${edges.length}`,
      source: `a${s}`,
      target: `a${t}`,
      undirected: true,
      attributes: { kind: 'collaboration', type: tieType(nodes[s]!.attributes.sector, nodes[t]!.attributes.sector), status, areas: [], forms: [], directed: false, neighbourhoods: [], evidence: [] },
    });
  }
  return { options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: { version: 1 }, nodes, edges };
}

/**
 * Pans in a circle and zooms in and out for `ms`; counts frames sigma actually rendered. Sent
 * as source text: tsx would otherwise wrap the page-side functions in helpers the page lacks.
 */
async function measureFps(page: Page, getter: string, ms: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const sigma = ${getter};
    const camera = sigma.getCamera();
    let frames = 0;
    const count = () => frames++;
    sigma.on('afterRender', count);
    const start = performance.now();
    const step = (t) => {
      const k = (t - start) / 1000;
      camera.setState({ x: 0.5 + 0.25 * Math.cos(k * 1.7), y: 0.5 + 0.25 * Math.sin(k * 1.7), ratio: 0.55 + 0.4 * Math.sin(k * 1.1), angle: 0 });
      if (t - start < ${ms}) requestAnimationFrame(step);
      else {
        sigma.off('afterRender', count);
        resolve(frames / ((performance.now() - start) / 1000));
      }
    };
    requestAnimationFrame(step);
  })`) as Promise<number>;
}

const OBSERVE_LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

const longestSince = async (page: Page, t0: number): Promise<number> =>
  (await page.evaluate(`Math.max(0, ...window.__longtasks.filter((e) => e.start >= ${t0}).map((e) => e.duration))`)) as number;

async function openWithGraph(page: Page, url: string, graph: unknown, ready: string): Promise<void> {
  const body = JSON.stringify(graph);
  await page.route('**/api/graph*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  // The explorer sizes by local degree when analytics are absent; keep the server out of the timing.
  await page.route('**/api/analytics/**', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"not_found","message":"bench"}' }));
  await page.addInitScript(OBSERVE_LONGTASKS);
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 120_000 });
}

async function main(): Promise<void> {
  const running = await startApp();
  const outDir = mkdtempSync(join(tmpdir(), 'samverkan-bare-'));
  await build({ configFile: join(ROOT, 'client', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, rollupOptions: { input: join(ROOT, 'client', 'bench', 'bare.html') } } });
  // Serve the bare page from the same origin as the API: intercept its URL.
  const { readFileSync, readdirSync } = await import('node:fs');
  const files = new Map<string, Buffer>();
  const walk = (dir: string, prefix = '') => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else files.set(`${prefix}${e.name}`, readFileSync(join(dir, e.name)));
    }
  };
  walk(outDir);
  const browser = await launch();
  const rows: string[][] = [];
  try {
    // The seed network first, in a quiet browser: median of three loads.
    const paints: number[] = [];
    let nodes = 0;
    for (let i = 0; i < 3; i++) {
      const seed = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await seed.goto(`${running.url}/`);
      await seed.waitForFunction(() => window.__samverkan?.ready === true);
      paints.push(await seed.evaluate(() => window.__samverkan!.firstPaint ?? NaN));
      nodes = await seed.evaluate(() => window.__samverkan!.renderedNodeCount());
      await seed.close();
    }
    const firstPaint = paints.sort((a, b) => a - b)[1]!;

    for (const [order, size] of SIZES) {
      const graph = syntheticGraph(order, size);
      const viewport = { width: 1280, height: 800 };

      const explorer = await browser.newPage({ viewport });
      await openWithGraph(explorer, `${running.url}/`, graph, 'window.__samverkan?.ready === true');
      await explorer.evaluate(() => window.__samverkan!.stopLayout());
      await explorer.waitForTimeout(500);
      let t0 = (await explorer.evaluate('performance.now()')) as number;
      const explorerFps = await measureFps(explorer, 'window.__samverkan.renderer', MOVE_MS);
      const explorerPanTask = await longestSince(explorer, t0);
      // Layout: long tasks while ForceAtlas2 runs in its worker, with the map drawn...
      t0 = (await explorer.evaluate('performance.now()')) as number;
      await explorer.evaluate(() => window.__samverkan!.startLayout());
      await explorer.waitForTimeout(LAYOUT_MS);
      await explorer.evaluate(() => window.__samverkan!.stopLayout());
      const layoutTask = await longestSince(explorer, t0);
      // ...and the layout's own main-thread cost per step, apart from software rasterisation:
      // one position push into the display graph and sigma's reindexing, with the map at 1x1.
      const layoutStep = (await explorer.evaluate(`(() => {
        window.__samverkan.startLayout();
        document.getElementById('map').hidden = true;
        const sigma = window.__samverkan.renderer;
        sigma.resize();
        const graph = sigma.getGraph();
        let worst = 0;
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          graph.updateEachNodeAttributes((n, a) => { a.x += 0.01; return a; }, { attributes: ['x', 'y'] });
          sigma.render();
          worst = Math.max(worst, performance.now() - t);
        }
        window.__samverkan.stopLayout();
        return worst;
      })()`)) as number;
      await explorer.close();

      const bare = await browser.newPage({ viewport });
      // The bare page and its assets come from its own build; everything else from the app.
      await bare.route(`${running.url}/**`, (route) => {
        const path = new URL(route.request().url()).pathname.slice(1);
        const file = files.get(path);
        if (!file) return route.fallback();
        const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
        return route.fulfill({ status: 200, contentType: type, body: file });
      });
      await openWithGraph(bare, `${running.url}/bench/bare.html`, graph, 'window.__bare?.ready === true');
      await bare.waitForTimeout(500);
      const bareT0 = (await bare.evaluate('performance.now()')) as number;
      const bareFps = await measureFps(bare, 'window.__bare.sigma', MOVE_MS);
      const barePanTask = await longestSince(bare, bareT0);
      await bare.close();

      rows.push([
        `${order / 1000}k / ${size / 1000}k`,
        explorerFps.toFixed(1),
        bareFps.toFixed(1),
        `${((explorerFps / bareFps) * 100).toFixed(0)}%`,
        `${explorerPanTask.toFixed(0)} / ${barePanTask.toFixed(0)} ms`,
        `${layoutTask.toFixed(0)} ms`,
        `${layoutStep.toFixed(0)} ms`,
      ]);
      console.error(`measured ${order}/${size}`);
    }

    const header = ['nodes / edges', 'explorer fps', 'bare fps', 'explorer / bare', 'longest task panning (explorer / bare)', 'longest task during FA2', 'layout step on main thread'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    console.log(`\nseed network (${nodes} nodes): first paint ${firstPaint.toFixed(0)} ms after navigation start (median of ${paints.map((p) => p.toFixed(0)).join(', ')})`);
    console.log(`(${MOVE_MS / 1000} s of panning and zooming per page; layout observed for ${LAYOUT_MS / 1000} s; a layout step = one position push`);
    console.log(` and sigma's reindexing, timed with the map at 1x1 so software rasterisation is left out; targets: ratio >= 90%,`);
    console.log(` no task over 50 ms from the layout, first paint < 1000 ms)`);
  } finally {
    await browser.close();
    await running.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
