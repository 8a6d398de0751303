// The camera in real Chromium: a search hit, a predicted link and a mixing cell chosen in the gaps
// view are brought into view, however far the map was zoomed elsewhere; an ego view frames every actor it
// counts inside the map's own box (never under a panel), also after a panel opens beside it; and
// when the actor panel closes, the whole map is framed again in the width it freed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, settle, useExplorer } from './harness.ts';

const session = useExplorer();

/** Every drawn node (disc included) inside the map's box, and that box clear of the side panels. */
async function framed(page: Page): Promise<{ outside: string[]; actors: number; counted: number; underPanel: boolean }> {
  const result = await page.evaluate(() => {
    const hook = window.__samverkan!;
    const r = hook.renderer;
    const { width, height } = r.getDimensions();
    const keys = hook.renderedNodeKeys();
    const outside = keys.filter((n) => {
      const d = r.getNodeDisplayData(n)!;
      const p = r.framedGraphToViewport(d);
      const radius = r.scaleSize(d.size);
      return p.x - radius < 0 || p.x + radius > width || p.y - radius < 0 || p.y + radius > height;
    });
    const actors = keys.filter((n) => r.getGraph().getNodeAttribute(n, 'kind') === 'actor').length;
    return { outside, actors };
  });
  const counted = Number((await page.locator('#status').textContent())?.match(/^(\d+)/)?.[1]);
  const map = (await page.locator('#map').boundingBox())!;
  const panels = await Promise.all(['#panel', '#gaps'].map((s) => page.locator(s).boundingBox()));
  const underPanel = panels.some((p) => p !== null && p.width > 0 && p.x < map.x + map.width && map.x < p.x + p.width);
  return { ...result, counted, underPanel };
}

describe('camera', () => {
  for (const [viewport, steps] of [
    [{ width: 1440, height: 900 }, 1],
    [{ width: 1024, height: 768 }, 1],
    [{ width: 1024, height: 768 }, 2],
  ] as const) {
    it(`frames every actor a ${steps}-step ego view counts at ${viewport.width}×${viewport.height}, also after the gaps view opens`, async () => {
      const link = `${session.url}/?actor=arbetsmarknads-och-socialforvaltningen&ego=${steps}`;
      const page = await openExplorer(session.browser, link, viewport);
      await page.waitForSelector('#panel:not([hidden])');
      await page.waitForTimeout(700);
      const first = await framed(page);
      await screenshot(page, `camera-ego${steps}-${viewport.width}`);
      expect(first.counted).toBeGreaterThan(3);
      expect(first.actors).toBe(first.counted);
      expect(first.outside).toEqual([]);
      expect(first.underPanel).toBe(false);
      await page.locator('#gaps-toggle').click();
      await page.waitForSelector('#reach-gaps');
      await page.waitForTimeout(700);
      const narrowed = await framed(page);
      await screenshot(page, `camera-ego${steps}-gaps-${viewport.width}`);
      expect(narrowed.outside).toEqual([]);
      expect(narrowed.underPanel).toBe(false);
      expect(narrowed.actors).toBe(first.actors);
      await page.close();
    });
  }

  for (const link of ['/?actor=arbetsmarknads-och-socialforvaltningen&ego=1', '/?actor=polisen']) {
    it(`re-fits the map when the actor panel of ${link} closes: every actor shown inside it, in the freed width`, async () => {
      const page = await openExplorer(session.browser, `${session.url}${link}`, { width: 1440, height: 900 });
      await page.waitForSelector('#panel:not([hidden])');
      await page.waitForTimeout(700);
      const narrow = (await page.locator('#map').boundingBox())!;
      await page.locator('#panel button.icon[aria-label="Close"]').click();
      await page.waitForSelector('#panel', { state: 'hidden' });
      await page.waitForTimeout(700);
      const after = await framed(page);
      await screenshot(page, `camera-panel-closed-${link.includes('ego') ? 'ego' : 'selection'}`);
      expect(after.outside).toEqual([]);
      expect(after.actors).toBe(after.counted);
      // The map took the panel's width, and the picture spreads into it, centred in the wider map.
      const map = (await page.locator('#map').boundingBox())!;
      expect(map.width).toBeGreaterThan(narrow.width + 200);
      const spread = await page.evaluate(() => {
        const hook = window.__samverkan!;
        const r = hook.renderer;
        const xs = hook.renderedNodeKeys().map((n) => r.framedGraphToViewport(r.getNodeDisplayData(n)!).x);
        return { left: Math.min(...xs), right: Math.max(...xs), width: r.getDimensions().width };
      });
      expect(spread.width).toBe(map.width);
      expect(spread.right).toBeGreaterThan(narrow.width);
      expect(Math.abs((spread.left + spread.right) / 2 - map.width / 2)).toBeLessThan(map.width * 0.1);
      await page.close();
    });
  }

  const inView = (page: Page, ids: string[]) =>
    page.evaluate((nodes) => {
      const r = window.__samverkan!.renderer;
      const { width, height } = r.getDimensions();
      return nodes.map((n) => {
        const p = r.graphToViewport(r.getGraph().getNodeAttributes(n) as { x: number; y: number });
        return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
      });
    }, ids);

  it('fits a predicted link and a mixing cell into the view', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?gaps=civil_society`);
    await settle(page, 1500);
    // Zoom in somewhere else first, so the pair starts out of view.
    await page.evaluate(() => window.__samverkan!.renderer.getCamera().setState({ x: 0, y: 0, ratio: 0.05 }));
    const row = page.locator('#predicted-gaps button').first();
    await row.waitFor();
    const [, source, target] = (await row.getAttribute('data-key'))!.split(':') as [string, string, string];
    expect(await inView(page, [source, target])).not.toEqual([true, true]);
    await row.click();
    await page.waitForTimeout(700);
    expect(await inView(page, [source, target])).toEqual([true, true]);
    await screenshot(page, 'review-04-predicted-fit');

    await page.evaluate(() => window.__samverkan!.renderer.getCamera().setState({ x: 0, y: 0, ratio: 0.05 }));
    await page.locator('#mixing-matrix button[data-key="mix:municipal:state"]').click();
    await page.waitForTimeout(700);
    const highlighted = await hook<string[]>(page, 'highlightedNodes');
    expect(highlighted.length).toBeGreaterThan(2);
    expect((await inView(page, highlighted)).every(Boolean)).toBe(true);
    await page.close();
  });

  it('brings a search hit and the partners it highlights into the map beside its panel', async () => {
    const page = await openExplorer(session.browser, session.url, { width: 1440, height: 900 });
    await settle(page, 500);
    await page.evaluate(() => window.__samverkan!.renderer.getCamera().setState({ x: 0, y: 0, ratio: 0.05 }));
    await page.fill('#search-input', 'polisen');
    await page.locator('#search-list li[role="option"]', { hasText: 'Polisen' }).click();
    await page.waitForSelector('#panel:not([hidden])');
    await page.waitForTimeout(700);
    const highlighted = await hook<string[]>(page, 'highlightedNodes');
    expect(highlighted).toContain('polisen');
    expect(highlighted.length).toBeGreaterThan(1);
    expect((await inView(page, highlighted)).every(Boolean)).toBe(true);
    expect((await framed(page)).underPanel).toBe(false);
    await page.close();
  });
});
