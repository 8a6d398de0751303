// Deleting through the explorer in real Chromium against the real app (with an API key): ties
// from the panel and from the tie form, an actor on its own, an actor the server keeps because
// it still has ties (its refusal shown, then the cascade), and a tie somebody else deleted first.
// Each throwaway record is made through the API, each outcome checked against the API and the
// map's counts. Screenshots of the confirmations go to test/artifacts/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, keyedWrite, openExplorer, screenshot, settle, useExplorer } from './harness.ts';

const KEY = 'e2e-delete-key-0123456789';
const session = useExplorer({ apiKey: KEY });

const write = keyedWrite(session, KEY);

const statusOf = async (path: string) => (await fetch(`${session.url}${path}`)).status;

const waitForCount = (page: Page, fn: 'renderedNodeCount' | 'renderedEdgeCount', expected: number) =>
  page.waitForFunction(([name, n]) => (window.__samverkan as unknown as Record<string, () => number>)[name]!() === n, [
    fn,
    expected,
  ] as const);

const dialogClosed = (page: Page) => page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

let seedActors: string[] = [];
async function seedActor(i: number): Promise<string> {
  if (seedActors.length === 0) {
    const page = (await (await fetch(`${session.url}/api/actors?limit=5`)).json()) as { items: Array<{ id: string }> };
    seedActors = page.items.map((a) => a.id);
  }
  return seedActors[i]!;
}

/** A throwaway tie between two seed actors (parallel to any they already have). */
async function throwawayTie(note: string): Promise<{ id: string; source: string; target: string }> {
  const body = { source: await seedActor(0), target: await seedActor(1), status: 'active', description: note };
  return write('POST', '/api/collaborations?allowParallel=true', body);
}

