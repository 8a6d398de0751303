// A saved layout (issue #12, "a layout that stays"), in real Chromium on the seed with a write
// key: the analyst moves the map away from the first layout, saves it (the key asked once), and
// every later load starts from exactly those positions instead of computing the first layout.
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, useExplorer } from './harness.ts';

const KEY = 'e2e-layout-key';
const session = useExplorer({ apiKey: KEY });

type Positions = Record<string, { x: number; y: number }>;

describe('a saved layout', () => {
  it('is what the next load draws, node for node', async () => {
    const page = await openExplorer(session.browser, session.url, { width: 1440, height: 900 });
    const first = await hook<Positions>(page, 'positions');
    // A visitor without the key drew the first layout but could not keep it: the round has none.
    await page.waitForTimeout(500);
    expect((await session.api<{ savedAt: string | null }>('/api/layout')).savedAt).toBeNull();
    // Move the map away from the first layout, as an analyst arranging it would.
    await page.evaluate(() => window.__samverkan!.startLayout());
    await page.waitForTimeout(1500);
    await page.evaluate(() => window.__samverkan!.stopLayout());
    const arranged = await hook<Positions>(page, 'positions');
    expect(arranged).not.toEqual(first);
    expect(Object.keys(arranged).sort()).toEqual(Object.keys(first).sort());

    await page.locator('#save-layout').click();
    await page.locator('#save-layout-form input[name="apiKey"]').fill(KEY);
    await page.locator('#confirm-save-layout').click();
    await page.locator('#edit-dialog').waitFor({ state: 'hidden' });
    const stored = await session.api<{ positions: Positions; savedAt: string | null }>('/api/layout');
    expect(stored.positions).toEqual(arranged);
    expect(stored.savedAt).not.toBeNull();
    await page.close();

    const again = await openExplorer(session.browser, session.url, { width: 1440, height: 900 });
    expect(await hook<Positions>(again, 'positions')).toEqual(arranged);
    expect(await hook<boolean>(again, 'layoutRunning')).toBe(false);
    await screenshot(again, 'saved-layout-reloaded');
    await again.close();
  }, 90_000);
});
