// The table view in real Chromium: a real <table> sorted by its header buttons with aria-sort,
// a metric where less is more sorted most central first, and a Name column that stays in place;
// compact (30+ rows on a 900 px screen), its columns chosen and kept in the link, and a CSV of
// exactly the rows and columns shown.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

/** The table as shown: its header labels and every row's cells (a cut cell by its full title). */
const shownTable = (page: Page) =>
  page.$eval('#actor-table', (table) => {
    const text = (cell: Element) => (cell.getAttribute('title') ?? cell.textContent ?? '').trim();
    return {
      // A header's title explains the column; its label is the button's text, less the sort mark.
      header: [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').replace(/[▲▼]/g, '').trim()),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text)),
    };
  });

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

  it('fits 30+ rows on a 1440×900 screen, one line each, with the areas as chips', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?view=table`, { width: 1440, height: 900 });
    await page.waitForSelector('#actor-table tbody tr');
    const visible = await page.$$eval('#actor-table tbody tr', (rows) => {
      const view = document.querySelector('#table-view')!.getBoundingClientRect();
      const bottom = Math.min(view.bottom, window.innerHeight);
      return rows.filter((r) => {
        const box = r.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= bottom;
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(30);
    const heights = await page.$$eval('#actor-table tbody tr', (rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(30);
    expect(await page.locator('#actor-table tbody td.areas .chip').count()).toBeGreaterThan(10);
    await screenshot(page, 'table-compact-1440x900');
    await page.close();
  });

  it('shows the columns chosen, keeps them in the link, and downloads a CSV of what is shown', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?view=table`, { width: 1440, height: 900 });
    await page.locator('#table-columns summary').click();
    await page.locator('#table-columns input[value="areas"]').uncheck();
    await page.locator('#table-columns input[value="m:closeness"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cols'));
    const cols = new URL(page.url()).searchParams.get('cols')!.split(',');
    expect(cols).not.toContain('areas');
    expect(cols).toContain('m:closeness');
    const shown = await shownTable(page);
    expect(shown.header).not.toContain('Areas');
    expect(shown.header.length).toBe(cols.length + 1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#table-csv').click()]);
    const csv = parse(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, ''), { delimiter: ';' }) as string[][];
    expect(csv[0]).toEqual(shown.header);
    expect(csv.slice(1)).toEqual(shown.rows);
    await page.close();

    // The link opens the same table.
    const linked = await openExplorer(session.browser, `${session.url}/?view=table&cols=${cols.join(',')}`, { width: 1440, height: 900 });
    await linked.waitForSelector('#actor-table');
    expect((await shownTable(linked)).header).toEqual(shown.header);
    await linked.close();
  });
});
