// Filters in real Chromium: a sector filter changes what is drawn and the URL keeps it; an actor
// the filters hide is marked in search, and its panel says which filters hide it.
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, settle, type GraphBody, useExplorer } from './harness.ts';

const session = useExplorer();

describe('filters', () => {
  it('a sector filter changes what is drawn, and the URL keeps it', async () => {
    const graph = await session.api<GraphBody>('/api/graph?includeForums=false');
    const sectorOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.sector as string]));
    const page = await openExplorer(session.browser, session.url);
    const before = await hook<number>(page, 'renderedNodeCount');
    await page.check('fieldset[data-filter="sectors"] input[value="civil_society"]');
    await page.check('input[name="forums"][value="hidden"]');
    const keys = await hook<string[]>(page, 'renderedNodeKeys');
    expect(keys.length).toBeLessThan(before);
    expect(keys.length).toBe([...sectorOf.values()].filter((s) => s === 'civil_society').length);
    expect(keys.every((k) => sectorOf.get(k) === 'civil_society')).toBe(true);
    expect(page.url()).toContain('sector=civil_society');
    await settle(page, 1000);
    await screenshot(page, '03-filtered');
    await page.reload();
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    expect(await hook<number>(page, 'renderedNodeCount')).toBe(keys.length);
    await page.close();
  });

  it('is marked in the search list; its panel says why and offers to clear the hiding filter', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?sector=civil_society`);
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
