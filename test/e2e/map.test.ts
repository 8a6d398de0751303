// The map in real Chromium against the real app on the seed dataset: it draws every node the API
// returns, and keeps its room beside both side columns. Screenshots go to test/artifacts/.
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, settle, useExplorer, type GraphBody } from './harness.ts';

const session = useExplorer();

describe('the map', () => {
  it('loads the seed network and draws every node the API returns', async () => {
    const graph = await session.api<GraphBody>('/api/graph?includeForums=true');
    expect(graph.nodes.length).toBeGreaterThan(10);
    const page = await openExplorer(session.browser, session.url);
    expect(await hook<number>(page, 'renderedNodeCount')).toBe(graph.nodes.length);
    expect(await page.locator('#legend').textContent()).toContain('Municipal');
    await settle(page);
    await screenshot(page, '01-map');
    await page.close();
  });

  it('keeps the map at least 360 px wide at 1024×768 with the gaps view and the actor panel open', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen&gaps=civil_society`, { width: 1024, height: 768 });
    await page.waitForSelector('#panel:not([hidden])');
    await page.waitForSelector('#reach-gaps');
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    expect((await box('#map canvas')).width).toBeGreaterThanOrEqual(360);
    expect((await box('#gaps')).width).toBeGreaterThan(200);
    expect((await box('#panel')).width).toBeGreaterThan(200);
    // Nothing pushed off the right edge.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await settle(page, 1000);
    await screenshot(page, 'review-01-narrow-both-open');
    await page.close();
  });
});
