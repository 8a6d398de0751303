// The explorer in Swedish, in real Chromium: the interface switches language, and the data's own
// texts follow it: a Swedish UI shows the Swedish description and evidence note where the data
// has one, else the English text marked as English; an English UI shows English.
import { describe, expect, it } from 'vitest';
import { openExplorer, routeGraph, screenshot, settle, useExplorer, type GraphBody } from './harness.ts';

const session = useExplorer();

describe('Swedish', () => {
  it('switches to Swedish', async () => {
    const page = await openExplorer(session.browser, session.url);
    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('#legend h2').textContent()).toBe('Teckenförklaring');
    expect(await page.locator('fieldset[data-filter="sectors"] legend').textContent()).toContain('Sektor');
    await settle(page, 1000);
    await screenshot(page, '07-swedish');
    await page.evaluate(() => localStorage.removeItem('samverkan.lang'));
    await page.close();
  });

  it('shows the Swedish texts in Swedish, falls back to English marked as such, and shows English in English', async () => {
    const graph = await session.api<GraphBody>('/api/graph?includeForums=true');
    const polisen = graph.nodes.find((n) => n.key === 'polisen')!.attributes as {
      description: string;
      descriptionSv?: string;
      evidence: Array<{ note: string; noteSv?: string }>;
    };
    polisen.descriptionSv = 'Polismyndigheten i Trollhättan.';
    polisen.evidence[0]!.noteSv = 'Polisen samarbetar väl med den sociala insatsgruppen.';
    delete polisen.evidence[1]!.noteSv;
    // An actor with an English description only (the seed has both; the stores may return both).
    const other = graph.nodes.find((n) => n.attributes.kind === 'actor' && n.key !== 'polisen' && n.attributes.description)!;
    delete other.attributes.descriptionSv;
    const route = (page: Parameters<typeof routeGraph>[0]) => routeGraph(page, graph);

    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen&lang=sv`, undefined, route);
    await page.waitForSelector('#panel:not([hidden])');
    const description = page.locator('#panel p.description');
    expect(await description.getAttribute('lang')).toBe('sv');
    expect(await description.textContent()).toBe('Polismyndigheten i Trollhättan.');
    const notes = page.locator('#panel .evidence-section q');
    expect(await notes.nth(0).getAttribute('lang')).toBe('sv');
    expect(await notes.nth(0).textContent()).toBe('Polisen samarbetar väl med den sociala insatsgruppen.');
    // The second note has no Swedish text: the English one, said to be in English.
    expect(await notes.nth(1).getAttribute('lang')).toBe('en');
    expect(await notes.nth(1).textContent()).toBe(polisen.evidence[1]!.note);
    expect(await page.locator('#panel .evidence-section li').nth(1).locator('.other-language').textContent()).toBe(' (på engelska)');
    await screenshot(page, 'swedish-texts');

    await page.goto(`${session.url}/?actor=${other.key}&lang=sv`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    expect(await description.getAttribute('lang')).toBe('en');
    expect(await description.textContent()).toBe(`${other.attributes.description as string} (på engelska)`);
    expect(await description.locator('.other-language').getAttribute('lang')).toBe('sv');

    await page.goto(`${session.url}/?actor=polisen`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await description.getAttribute('lang')).toBe('en');
    expect(await description.textContent()).toBe(polisen.description);
    expect(await notes.nth(0).textContent()).toBe(polisen.evidence[0]!.note);
    expect(await page.locator('#panel .other-language').count()).toBe(0);
    await page.close();
  });
});
