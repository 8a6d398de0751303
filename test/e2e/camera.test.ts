// The camera in real Chromium: a predicted link and a mixing cell chosen in the gaps view are
// brought into view, however far the map was zoomed elsewhere.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, settle, useExplorer } from './harness.ts';

const session = useExplorer();

describe('camera', () => {
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
});
