// The gaps view in real Chromium: it lists the actors without civil-society ties that the API
// lists, outlines them on the map, and a mixing-matrix cell focuses the map on a pair of sectors.
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, settle, useExplorer } from './harness.ts';

const session = useExplorer();

describe('the gaps view', () => {
  it('the gaps view lists the actors without civil-society ties that the API lists', async () => {
    const reach = await session.api<{ gaps: Array<{ actor: { id: string } }> }>('/api/gaps/reach?sector=civil_society');
    const page = await openExplorer(session.browser, session.url);
    await page.click('#gaps-toggle');
    await page.waitForSelector('#reach-gaps li');
    const listed = await page.$$eval('#reach-gaps li', (lis) => lis.map((li) => (li as HTMLElement).dataset.actor));
    expect(listed.sort()).toEqual(reach.gaps.map((g) => g.actor.id).sort());
    expect(await hook<number>(page, 'outlinedCount')).toBe(reach.gaps.length);
    await page.waitForSelector('#mixing-matrix');
    await settle(page, 1500);
    await screenshot(page, '04-gaps');
    // A mixing-matrix cell focuses the map on that pair of sectors.
    await page.locator('#mixing-matrix tbody button').first().click();
    expect(page.url()).toContain('focus=sectors');
    expect((await hook<string[]>(page, 'highlightedNodes')).length).toBeGreaterThan(0);
    await screenshot(page, '05-gaps-focus');
    await page.close();
  });
});
