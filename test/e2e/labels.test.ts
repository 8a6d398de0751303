// Labels in real Chromium on the seed (issue #12, item 1): at the default zoom every actor and
// forum has a label, and no two drawn label boxes overlap, at 1440×900 and at 1024×768. The boxes
// are the ones the label layer drew in the last frame, in viewport pixels. A label shortened
// with an ellipsis shows the full name on hover. On a graph far bigger than the seed only the most
// important nodes are labelled by default, and the label control says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, routeGraph, screenshot, settle, useExplorer, type GraphBody } from './harness.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const session = useExplorer();

interface DrawnLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface HoveredLabel {
  text: string;
  box: Omit<DrawnLabel, 'key' | 'text'>;
}

const overlapping = (labels: DrawnLabel[]): Array<[string, string]> => {
  const pairs: Array<[string, string]> = [];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) pairs.push([a.key, b.key]);
  return pairs;
};

/** The labels of a frame drawn after the layout stopped, once all of them are placed. */
async function labelsAtRest(page: Page): Promise<DrawnLabel[]> {
  await page.waitForFunction(() => window.__samverkan!.layoutRunning() === false, null, { timeout: 30_000 });
  await settle(page, 300);
  await page.waitForFunction(() => window.__samverkan!.labelsPlacing() === false, null, { timeout: 10_000 });
  return hook<DrawnLabel[]>(page, 'renderedLabels');
}

describe('labels', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    it(`labels every actor and forum without overlap at ${viewport.width}×${viewport.height}`, async () => {
      const graph = await session.api<GraphBody>('/api/graph?includeForums=true');
      const page = await openExplorer(session.browser, session.url, viewport);
      const labels = await labelsAtRest(page);
      await screenshot(page, `labels-${viewport.width}`);
      const { width, height } = await page.evaluate(() => window.__samverkan!.renderer.getDimensions());
      expect(overlapping(labels)).toEqual([]);
      expect(labels.map((l) => l.key).sort()).toEqual(graph.nodes.map((n) => n.key).sort());
      for (const l of labels) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.y).toBeGreaterThanOrEqual(0);
        expect(l.x + l.w).toBeLessThanOrEqual(width);
        expect(l.y + l.h).toBeLessThanOrEqual(height);
      }
      await page.close();
    });
  }

  it('shows the full name of every shortened label on hover, inside the map, at 1024×768', async () => {
    // Names as long as a department's units have: at 1024×768 many labels must be shortened.
    const graph = await session.api<GraphBody>('/api/graph');
    for (const n of graph.nodes) n.attributes.label = `${String(n.attributes.label)}, enheten för samordning`;
    const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
    const viewport = { width: 1024, height: 768 };
    // Without a selection hovering re-places labels around the hovered node; with one it does not,
    // so there the hover layer alone shows the name the label shortened.
    for (const link of ['/', '/?actor=arbetsmarknads-och-socialforvaltningen']) {
      const page = await openExplorer(session.browser, `${session.url}${link}`, viewport, (p) => routeGraph(p, graph));
      const shortened = (await labelsAtRest(page)).filter((l) => l.text.endsWith('…'));
      expect(shortened.length).toBeGreaterThan(3);
      const map = (await page.locator('#map').boundingBox())!;
      const { width, height } = await page.evaluate(() => window.__samverkan!.renderer.getDimensions());
      for (const label of shortened) {
        const at = await page.evaluate((n) => {
          const r = window.__samverkan!.renderer;
          return r.framedGraphToViewport(r.getNodeDisplayData(n)!);
        }, label.key);
        await page.mouse.move(map.x + at.x, map.y + at.y);
        const drawn = await page.waitForFunction((n) => window.__samverkan!.hoverLabel(n), label.key, { timeout: 5_000 });
        const { text, box } = (await drawn.jsonValue()) as HoveredLabel;
        expect(text).toBe(names.get(label.key));
        // The whole name is readable: its box lies inside the map, not cut at an edge (a name
        // wider than the map starts at its left edge).
        const inside = box.x >= 0 && box.y >= 0 && (box.w > width || box.x + box.w <= width) && box.y + box.h <= height;
        expect({ key: label.key, inside }).toEqual({ key: label.key, inside: true });
      }
      await screenshot(page, `labels-hover-1024${link === '/' ? '' : '-selected'}`);
      await page.close();
    }
  });

  it('on a 1 000-node graph labels the most important nodes by default, the biggest first, without overlap', async () => {
    const page = await openExplorer(session.browser, session.url, { width: 1440, height: 900 }, (p) =>
      routeGraph(p, syntheticGraph(1_000, 4_000)),
    );
    const labels = await labelsAtRest(page);
    await screenshot(page, 'labels-important-1k');
    expect(await page.locator('input[name="labels"][value="important"]').isChecked()).toBe(true);
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.length).toBeLessThanOrEqual(60);
    expect(overlapping(labels)).toEqual([]);
    // The biggest node in view has a label (labels go by importance, which is size here).
    const biggest = await page.evaluate(() => {
      const r = window.__samverkan!.renderer;
      const { width, height } = r.getDimensions();
      const inView = r.getGraph().filterNodes((n) => {
        const p = r.framedGraphToViewport(r.getNodeDisplayData(n)!);
        return p.x > 0 && p.y > 0 && p.x < width && p.y < height;
      });
      return inView.sort((a, b) => r.getNodeDisplayData(b)!.size - r.getNodeDisplayData(a)!.size)[0];
    });
    expect(labels.map((l) => l.key)).toContain(biggest);
    // "All" asks for every label there is room for: more of them, still none overlapping.
    await page.locator('input[name="labels"][value="all"]').check();
    const all = await labelsAtRest(page);
    expect(all.length).toBeGreaterThan(labels.length);
    expect(overlapping(all)).toEqual([]);
    await page.close();
  }, 90_000);

  it('with labels set to none draws none, and says so in the URL', async () => {
    const page = await openExplorer(session.browser, session.url);
    await page.locator('input[name="labels"][value="none"]').check();
    await page.waitForURL(/labels=none/);
    expect(await labelsAtRest(page)).toEqual([]);
    await page.close();
  });

  it('with labels set to none still labels a selection and its partners', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen&labels=none`);
    const labels = await labelsAtRest(page);
    const highlighted = await hook<string[]>(page, 'highlightedNodes');
    expect(highlighted.length).toBeGreaterThan(1);
    expect(labels.map((l) => l.key).sort()).toEqual(highlighted.sort());
    await page.close();
  });

  it('labels every node a mixing cell highlights in the gaps view', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?gaps=civil_society&focus=sectors:municipal:state&labels=important`);
    await page.waitForSelector('#reach-gaps');
    const labels = await labelsAtRest(page);
    const highlighted = await hook<string[]>(page, 'highlightedNodes');
    expect(highlighted.length).toBeGreaterThan(5);
    expect(highlighted.filter((n) => !labels.some((l) => l.key === n))).toEqual([]);
    expect(overlapping(labels)).toEqual([]);
    await screenshot(page, 'labels-mixing-cell');
    await page.close();
  });
});
