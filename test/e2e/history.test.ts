// History in real Chromium: two ties changed through the explorer's form show in the history
// view; reverting one puts that tie back (API and panel) and leaves the other as changed, reverting
// it twice is refused naming the tie, and the actor panel lists the changes to its ties.
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const KEY = 'e2e-secret-key-0123456789';
// An admin key: reverting is an admin's (a write key may edit, not revert).
const session = useExplorer({ keys: [{ name: 'redaktor', key: KEY, role: 'admin', mappings: [] }] });

interface Tie {
  id: string;
  source: string;
  status: string;
}

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${session.url}${path}`)).json()) as T;

describe('history', () => {
  it('lists two changes made in the explorer, reverts one, and the panel shows that tie as before', async () => {
    const { items } = await api<{ items: Tie[] }>('/api/collaborations?status=active&limit=50');
    const first = items[0]!;
    const second = items.find((t) => t.source === first.source && t.id !== first.id) ?? items[1]!;
    const page = await openExplorer(session.browser, `${session.url}/?actor=${first.source}`);
    await page.waitForSelector('#panel:not([hidden])');

    // Two changes through the tie form (the key asked for once).
    for (const tie of [first, second]) {
      await page.goto(`${session.url}/?actor=${tie.source}`);
      await page.waitForSelector(`#panel button[data-tie="${tie.id}"]`);
      await page.click(`#panel button[data-tie="${tie.id}"]`);
      await page.waitForSelector('#tie-form');
      await page.selectOption('#tie-form [name="status"]', 'needs_development');
      if ((await page.locator('#tie-form [name="apiKey"]').count()) > 0) await page.fill('#tie-form [name="apiKey"]', KEY);
      await page.click('#tie-form button[type="submit"]');
      await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    }
    expect((await api<Tie>(`/api/collaborations/${first.id}`)).status).toBe('needs_development');
    const [changeOfFirst] = (await api<{ items: { id: string }[] }>(`/api/changes?entity=collaboration&id=${first.id}`)).items;

    // Both are listed in the history view, newest first, with who made them (beside the first
    // layout the explorer kept once the key was known, told as such and offered no Revert).
    await expect.poll(async () => (await api<{ savedAt: string | null }>('/api/layout')).savedAt).not.toBeNull();
    await page.click('#open-history');
    await page.waitForSelector('#history-form');
    const layout = page.locator('#history-form li[data-entity="layout"]');
    expect(await layout.allTextContents()).toEqual([expect.stringContaining('Kept the first layout of 2019')]);
    expect(await layout.locator('button.revert').count()).toBe(0);
    const listed = await page.locator('#history-form li[data-change]:not([data-entity="layout"])').allTextContents();
    expect(listed[0]).toContain(second.id);
    expect(listed[1]).toContain(first.id);
    expect(listed[0]).toContain('status');
    expect(listed[0]).toContain('redaktor');
    await screenshot(page, '20-history');

    // Revert the first: the API and the panel show it active again; the second stays changed.
    await page.click(`#history-form button[data-revert="${changeOfFirst!.id}"]`);
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    expect((await api<Tie>(`/api/collaborations/${first.id}`)).status).toBe('active');
    expect((await api<Tie>(`/api/collaborations/${second.id}`)).status).toBe('needs_development');
    // Reverting it again is refused: the view says which record changed since.
    await page.click('#open-history');
    await page.waitForSelector(`#history-form button[data-revert="${changeOfFirst!.id}"]`);
    await page.click(`#history-form button[data-revert="${changeOfFirst!.id}"]`);
    await page.waitForSelector('#history-form .form-error:not([hidden])');
    expect(await page.locator('#history-form .form-error').textContent()).toContain(`collaborations/${first.id}`);
    await page.click('#close-history');

    await page.goto(`${session.url}/?actor=${first.source}`);
    await page.waitForSelector(`#panel button[data-tie="${first.id}"]`);
    const statusOf = (id: string) => page.locator(`#panel .tie-group div:has(button[data-tie="${id}"]) > h5`).first().textContent();
    expect(await statusOf(first.id)).toBe('Active');

    // The panel's history lists the tie's changes, the revert first.
    await page.click('#actor-history summary');
    await page.waitForSelector('#actor-history li[data-change]');
    const own = await page.locator('#actor-history li[data-change]').allTextContents();
    expect(own[0]).toContain('Reverted');
    await page.close();
  }, 120_000);
});
