// Sharing in real Chromium: PNG, GEXF and JSON exports download, the share menu closes after one,
// and the page loads without a failed request (favicon included).
import { describe, expect, it } from 'vitest';
import { openExplorer, useExplorer } from './harness.ts';

const session = useExplorer();

describe('exports and sharing', () => {
  it('exports the view as PNG and the graph as GEXF and JSON', async () => {
    const page = await openExplorer(session.browser, session.url);
    for (const [button, suffix] of [
      ['#export-png', '.png'],
      ['#export-gexf', '.gexf'],
      ['#export-json', '.json'],
    ] as const) {
      await page.click('.menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename()).toBe(`samverkan${suffix}`);
      // The share menu closes once the export is on its way.
      expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    }
    await page.close();
  });

  it('closes the share menu after an export, and loads without a failed request (favicon included)', async () => {
    const failed: string[] = [];
    const page = await session.browser.newPage();
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(session.url);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    await page.click('.menu summary');
    expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(download.suggestedFilename()).toBe('samverkan.json');
    expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(failed).toEqual([]);
    await page.close();
  });
});
