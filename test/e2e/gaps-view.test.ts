// The gaps view in real Chromium: it lists the actors without civil-society ties that the API
// lists, outlines them on the map, and a mixing-matrix cell focuses the map on a pair of sectors;
// desired ties are drawn readable (issue #12, gaps view design).
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, settle, useExplorer } from './harness.ts';

const session = useExplorer();

interface Tie {
  id: string;
  type: string;
  strength?: number;
}

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

  it('draws desired ties readable: dashed, as wide as active ties of their kind, and at least 0.6 opaque', async () => {
    const ties = (status: string) => session.api<{ items: Tie[] }>(`/api/collaborations?status=${status}&limit=500`).then((r) => r.items);
    const desired = await ties('desired');
    const active = await ties('active');
    // An active tie of the same type and strength, so only the status tells them apart.
    const pair = desired
      .map((d) => [d, active.find((a) => a.type === d.type && a.strength === d.strength)] as const)
      .find(([, a]) => a !== undefined);
    if (!pair) throw new Error('the seed has no active tie like a desired one');
    const page = await openExplorer(session.browser, `${session.url}/?gaps=civil_society`);
    await page.waitForSelector('#reach-gaps li');
    const style = (key: string) =>
      page.evaluate((k) => {
        const d = window.__samverkan!.renderer.getEdgeDisplayData(k)!;
        const alpha = Number(/rgba\(.*,\s*([\d.]+)\)/.exec(d.color)?.[1] ?? 1);
        return { color: d.color, alpha, type: d.type, size: d.size, hidden: d.hidden ?? false };
      }, key);
    const wished = await style(pair[0].id);
    const existing = await style(pair[1]!.id);
    expect(wished.hidden).toBe(false);
    expect(wished.type).toBe('dashed');
    expect(existing.type).toBe('line');
    expect(wished.alpha).toBeGreaterThanOrEqual(0.6);
    expect(wished.size).toBeGreaterThanOrEqual(existing.size);
    // Every desired tie on the map is drawn so, not only the one compared.
    const all = await Promise.all(desired.map((t) => style(t.id)));
    expect(all.filter((t) => t.hidden || t.type !== 'dashed' || t.alpha < 0.6)).toEqual([]);
    await page.close();
  });
});