describe('deleting', () => {
  it('deletes a tie from the panel after a keyboard confirmation that asks for the key; the map draws one edge fewer', async () => {
    const tie = await throwawayTie('e2e: a tie entered by mistake');
    const page = await openExplorer(session.browser, `${session.url}/?actor=${tie.source}`);
    await page.waitForSelector(`#panel button[data-delete-tie="${tie.id}"]`);
    const edges = await hook<number>(page, 'renderedEdgeCount');

    await page.locator(`#panel button[data-delete-tie="${tie.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#delete-form');
    expect(await page.getAttribute('#edit-dialog', 'role')).toBe('alertdialog');
    expect(await page.locator('#delete-question').textContent()).toMatch(/^Delete the tie between “.+” and “.+” \(Active\)\?/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('apiKey');

    // A wrong key: the 401 shows on the key field and the tie stays.
    await page.keyboard.type('not-the-key-at-all');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#delete-form [data-field="apiKey"] .error:not([hidden])');
    expect(await statusOf(`/api/collaborations/${tie.id}`)).toBe(200);
    await settle(page, 500);
    await screenshot(page, 'delete-01-tie-confirm-bad-key');

    await page.fill('#delete-form [name="apiKey"]', KEY);
    await page.keyboard.press('Enter');
    await dialogClosed(page);
    expect(await statusOf(`/api/collaborations/${tie.id}`)).toBe(404);
    await waitForCount(page, 'renderedEdgeCount', edges - 1);
    expect(await page.locator(`#panel button[data-delete-tie="${tie.id}"]`).count()).toBe(0);
    await page.close();
  });

  it('deletes a tie from its edit form; Escape and Cancel leave it alone', async () => {
    const tie = await throwawayTie('e2e: deleted from the form');
    const page = await openExplorer(session.browser, `${session.url}/?actor=${tie.source}`);
    await page.click(`#panel button[data-tie="${tie.id}"]`);
    await page.waitForSelector('#tie-form');
    await page.click('#tie-form .form-delete');
    await page.waitForSelector('#delete-form');
    await page.keyboard.press('Escape');
    await dialogClosed(page);
    expect(await statusOf(`/api/collaborations/${tie.id}`)).toBe(200);

    const edges = await hook<number>(page, 'renderedEdgeCount');
    await page.click(`#panel button[data-tie="${tie.id}"]`);
    await page.click('#tie-form .form-delete');
    await page.fill('#delete-form [name="apiKey"]', KEY);
    await page.click('#confirm-delete');
    await dialogClosed(page);
    expect(await statusOf(`/api/collaborations/${tie.id}`)).toBe(404);
    await waitForCount(page, 'renderedEdgeCount', edges - 1);

    // The key is kept for the session (a reload included): the next confirmation asks no key
    // and opens on Cancel, the harmless choice, so Enter leaves the tie alone.
    const other = await throwawayTie('e2e: kept');
    await page.reload();
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    await page.click(`#panel button[data-delete-tie="${other.id}"]`);
    await page.waitForSelector('#delete-form');
    expect(await page.locator('#delete-form [name="apiKey"]').count()).toBe(0);
    expect(await focusedId(page)).toBe('cancel-delete');
    await page.keyboard.press('Enter');
    await dialogClosed(page);
    expect(await statusOf(`/api/collaborations/${other.id}`)).toBe(200);
    await page.close();
  });

  it('deletes an actor without ties from the panel: the API answers 404, one node fewer, selection and URL cleared', async () => {
    const NAME = 'Tillfälliga föreningen Öst';
    const actor = await write<{ id: string }>('POST', '/api/actors', { name: NAME, sector: 'civil_society' });
    const page = await openExplorer(session.browser, `${session.url}/?actor=${actor.id}`);
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel-title').textContent()).toBe(NAME);
    const nodes = await hook<number>(page, 'renderedNodeCount');

    await page.click('#delete-actor');
    await page.waitForSelector('#delete-form');
    expect(await page.locator('#delete-question').textContent()).toBe(`Delete “${NAME}” from the network? This cannot be undone.`);
    await page.fill('#delete-form [name="apiKey"]', KEY);
    await page.click('#confirm-delete');
    await dialogClosed(page);
    expect(await statusOf(`/api/actors/${actor.id}`)).toBe(404);
    await waitForCount(page, 'renderedNodeCount', nodes - 1);
    await page.waitForSelector('#panel', { state: 'hidden' });
    expect((await hook<{ selected: string | null }>(page, 'state')).selected).toBeNull();
    expect(page.url()).not.toContain('actor=');

    // The table lists what the map shows.
    await page.click('#view-table');
    await page.waitForSelector('#actor-table');
    expect(await page.locator('#actor-table tbody').textContent()).not.toContain(NAME);
    await page.close();
  });

  it('an actor with ties: the server keeps it and the dialog says why; the cascade then deletes it with them', async () => {
    const actor = await write<{ id: string; name: string }>('POST', '/api/actors', {
      name: 'Dubblett av en förening',
      sector: 'civil_society',
    });
    const ties = [
      await write<{ id: string }>('POST', '/api/collaborations', { source: actor.id, target: await seedActor(0), status: 'active' }),
      await write<{ id: string }>('POST', '/api/collaborations', { source: actor.id, target: await seedActor(1), status: 'desired' }),
    ];
    const forums = (await (await fetch(`${session.url}/api/forums?limit=1`)).json()) as { items: Array<{ id: string }> };
    await write('PUT', `/api/forums/${forums.items[0]!.id}/members/${actor.id}`);

    const page = await openExplorer(session.browser, `${session.url}/?actor=${actor.id}`);
    await page.waitForSelector('#panel:not([hidden])');
    const nodes = await hook<number>(page, 'renderedNodeCount');
    const edges = await hook<number>(page, 'renderedEdgeCount');
    await page.click('#delete-actor');
    await page.fill('#delete-form [name="apiKey"]', KEY);
    await page.click('#confirm-delete');

    const alert = page.locator('#delete-form .form-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `The server did not delete “${actor.name}”: it still has 2 ties and 1 forum membership. Delete those first, or delete the actor together with them.`,
    );
    expect(await page.locator('#confirm-delete').textContent()).toBe('Delete it with its 2 ties and 1 forum membership');
    expect(await focusedId(page)).toBe('cancel-delete');
    expect(await statusOf(`/api/actors/${actor.id}`)).toBe(200);
    expect(await hook<number>(page, 'renderedNodeCount')).toBe(nodes);
    await settle(page, 500);
    await screenshot(page, 'delete-02-actor-refused');

    await page.click('#confirm-delete');
    await dialogClosed(page);
    expect(await statusOf(`/api/actors/${actor.id}`)).toBe(404);
    for (const tie of ties) expect(await statusOf(`/api/collaborations/${tie.id}`)).toBe(404);
    await waitForCount(page, 'renderedNodeCount', nodes - 1);
    // Its two ties and its forum membership went with it.
    expect(await hook<number>(page, 'renderedEdgeCount')).toBe(edges - 3);
    expect(page.url()).not.toContain('actor=');
    await settle(page, 500);
    await screenshot(page, 'delete-03-after-cascade');
    await page.close();
  });

  it('a tie somebody else deleted first: the dialog says so (in Swedish here) and the map catches up', async () => {
    const tie = await throwawayTie('e2e: deleted twice');
    const page = await openExplorer(session.browser, `${session.url}/?actor=${tie.source}`);
    await page.click('#lang-toggle');
    await page.waitForSelector(`#panel button[data-delete-tie="${tie.id}"]`);
    const edges = await hook<number>(page, 'renderedEdgeCount');
    await page.click(`#panel button[data-delete-tie="${tie.id}"]`);
    await page.fill('#delete-form [name="apiKey"]', KEY);
    await write('DELETE', `/api/collaborations/${tie.id}`);
    await page.click('#confirm-delete');

    const alert = page.locator('#delete-form .form-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('redan borttagen');
    expect(await page.getAttribute('#edit-dialog', 'open')).not.toBeNull();
    // Nothing is left to confirm: only "Stäng" (close) remains, and it has the focus.
    expect(await page.locator('#confirm-delete').isHidden()).toBe(true);
    expect(await page.locator('#cancel-delete').textContent()).toBe('Stäng');
    expect(await focusedId(page)).toBe('cancel-delete');
    await waitForCount(page, 'renderedEdgeCount', edges - 1);
    await settle(page, 500);
    await screenshot(page, 'delete-04-already-gone-sv');
    await page.evaluate(() => localStorage.removeItem('samverkan.lang'));
    await page.close();
  });
});
