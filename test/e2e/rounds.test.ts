// Mappings and rounds in real Chromium: a follow-up round made as a copy of 2019 (through the
// API), two of its ties changed in the explorer, and the compare view drawing and counting both
// changes, each actor on the pixel the round view draws it on, a clicked change framed beside the
// panel; and "What if?" in the gaps view landing in the compare view of a scenario, said to be one.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHANGE_COLORS } from '../../client/src/graph/colors.ts';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();
const MAPPING = 'trollhattan-segregation';
const rounds = `/api/mappings/${MAPPING}/rounds`;

interface Tie {
  id: string;
  source: string;
  status: string;
}

const post = (path: string, body: unknown) =>
  session.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const countOf = async (page: Page, change: string) =>
  Number((await page.locator(`[data-change="${change}"] .count`).textContent())?.trim());
const colourOf = (page: Page, tie: string) => page.evaluate((key) => window.__samverkan!.edgeColor(key), tie);

/** Opens the round with the tie's source selected, and sets the tie's status through its form. */
async function changeStatus(page: Page, round: string, tie: Tie, status: string): Promise<void> {
  await page.goto(`${session.url}/?round=${round}&actor=${tie.source}`);
  await page.waitForFunction(() => window.__samverkan?.ready === true);
  await page.click(`#panel button.edit-tie[data-tie="${tie.id}"]`);
  await page.waitForSelector('#tie-form');
  await page.selectOption('#tie-form [name="status"]', status);
  await page.click('#tie-form button[type="submit"]');
  await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
}

