// The unit hierarchy on the map (issue #12, "hierarchy and groups"), in real Chromium on the seed:
// every unit whose parent is on the map is joined to it by a drawn "part of" line, the legend
// names the line, and the filters' toggle takes the lines away (and a link keeps that choice).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type GraphBody, openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

/** The "part of" lines sigma draws now: [unit, parent] pairs. */
const drawnPartOf = (page: Page) =>
  page.evaluate(() => {
    const r = window.__samverkan!.renderer;
    const g = r.getGraph();
    return g
      .filterEdges((e, a) => (a as { kind: string }).kind === 'partOf' && r.getEdgeDisplayData(e)?.hidden === false)
      .map((e) => g.extremities(e))
      .sort();
  });

describe('the unit hierarchy', () => {
  it('draws a line from every unit to its parent, in the legend too, and the toggle hides them', async () => {
    const graph = await session.api<GraphBody>('/api/graph');
    const units = graph.nodes
      .filter((n) => typeof n.attributes.parentId === 'string')
      .map((n) => [n.key, n.attributes.parentId as string])
      .sort();
    expect(units.length).toBeGreaterThan(3);

    const page = await openExplorer(session.browser, session.url, { width: 1440, height: 900 });
    expect(await drawnPartOf(page)).toEqual(units);
    const legend = page.locator('#legend li', { hasText: 'Part of' });
    expect(await legend.textContent()).toContain(String(units.length));
    await screenshot(page, 'hierarchy-on');

    await page.locator('#hierarchy-toggle').uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hierarchy') === 'off');
    expect(await drawnPartOf(page)).toEqual([]);
    expect(await legend.count()).toBe(0);
    await screenshot(page, 'hierarchy-off');
    await page.close();

    // The link keeps the choice.
    const linked = await openExplorer(session.browser, `${session.url}/?hierarchy=off`, { width: 1440, height: 900 });
    expect(await drawnPartOf(linked)).toEqual([]);
    expect(await linked.locator('#hierarchy-toggle').isChecked()).toBe(false);
    await linked.close();
  });
});
