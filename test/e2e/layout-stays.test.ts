// The layout that stays (issue #12, item 4), in real Chromium on the seed: two loads of the same
// link draw the same picture, pixel for pixel; the layout runs only when asked; a dragged node
// stays where it was dropped. The first layout is computed once: the first visitor who may write
// keeps it as the round's layout, so an edit made later moves nothing already placed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, useExplorer, type Session } from './harness.ts';

const session = useExplorer();

type Positions = Record<string, { x: number; y: number }>;
interface Layout {
  positions: Positions;
  savedAt: string | null;
}

/** The round's layout once a save has landed (the explorer keeps its first layout in the background). */
async function keptLayout(app: Session): Promise<Layout> {
  for (let i = 0; i < 50; i++) {
    const layout = await app.api<Layout>('/api/layout');
    if (layout.savedAt !== null) return layout;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no layout was kept');
}

const position = (page: Page, node: string) =>
  page.evaluate((n) => {
    const r = window.__samverkan!.renderer;
    const attrs = r.getGraph().getNodeAttributes(n) as { x: number; y: number };
    return { graph: { x: attrs.x, y: attrs.y }, viewport: r.graphToViewport(attrs) };
  }, node);

/** The map's pixels once the first layout is drawn (ready waits for it). */
async function mapPixels(page: Page, name: string): Promise<Buffer> {
  await page.waitForTimeout(500);
  await screenshot(page, name);
  return page.locator('#map').screenshot();
}

describe('a layout that stays', () => {
  it.each([
    [1440, 900],
    [1024, 768],
  ])('draws the same picture on two loads of the same link at %i×%i, without running the layout', async (width, height) => {
    const link = `${session.url}/?metric=degree`;
    const first = await openExplorer(session.browser, link, { width, height });
    expect(await hook<boolean>(first, 'layoutRunning')).toBe(false);
    const a = await mapPixels(first, `layout-load-1-${width}`);
    const placeA = await position(first, 'polisen');
    await first.close();
    const second = await openExplorer(session.browser, link, { width, height });
    const b = await mapPixels(second, `layout-load-2-${width}`);
    expect(await position(second, 'polisen')).toEqual(placeA);
    expect(a.equals(b)).toBe(true);
    expect(await hook<boolean>(second, 'layoutRunning')).toBe(false);
    await second.close();
  });

  it('keeps a dragged node where it was dropped', async () => {
    const page = await openExplorer(session.browser, session.url, { width: 1440, height: 900 });
    const before = await position(page, 'polisen');
    const box = (await page.locator('#map').boundingBox())!;
    const start = { x: box.x + before.viewport.x, y: box.y + before.viewport.y };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 8 * i, start.y + 6 * i);
    await page.mouse.up();
    await page.waitForTimeout(1000);
    const after = await position(page, 'polisen');
    expect(Math.hypot(after.viewport.x - before.viewport.x - 80, after.viewport.y - before.viewport.y - 60)).toBeLessThan(3);
    expect(after.graph).not.toEqual(before.graph);
    expect(await hook<boolean>(page, 'layoutRunning')).toBe(false);
    // A filter that hides and brings back other nodes leaves the dropped one in place.
    await page.locator('input[name="filter-sectors"][value="state"]').check();
    await page.locator('input[name="filter-sectors"][value="state"]').uncheck();
    await page.waitForTimeout(500);
    expect((await position(page, 'polisen')).graph).toEqual(after.graph);
    await page.close();
  });
});

describe('the first layout, computed once', () => {
  // A server of its own: the edit below must not reach the other cases' map.
  const app = useExplorer();

  it('is kept by the round on the first visit; after an edit nothing placed moves and a new actor starts beside its partner', async () => {
    expect((await app.api<Layout>('/api/layout')).savedAt).toBeNull();
    const first = await openExplorer(app.browser, app.url, { width: 1440, height: 900 });
    const drawn = await hook<Positions>(first, 'positions');
    const kept = await keptLayout(app);
    expect(kept.positions).toEqual(drawn);
    await first.close();

    const write = (path: string, body: unknown) =>
      app.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await write('/api/actors', { id: 'nytt-natverk', name: 'Nytt nätverk', sector: 'civil_society' });
    await write('/api/collaborations', { source: 'nytt-natverk', target: 'polisen', status: 'active' });

    const second = await openExplorer(app.browser, app.url, { width: 1440, height: 900 });
    const now = await hook<Positions>(second, 'positions');
    for (const [node, p] of Object.entries(drawn)) expect(now[node], node).toEqual(p);
    // Beside its one partner: nearer to it than a twentieth of the map's extent.
    const xs = Object.values(drawn).map((p) => p.x);
    const ys = Object.values(drawn).map((p) => p.y);
    const extent = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const added = now['nytt-natverk']!;
    expect(Math.hypot(added.x - drawn.polisen!.x, added.y - drawn.polisen!.y)).toBeLessThan(extent / 20);
    await screenshot(second, 'first-layout-kept-after-edit');
    await second.close();
    // The round's layout is the one kept on the first visit, not replaced by the later one.
    expect(await app.api<Layout>('/api/layout')).toEqual(kept);
  }, 90_000);
});
