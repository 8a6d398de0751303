// The table view in real Chromium: a real <table> sorted by its header buttons with aria-sort,
// a metric where less is more sorted most central first, and a Name column that stays in place.
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

describe('table', () => {
  it('the table view is a sortable table with aria-sort on its headers', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?view=table`);
    await page.waitForSelector('#actor-table');
    const nameHeader = page.locator('#actor-table thead th').first();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const tiesButton = page.locator('#actor-table thead button[data-column="ties"]');
    await tiesButton.focus();
    await page.keyboard.press('Enter');
    const tiesHeader = page.locator('#actor-table thead th', { has: page.locator('button[data-column="ties"]') });
    expect(await tiesHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    const ties = await page.$$eval('#actor-table tbody tr', (rows) => rows.map((r) => Number(r.children[3]!.textContent)));
    expect(ties).toEqual([...ties].sort((a, b) => b - a));
    await screenshot(page, '06-table');
    await page.close();
  });

  it("sorts Burt's constraint lowest first (most central, as the panel ranks it) and keeps the Name column in place", async () => {
    const page = await openExplorer(session.browser, `${session.url}/?view=table`, { width: 900, height: 700 });
    const constraint = page.locator('#actor-table thead button[data-column="m:constraint"]');
    await constraint.waitFor();
    await constraint.click({ timeout: 5000 });
    const header = page.locator('#actor-table thead th', { has: page.locator('button[data-column="m:constraint"]') });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const index = await page.$$eval('#actor-table thead th', (ths) =>
      ths.findIndex((t) => t.querySelector('[data-column="m:constraint"]')),
    );
    const values = await page.$$eval('#actor-table tbody tr', (rows, i) => rows.map((r) => r.children[i]!.textContent), index);
    const numbers = values.filter((v) => v !== '–').map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.locator('#actor-table thead button[data-column="ties"]').textContent()).toContain('Ties on map');
    expect(await page.locator('#actor-table thead th', { has: page.locator('[data-column="ties"]') }).getAttribute('title')).toMatch(
      /collaborations/,
    );
    expect(
      await page
        .locator('#actor-table tbody th[scope="row"]')
        .first()
        .evaluate((el) => getComputedStyle(el).position),
    ).toBe('sticky');
    await page.locator('#table-view').evaluate((el) => (el.scrollLeft = 400));
    await screenshot(page, 'review-05-table-scrolled');
    await page.close();
  });
});
