// The gaps view in real Chromium: it lists the actors without civil-society ties that the API
// lists, outlines them on the map, and a mixing-matrix cell focuses the map on a pair of sectors;
// desired ties are drawn readable (issue #12, gaps view design).
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, pngPixels, screenshot, settle, useExplorer } from './harness.ts';

const session = useExplorer();

interface Tie {
  id: string;
  type: string;
  strength?: number;
}

type Point = { x: number; y: number };

/**
 * How dark the typical one of these ties is drawn in a screenshot (RGBA pixels): per tie, the
 * darkest pixel across it at each step along its middle 40 %, of which the 75th percentile (inside
 * a dash: dashes cover 7 of every 12 pixels); then the median over the ties. Ties shorter than
 * 60 px or with an end off the picture are left out.
 */
function typicalDarkness(shot: { width: number; height: number; rgba: Buffer }, ties: Point[][]): { ties: number; darkness: number } {
  const dark = (x: number, y: number) => {
    const i = (Math.round(y) * shot.width + Math.round(x)) * 4;
    return 1 - (0.2126 * shot.rgba[i]! + 0.7152 * shot.rgba[i + 1]! + 0.0722 * shot.rgba[i + 2]!) / 255;
  };
  const within = (p: Point) => p.x > 3 && p.y > 3 && p.x < shot.width - 3 && p.y < shot.height - 3;
  const percentile = (xs: number[], q: number) => xs.sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? 0;
  const measured = ties.flatMap(([a, b]) => {
    const length = Math.hypot(b!.x - a!.x, b!.y - a!.y);
    if (!within(a!) || !within(b!) || length < 60) return [];
    const [ux, uy] = [(b!.x - a!.x) / length, (b!.y - a!.y) / length];
    const samples: number[] = [];
    for (let d = length * 0.3; d <= length * 0.7; d++) {
      let darkest = 0;
      for (let o = -2; o <= 2; o++) darkest = Math.max(darkest, dark(a!.x + ux * d - uy * o, a!.y + uy * d + ux * o));
      samples.push(darkest);
    }
    return [percentile(samples, 0.75)];
  });
  return { ties: measured.length, darkness: percentile(measured, 0.5) };
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

  it('draws desired ties readable: dashed, as wide as active ties of their kind, and on screen nearly as dark', async () => {
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

    // On screen, its dashes are nearly as dark as an active tie of its kind: the darkness of each
    // tie's dashes is measured in the map's pixels along its middle, and the typical desired tie
    // compared with the typical active one. Sigma blends a tie's colour onto the map without
    // premultiplying it by its alpha, so a lower alpha lightens far more than in proportion: at
    // 0.7 the dashes were half as dark as an active tie (0.85), and at the 0.45 of old a sixth.
    await settle(page, 500);
    const shot = await pngPixels(session.browser, await page.locator('#map').screenshot());
    const ends = await page.evaluate(
      (keys) => {
        const r = window.__samverkan!.renderer;
        const at = (n: string) => r.framedGraphToViewport(r.getNodeDisplayData(n)!);
        return Object.fromEntries(keys.map((k) => [k, r.getGraph().extremities(k).map(at)]));
      },
      [...desired, ...active].filter((t) => t.type === pair[0].type).map((t) => t.id),
    );
    const darkness = (status: Tie[]) =>
      typicalDarkness(
        shot,
        status.filter((t) => t.type === pair[0].type).map((t) => ends[t.id]!),
      );
    const wishedDark = darkness(desired);
    const existingDark = darkness(active);
    expect(wishedDark.ties).toBeGreaterThan(0);
    expect(existingDark.ties).toBeGreaterThan(0);
    expect(wishedDark.darkness).toBeGreaterThanOrEqual(existingDark.darkness * 0.7);
    await page.close();
  });
});
