// The explorer in real Chromium, checking what a reviewer found driving it: the map keeps its
// room beside both side columns, the keyboard keeps its place when panels re-render and dialogs
// close, search says when the filters hide an actor, evidence rows keep their numbers, Swedish
// field errors, the camera fits a focused tie, the table's sort and markup, Back through the
// explorer's own history, the language in a link, and the share menu and favicon.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExplorer, screenshot, settle, startApp, type Running } from './harness.ts';

let running: Running;
let browser: Browser;

const hook = <T>(page: Page, fn: string): Promise<T> =>
  page.evaluate((name) => (window.__samverkan as unknown as Record<string, () => unknown>)[name]!(), fn) as Promise<T>;

/** What has keyboard focus, as the attributes a test can name it by. */
const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? '',
      id: a?.id ?? '',
      key: a?.getAttribute('data-key') ?? '',
      name: a?.getAttribute('name') ?? '',
      value: (a as HTMLInputElement | null)?.value ?? '',
      checked: (a as HTMLInputElement | null)?.checked ?? false,
    };
  });

beforeAll(async () => {
  running = await startApp();
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe('layout', () => {
  it('keeps the map at least 360 px wide at 1024×768 with the gaps view and the actor panel open', async () => {
    const page = await openExplorer(browser, `${running.url}/?actor=polisen&gaps=civil_society`, { width: 1024, height: 768 });
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

describe('keyboard focus survives re-renders', () => {
  it('Space on a filter box keeps focus on that box', async () => {
    const page = await openExplorer(browser, running.url);
    await page.focus('fieldset[data-filter="sectors"] input[value="municipal"]');
    await page.keyboard.press('Space');
    expect((await hook<{ sectors: string[] }>(page, 'state')).sectors).toEqual(['municipal']);
    expect(await active(page)).toMatchObject({ tag: 'input', value: 'municipal', checked: true });
    await page.close();
  });

  it('Enter on a gaps-view row and on a table name keeps focus on that control', async () => {
    const page = await openExplorer(browser, `${running.url}/?gaps=civil_society`);
    const row = page.locator('#reach-gaps li button').first();
    await row.waitFor();
    const key = (await row.getAttribute('data-key'))!;
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden])');
    expect((await active(page)).key).toBe(key);

    await page.goto(`${running.url}/?view=table`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    const name = page.locator('#actor-table tbody tr').nth(2).locator('button');
    const nameKey = (await name.getAttribute('data-key'))!;
    await name.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden])');
    expect((await active(page)).key).toBe(nameKey);
    // The chosen row says so with aria-current (aria-selected is not allowed on a table row).
    const current = page.locator('#actor-table tbody tr[aria-current="true"]');
    expect(await current.count()).toBe(1);
    expect(await current.locator('button').getAttribute('data-key')).toBe(nameKey);
    expect(await page.locator('#actor-table tr[aria-selected]').count()).toBe(0);
    await page.close();
  });

  it('Escape and Save in a form dialog return focus to the button that opened it', async () => {
    const page = await openExplorer(browser, `${running.url}/?actor=polisen`);
    await page.waitForSelector('#edit-actor');
    await page.focus('#edit-actor');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-form');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'edit-actor');

    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-form');
    await page.click('#actor-form button[type="submit"]');
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    await page.waitForFunction(() => document.activeElement?.id === 'edit-actor');
    await page.waitForTimeout(500); // the graph reloads after a save and the panel re-renders
    expect((await active(page)).id).toBe('edit-actor');
    await page.close();
  });
});

describe('an actor hidden by the filters', () => {
  it('is marked in the search list; its panel says why and offers to clear the hiding filter', async () => {
    const page = await openExplorer(browser, `${running.url}/?sector=civil_society`);
    expect(await hook<string[]>(page, 'renderedNodeKeys')).not.toContain('polisen');
    await page.fill('#search-input', 'polis');
    const option = page.locator('#search-list li[data-id="polisen"]');
    await option.waitFor();
    expect(await option.getAttribute('data-hidden')).toBe('true');
    expect(await option.textContent()).toContain('hidden by the filters');
    await option.click();
    await page.waitForSelector('#hidden-notice');
    expect(await page.locator('#hidden-notice').textContent()).toContain('sector');
    // The ego buttons cannot apply to an actor that is not drawn: none looks pressed.
    expect(await page.locator('#panel .segmented button[aria-pressed="true"]').count()).toBe(0);
    expect(await page.locator('#panel .segmented button:disabled').count()).toBe(3);
    await screenshot(page, 'review-02-hidden-by-filters');
    await page.click('#show-hidden');
    expect((await hook<{ sectors: string[] }>(page, 'state')).sectors).toEqual([]);
    expect(await hook<string[]>(page, 'renderedNodeKeys')).toContain('polisen');
    expect(await hook<string[]>(page, 'highlightedNodes')).toContain('polisen');
    expect(await page.locator('#hidden-notice').count()).toBe(0);
    await page.close();
  });
});

describe('forms', () => {
  it('numbers evidence rows by position after a removal, so a Swedish error lands on the right row', async () => {
    const page = await openExplorer(browser, `${running.url}/?lang=sv`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.click('#new-actor');
    await page.waitForSelector('#actor-form');
    const add = page.locator('#actor-form button[data-key="add-evidence"]');
    await add.click();
    await add.click();
    await add.click();
    await page.locator('#actor-form .evidence-row').first().locator('button.remove-evidence').click();
    await add.click();
    const names = await page.$$eval('#actor-form .evidence-row textarea', (els) => els.map((e) => e.getAttribute('name')));
    expect(names).toEqual(['evidence.0.note', 'evidence.1.note', 'evidence.2.note']);
    expect(await page.$$eval('#actor-form .evidence-row legend', (els) => els.map((e) => e.textContent))).toEqual(['Belägg 1', 'Belägg 2', 'Belägg 3']);

    await page.fill('#actor-form [name="name"]', 'Testföreningen');
    await page.fill('#actor-form [name="website"]', 'inte en länk');
    const row = (i: number) => page.locator('#actor-form .evidence-row').nth(i);
    for (const i of [0, 1, 2]) await row(i).locator('input[name$=".locator"]').fill(`s. ${i + 3}`);
    await row(0).locator('textarea').fill('en notering');
    await row(1).locator('textarea').fill('en annan notering');
    await page.click('#actor-form button[type="submit"]');
    await page.waitForSelector('#actor-form .error:not([hidden])');
    const errors = await page.$$eval('#actor-form .error:not([hidden])', (els) =>
      els.map((e) => {
        const row = e.closest('.evidence-row');
        return { field: e.closest('[data-field]')?.getAttribute('data-field'), row: row ? [...row.parentElement!.children].indexOf(row) : -1, text: e.textContent };
      }),
    );
    expect(errors).toEqual([
      { field: 'website', row: -1, text: 'Måste vara en webbadress, t.ex. https://exempel.se.' },
      { field: 'evidence.2.note', row: 2, text: 'Får inte vara tomt.' },
    ]);
    await screenshot(page, 'review-03-evidence-errors-sv');
    await page.keyboard.press('Escape');
    await page.close();
  });
});

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
    const page = await openExplorer(browser, `${running.url}/?gaps=civil_society`);
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

describe('table', () => {
  it('sorts Burt\'s constraint lowest first (most central, as the panel ranks it) and keeps the Name column in place', async () => {
    const page = await openExplorer(browser, `${running.url}/?view=table`, { width: 900, height: 700 });
    const constraint = page.locator('#actor-table thead button[data-column="m:constraint"]');
    await constraint.waitFor();
    await constraint.click({ timeout: 5000 });
    const header = page.locator('#actor-table thead th', { has: page.locator('button[data-column="m:constraint"]') });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const index = await page.$$eval('#actor-table thead th', (ths) => ths.findIndex((t) => t.querySelector('[data-column="m:constraint"]')));
    const values = await page.$$eval('#actor-table tbody tr', (rows, i) => rows.map((r) => r.children[i]!.textContent), index);
    const numbers = values.filter((v) => v !== '–').map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.locator('#actor-table thead button[data-column="ties"]').textContent()).toContain('Ties on map');
    expect(await page.locator('#actor-table thead th', { has: page.locator('[data-column="ties"]') }).getAttribute('title')).toMatch(/collaborations/);
    expect(await page.locator('#actor-table tbody th[scope="row"]').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await page.locator('#table-view').evaluate((el) => (el.scrollLeft = 400));
    await screenshot(page, 'review-05-table-scrolled');
    await page.close();
  });
});

describe('history and sharing', () => {
  it('Back steps through selections and filters inside the explorer', async () => {
    const page = await openExplorer(browser, running.url);
    const start = page.url();
    await page.check('fieldset[data-filter="sectors"] input[value="state"]');
    await page.waitForTimeout(1100); // changes closer together than a second make one entry
    await page.fill('#search-input', 'polis');
    await page.locator('#search-list li[data-id="polisen"]').click();
    await page.waitForSelector('#panel:not([hidden])');
    expect(page.url()).toContain('actor=polisen');

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#panel')?.hasAttribute('hidden'));
    expect(page.url()).not.toContain('actor=');
    expect(await hook<{ selected: string | null; sectors: string[] }>(page, 'state')).toMatchObject({ selected: null, sectors: ['state'] });
    expect(await page.isChecked('fieldset[data-filter="sectors"] input[value="state"]')).toBe(true);

    await page.goBack();
    await page.waitForFunction(() => !(document.querySelector('fieldset[data-filter="sectors"] input[value="state"]') as HTMLInputElement).checked);
    expect(page.url()).toBe(start);
    expect((await hook<{ sectors: string[] }>(page, 'state')).sectors).toEqual([]);

    await page.goForward();
    await page.waitForFunction(() => (document.querySelector('fieldset[data-filter="sectors"] input[value="state"]') as HTMLInputElement).checked);
    await page.close();
  });

  it('a link with lang=sv opens in Swedish in an English browser, and switching language writes it', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${running.url}/?actor=polisen&lang=sv`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('#legend h2').textContent()).toBe('Teckenförklaring');
    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).not.toContain('lang=');
    await page.click('#lang-toggle');
    expect(page.url()).toContain('lang=sv');
    await context.close();
  });

  it('closes the share menu after an export, and loads without a failed request (favicon included)', async () => {
    const failed: string[] = [];
    const page = await browser.newPage();
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(running.url);
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
