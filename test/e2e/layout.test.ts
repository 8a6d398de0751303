// ForceAtlas2 on a graph far bigger than the seed, in real Chromium: positions are streamed to
// sigma in slices while the layout runs, and what sigma draws matches what a full re-index of
// the same positions would draw, during the run and after it stops.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeGraph, screenshot, useExplorer } from './harness.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const ORDER = 1_500;
const SIZE = 6_000;

const session = useExplorer();
let page: Page;
const errors: string[] = [];

interface LayoutStats {
  sweeps: number;
  slices: number;
  pushes: number;
  streaming: boolean;
  sweeping: boolean;
}

const stats = (): Promise<LayoutStats> => page.evaluate('window.__samverkan.layoutStats()') as Promise<LayoutStats>;

/**
 * Waits, in the page, for a moment between two sweeps, and there compares every node's display
 * position with its graph position normalized by the extent sigma holds: the largest difference.
 */
const drift = (): Promise<number> =>
  page.evaluate(`(async () => {
    const hook = window.__samverkan;
    for (let i = 0; i < 2000 && hook.layoutStats().sweeping; i++) await new Promise((r) => setTimeout(r, 0));
    if (hook.layoutStats().sweeping) throw new Error('the layout never finished a sweep');
    const sigma = hook.renderer;
    const { x: [x0, x1], y: [y0, y1] } = sigma.getBBox();
    const ratio = Math.max(x1 - x0, y1 - y0) || 1;
    let worst = 0;
    sigma.getGraph().forEachNode((node, attrs) => {
      const shown = sigma.getNodeDisplayData(node);
      const x = 0.5 + (attrs.x - (x0 + x1) / 2) / ratio;
      const y = 0.5 + (attrs.y - (y0 + y1) / 2) / ratio;
      worst = Math.max(worst, Math.abs(shown.x - x), Math.abs(shown.y - y));
    });
    return worst;
  })()`) as Promise<number>;

const displayed = (keys: string[]): Promise<Array<{ x: number; y: number }>> =>
  page.evaluate(
    `${JSON.stringify(keys)}.map((k) => { const d = window.__samverkan.renderer.getNodeDisplayData(k); return { x: d.x, y: d.y }; })`,
  ) as Promise<Array<{ x: number; y: number }>>;

// After the session's own beforeAll (registered first): the app and Chromium are up.
beforeAll(async () => {
  page = await session.browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on('pageerror', (e) => errors.push(String(e)));
  await routeGraph(page, syntheticGraph(ORDER, SIZE));
  await page.goto(session.url);
  await page.waitForFunction(() => window.__samverkan?.ready === true, null, { timeout: 60_000 });
}, 180_000);

describe('layout on a big graph', () => {
  it('streams positions while ForceAtlas2 runs: nodes move, every actor is drawn, nothing throws', async () => {
    await page.evaluate(() => window.__samverkan!.startLayout());
    // A function, not a string: the page's CSP forbids eval, which a string predicate needs.
    await page.waitForFunction(() => window.__samverkan!.layoutStats().sweeps >= 2, null, { timeout: 60_000 });
    const s = await stats();
    expect(s.streaming).toBe(true);
    expect(s.pushes).toBe(0);
    const keys = ['a0', 'a10', 'a100', 'a1000', 'a1499'];
    const before = await displayed(keys);
    const sweeps = s.sweeps;
    await page.waitForFunction((target) => window.__samverkan!.layoutStats().sweeps >= target, sweeps + 3, { timeout: 60_000 });
    const after = await displayed(keys);
    expect(after.some((p, i) => Math.hypot(p.x - before[i]!.x, p.y - before[i]!.y) > 1e-6)).toBe(true);
    expect(await page.evaluate(() => window.__samverkan!.renderedNodeCount())).toBe(ORDER);
    expect(errors).toEqual([]);
  });

  it('between sweeps, sigma draws the graph positions normalized as a full re-index would', async () => {
    expect((await stats()).streaming).toBe(true);
    expect(await drift()).toBeLessThan(1e-9);
  });

  it('after stopping, one full re-index leaves sigma and the graph in agreement', async () => {
    await page.evaluate(() => window.__samverkan!.stopLayout());
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    expect(await page.evaluate(() => window.__samverkan!.layoutRunning())).toBe(false);
    expect((await stats()).pushes).toBe(1);
    expect(await drift()).toBeLessThan(1e-9);
    await screenshot(page, 'layout-big-graph-stopped');
    expect(errors).toEqual([]);
  });
});