describe('rounds in the explorer', () => {
  it('changes two ties of a follow-up round, and the compare view draws and counts both', async () => {
    await post(rounds, { id: '2024', label: 'Follow-up 2024', observedOn: '2024', copyFrom: '2019' });
    const r2024 = `${rounds}/2024`;
    const [weakened] = (await session.api<{ items: Tie[] }>(`${r2024}/collaborations?status=active&limit=1`)).items;
    const [wished] = (await session.api<{ items: Tie[] }>(`${r2024}/collaborations?status=desired&limit=1`)).items;

    const page = await openExplorer(session.browser, `${session.url}/?round=${MAPPING}/2024`);
    // The picker names the round shown and offers the other one to compare with.
    expect(await page.locator('#round-picker').inputValue()).toBe(`${MAPPING}/2024`);
    await changeStatus(page, `${MAPPING}/2024`, weakened!, 'needs_development');
    await changeStatus(page, `${MAPPING}/2024`, wished!, 'active');

    // The writes went to 2024 only.
    expect((await session.api<Tie>(`${r2024}/collaborations/${weakened!.id}`)).status).toBe('needs_development');
    expect((await session.api<Tie>(`${rounds}/2019/collaborations/${weakened!.id}`)).status).toBe('active');
    expect((await session.api<Tie>(`${rounds}/2019/collaborations/${wished!.id}`)).status).toBe('desired');

    // With nothing selected (a selection dims the rest), the comparison is picked in the header.
    await page.goto(`${session.url}/?round=${MAPPING}/2024`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    await page.selectOption('#compare-picker', '2019');
    await page.waitForSelector('#compare-counts');
    expect(page.url()).toContain(`round=${MAPPING}/2024`);
    expect(page.url()).toContain('compare=2019');
    expect(await page.locator('#compare-rounds').textContent()).toMatch(/→ Follow-up 2024$/);
    expect(await countOf(page, 'down')).toBe(1);
    expect(await countOf(page, 'up')).toBe(1);
    expect(await countOf(page, 'new')).toBe(0);
    expect(await countOf(page, 'ended')).toBe(0);
    await page.waitForFunction((key) => window.__samverkan!.edgeColor(key) !== null, weakened!.id);
    expect(await colourOf(page, weakened!.id)).toBe(CHANGE_COLORS.down);
    expect(await colourOf(page, wished!.id)).toBe(CHANGE_COLORS.up);
    expect(await page.locator('#legend-changes').textContent()).toContain('Status down');
    await screenshot(page, 'rounds-compare');

    // A count brings its ties forward: the two ends of the weakened tie are what the map highlights.
    await page.click('[data-key="change:down"]');
    const highlighted = await page.evaluate(() => window.__samverkan!.highlightedNodes());
    const [a, b] = await session
      .api<{ source: string; target: string }>(`${r2024}/collaborations/${weakened!.id}`)
      .then((t) => [t.source, t.target]);
    expect(highlighted.sort()).toEqual([a, b].sort());

    // Closed, the round is read-only: the explorer offers no edits on it, and says why.
    await session.api(r2024, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ closed: true }) });
    await page.reload();
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    await page.waitForSelector('#round-closed');
    expect(await page.locator('#new-tie').count()).toBe(0);
    expect(await page.locator('#round-picker option:checked').textContent()).toBe('Follow-up 2024 (closed)');
    await page.close();
  });

  it('in the compare view draws actors where the round view does, and fits a clicked change into the visible map', async () => {
    await post(rounds, { id: '2030', label: 'Follow-up 2030', observedOn: '2030', copyFrom: '2019' });
    const r2030 = `${rounds}/2030`;
    const [weakened] = (await session.api<{ items: Tie[] }>(`${r2030}/collaborations?status=active&limit=1`)).items;
    await session.api(`${r2030}/collaborations/${weakened!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'needs_development' }),
    });
    const compare = await openExplorer(session.browser, `${session.url}/?round=${MAPPING}/2030&compare=2019`, { width: 1440, height: 900 });
    await compare.waitForSelector('#compare-counts');
    const round = await openExplorer(session.browser, `${session.url}/?round=${MAPPING}/2030`, { width: 1440, height: 900 });
    // The compare panel narrows the map: the compare view gets a window as much wider, so both
    // maps have one size and one camera puts a node on one pixel.
    const mapOf = async (page: Page) => (await page.locator('#map').boundingBox())!;
    const roundMap = await mapOf(round);
    const narrower = roundMap.width - (await mapOf(compare)).width;
    expect(narrower).toBeGreaterThan(100);
    await compare.setViewportSize({ width: 1440 + narrower, height: 900 });
    await compare.waitForFunction((w) => window.__samverkan!.renderer.getDimensions().width === w, roundMap.width);
    expect(await mapOf(compare)).toMatchObject({ width: roundMap.width, height: roundMap.height });
    const drawn = (page: Page) =>
      page.evaluate(() => {
        const r = window.__samverkan!.renderer;
        r.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.8, angle: 0 });
        const actors = r.getGraph().filterNodes((_, a) => a.kind === 'actor');
        return Object.fromEntries(actors.map((n) => [n, r.graphToViewport(r.getGraph().getNodeAttributes(n) as { x: number; y: number })]));
      });
    const inRound = await drawn(round);
    const inCompare = await drawn(compare);
    // Every actor of the round (the copy has all of 2019's) is in the compare view, on the same pixel.
    expect(Object.keys(inCompare).sort()).toEqual(Object.keys(inRound).sort());
    const moved = Object.keys(inRound).filter((n) => Math.hypot(inRound[n]!.x - inCompare[n]!.x, inRound[n]!.y - inCompare[n]!.y) > 0.5);
    expect(moved).toEqual([]);
    await round.close();

    // A change clicked in the panel is brought into the map beside it, from however far away.
    await compare.evaluate(() => window.__samverkan!.renderer.getCamera().setState({ x: 0, y: 0, ratio: 0.05 }));
    await compare.click('[data-key="change:down"]');
    await compare.waitForTimeout(700);
    const highlighted = await compare.evaluate(() => window.__samverkan!.highlightedNodes());
    expect(highlighted.length).toBe(2);
    const outside = await compare.evaluate((nodes) => {
      const r = window.__samverkan!.renderer;
      const { width, height } = r.getDimensions();
      return nodes.filter((n) => {
        const d = r.getNodeDisplayData(n)!;
        const p = r.framedGraphToViewport(d);
        const radius = r.scaleSize(d.size);
        return p.x - radius < 0 || p.x + radius > width || p.y - radius < 0 || p.y + radius > height;
      });
    }, highlighted);
    expect(outside).toEqual([]);
    const [map, panel] = [await mapOf(compare), (await compare.locator('#compare').boundingBox())!];
    expect(map.x + map.width).toBeLessThanOrEqual(panel.x);
    await screenshot(compare, 'rounds-compare-fit');
    await compare.close();
  });

  it('"What if?" realises the declared gaps in a scenario and lands in its compare view, labelled scenario', async () => {
    const declared = await session.api<{ ties: unknown[] }>(`${rounds}/2019/gaps/declared`);
    const page = await openExplorer(session.browser, `${session.url}/?round=${MAPPING}/2019&gaps=civil_society`);
    await page.waitForSelector('#what-if-realise:not([disabled])');
    await page.click('#what-if-realise');
    await page.waitForSelector('#what-if-form');
    await page.click('#what-if-confirm');
    await page.waitForSelector('#compare-scenario');
    expect(await page.locator('#compare-scenario').textContent()).toContain('scenario');
    expect(await page.locator('#compare-rounds').textContent()).toContain('(scenario)');
    expect(page.url()).toContain(`round=${MAPPING}/2019-what-if-1`);
    expect(page.url()).toContain('compare=2019');
    // Every wish (desired or needs development) is active in the scenario: each one a status up.
    expect(await countOf(page, 'up')).toBe(declared.ties.length);
    expect(await page.locator('#scenario-badge').isVisible()).toBe(true);
    const scenario = await session.api<{ kind: string; basedOn: string }>(`${rounds}/2019-what-if-1`);
    expect(scenario).toMatchObject({ kind: 'scenario', basedOn: '2019' });
    await screenshot(page, 'rounds-what-if');
    // In Swedish too, the scenario is said to be one.
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    expect(await page.locator('#compare-scenario').textContent()).toContain('är ett scenario');
    expect(await page.locator('#round-picker option:checked').textContent()).toContain('(scenario)');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'rounds-what-if-sv-1024');
    await page.close();
  });

  it('"What if?" adds the ticked suggested links to a scenario copy, drawn as new ties', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?round=${MAPPING}/2019&gaps=civil_society`);
    await page.waitForSelector('#predicted-gaps .what-if-tick');
    const ticks = page.locator('#predicted-gaps .what-if-tick');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await page.click('#what-if-links');
    await page.click('#what-if-confirm');
    await page.waitForSelector('#compare-scenario');
    const scenario = new URL(page.url()).searchParams.get('round')!.split('/')[1];
    expect(scenario).toMatch(/^2019-what-if-\d$/);
    expect(await countOf(page, 'new')).toBe(2);
    const added = await session.api<{ items: Tie[] }>(`${rounds}/${scenario}/collaborations?limit=500`);
    const original = await session.api<{ items: Tie[] }>(`${rounds}/2019/collaborations?limit=500`);
    expect(added.items.length - original.items.length).toBe(2);

    // A link comparing with a round the mapping does not have says so in the panel.
    await page.goto(`${session.url}/?round=${MAPPING}/2019&compare=no-such-round`);
    await page.waitForSelector('#compare [role="alert"]');
    expect(await page.locator('#compare [role="alert"]').textContent()).toContain('there is no such round');
    await page.close();
  });
});
