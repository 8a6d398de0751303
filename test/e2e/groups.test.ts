// Group actors in real Chromium on the seed (issue #12, item 6): a distinct marker on the map and
// a note in the panel, in English and in Swedish; an ordinary actor has neither.
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

const nodeType = (page: import('playwright-core').Page, key: string) =>
  page.evaluate((k) => window.__samverkan!.renderer.getNodeDisplayData(k)?.type, key);

describe('group actors', () => {
  it('marks Civilsamhället as a group on the map and says in the panel that it stands for many', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=civilsamhallet`);
    expect(await nodeType(page, 'civilsamhallet')).toBe('group');
    // The municipality as a whole stands for its unnamed parts too (issue #12 names it).
    expect(await nodeType(page, 'trollhattans-stad')).toBe('group');
    expect(await nodeType(page, 'polisen')).toBe('circle');
    await page.waitForSelector('#panel .group-note');
    expect(await page.locator('#panel .group-note').textContent()).toContain('many organisations');
    expect(await page.locator('#legend').textContent()).toContain('Group of organisations');
    await screenshot(page, 'group-actor-panel');
    await page.close();
  });

  it('says it in Swedish in the Swedish explorer, and not for an ordinary actor', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=civilsamhallet&lang=sv`);
    await page.waitForSelector('#panel .group-note');
    expect(await page.locator('#panel .group-note').textContent()).toContain('många organisationer');
    await page.goto(`${session.url}/?actor=polisen&lang=sv`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel .group-note').count()).toBe(0);
    await page.close();
  });
});
