// History and links in real Chromium: Back and Forward step through the explorer's own changes,
// and a link's lang=sv opens it in Swedish (and switching language writes it into the URL).
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, useExplorer } from './harness.ts';

const session = useExplorer();

describe('history and links', () => {
  it('Back steps through selections and filters inside the explorer', async () => {
    const page = await openExplorer(session.browser, session.url);
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
    await page.waitForFunction(
      () => !(document.querySelector('fieldset[data-filter="sectors"] input[value="state"]') as HTMLInputElement).checked,
    );
    expect(page.url()).toBe(start);
    expect((await hook<{ sectors: string[] }>(page, 'state')).sectors).toEqual([]);

    await page.goForward();
    await page.waitForFunction(
      () => (document.querySelector('fieldset[data-filter="sectors"] input[value="state"]') as HTMLInputElement).checked,
    );
    await page.close();
  });

  it('a link with lang=sv opens in Swedish in an English browser, and switching language writes it', async () => {
    const context = await session.browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.url}/?actor=polisen&lang=sv`);
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
});
