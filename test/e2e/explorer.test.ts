// The explorer in real Chromium against the real app on the seed dataset. Each state is also
// written as a screenshot under test/artifacts/ for a person to look at.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExplorer, screenshot, settle, startApp, type Running } from './harness.ts';

let running: Running;
let browser: Browser;

interface GraphBody {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: unknown[];
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${running.url}${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const hook = <T>(page: Page, fn: string): Promise<T> =>
  page.evaluate((name) => (window.__samverkan as unknown as Record<string, () => unknown>)[name]!(), fn) as Promise<T>;

beforeAll(async () => {
  running = await startApp();
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe('explorer', () => {
  it('loads the seed network and draws every node the API returns', async () => {
    const graph = await api<GraphBody>('/api/graph?includeForums=true');
    expect(graph.nodes.length).toBeGreaterThan(10);
    const page = await openExplorer(browser, running.url);
    expect(await hook<number>(page, 'renderedNodeCount')).toBe(graph.nodes.length);
    expect(await page.locator('#legend').textContent()).toContain('Municipal');
    await settle(page);
    await screenshot(page, '01-map');
    await page.close();
  });

  it('search (without diacritics) selects the actor and the panel shows it with its evidence', async () => {
    const graph = await api<GraphBody>('/api/graph?includeForums=false');
    const target = graph.nodes
      .map((n) => n.attributes as { name: string; evidence: Array<{ note: string; locator: string }> } & { kind: string })
      .find((a) => a.kind === 'actor' && /[åäö]/i.test(a.name) && a.evidence.length > 0)!;
    const typed = target.name.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 8).toLowerCase();
    const page = await openExplorer(browser, running.url);
    await page.fill('#search-input', typed);
    await page.waitForSelector('#search-list li[role="option"]');
    const option = page.locator('#search-list li[role="option"]', { hasText: target.name });
    await option.click();
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel-title').textContent()).toBe(target.name);
    const evidence = await page.locator('#panel .evidence-section').textContent();
    expect(evidence).toContain(target.evidence[0]!.note);
    expect(evidence).toContain(target.evidence[0]!.locator);
    // The centralities say which ties they count (the API's default: existing ones).
    await page.waitForSelector('#panel table.metrics');
    expect(await page.locator('#panel').textContent()).toContain('Counted over existing ties');
    expect(page.url()).toContain('actor=');
    const highlighted = await hook<string[]>(page, 'highlightedNodes');
    expect(highlighted.length).toBeGreaterThan(0);
    await settle(page, 1500);
    await screenshot(page, '02-search-panel');
    await page.close();
  });

  it('a sector filter changes what is drawn, and the URL keeps it', async () => {
    const graph = await api<GraphBody>('/api/graph?includeForums=false');
    const sectorOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.sector as string]));
    const page = await openExplorer(browser, running.url);
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

  it('the gaps view lists the actors without civil-society ties that the API lists', async () => {
    const reach = await api<{ gaps: Array<{ actor: { id: string } }> }>('/api/gaps/reach?sector=civil_society');
    const page = await openExplorer(browser, running.url);
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

  it('the table view is a sortable table with aria-sort on its headers', async () => {
    const page = await openExplorer(browser, `${running.url}/?view=table`);
    await page.waitForSelector('#actor-table');
    const nameHeader = page.locator('#actor-table thead th').first();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const tiesButton = page.locator('#actor-table thead button[data-column="ties"]');
    await tiesButton.focus();
    await page.keyboard.press('Enter');
    const tiesHeader = page.locator('#actor-table thead th', { has: page.locator('button[data-column="ties"]') });
    expect(await tiesHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    const ties = await page.$$eval('#actor-table tbody tr', (rows) => rows.map((r) => Number(r.children[3]!.textContent)));
    expect(ties).toEqual([...ties].sort((a, b) => b - a));
    await screenshot(page, '06-table');
    await page.close();
  });

  it('switches to Swedish', async () => {
    const page = await openExplorer(browser, running.url);
    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('#legend h2').textContent()).toBe('Teckenförklaring');
    expect(await page.locator('fieldset[data-filter="sectors"] legend').textContent()).toContain('Sektor');
    await settle(page, 1000);
    await screenshot(page, '07-swedish');
    await page.evaluate(() => localStorage.removeItem('samverkan.lang'));
    await page.close();
  });

  it('exports the view as PNG and the graph as GEXF and JSON', async () => {
    const page = await openExplorer(browser, running.url);
    for (const [button, suffix] of [['#export-png', '.png'], ['#export-gexf', '.gexf'], ['#export-json', '.json']] as const) {
      await page.click('.menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename()).toBe(`samverkan${suffix}`);
      // The share menu closes once the export is on its way.
      expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    }
    await page.close();
  });
});

describe('editing', () => {
  const KEY = 'e2e-secret-key-0123456789';
  let keyed: Running;

  beforeAll(async () => {
    keyed = await startApp({ apiKey: KEY });
  }, 180_000);
  afterAll(async () => keyed?.close());

  it('changes a tie through the form (asking for the API key once) and the API answers with the change', async () => {
    const ties = await (await fetch(`${keyed.url}/api/collaborations?status=active&limit=1`)).json() as { items: Array<{ id: string; source: string; status: string }> };
    const tie = ties.items[0]!;
    const page = await openExplorer(browser, `${keyed.url}/?actor=${tie.source}`);
    await page.waitForSelector('#panel:not([hidden])');
    await page.click(`#panel button[data-tie="${tie.id}"]`);
    await page.waitForSelector('#tie-form');
    expect(await page.locator('#tie-form [name="apiKey"]').count()).toBe(1);

    // A wrong key: the API's 401 shows on the key field and nothing changes.
    await page.selectOption('#tie-form [name="status"]', 'needs_development');
    await page.fill('#tie-form [name="apiKey"]', 'not-the-key-at-all');
    await page.click('#tie-form button[type="submit"]');
    await page.waitForSelector('#tie-form [data-field="apiKey"] .error:not([hidden])');
    expect((await (await fetch(`${keyed.url}/api/collaborations/${tie.id}`)).json()).status).toBe('active');

    await page.fill('#tie-form [name="apiKey"]', KEY);
    await screenshot(page, '08-edit-tie');
    await page.click('#tie-form button[type="submit"]');
    await page.waitForSelector('#edit-dialog:not([open])', { state: 'attached' });
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    const after = (await (await fetch(`${keyed.url}/api/collaborations/${tie.id}`)).json()) as { status: string };
    expect(after.status).toBe('needs_development');

    // The key is kept for the session: the next form does not ask again, and field errors
    // from the same zod schemas show on the field before anything is sent.
    await page.click('#new-tie');
    await page.waitForSelector('#tie-form');
    expect(await page.locator('#tie-form [name="apiKey"]').count()).toBe(0);
    await page.click('#tie-form button[type="submit"]');
    await page.waitForSelector('#tie-form [data-field="source"] .error:not([hidden])');
    expect(await page.locator('#tie-form [name="source"]').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '09-form-errors');
    await page.close();
  });

  it('adds an actor through "New actor", changes it through "Edit actor", and shows a bad value on its field', async () => {
    const NAME = 'Föreningen Ängsgården Öst';
    const ID = 'foreningen-angsgarden-ost'; // the id the API derives from the name
    const actor = async () => {
      const response = await fetch(`${keyed.url}/api/actors/${ID}`);
      return { status: response.status, body: (await response.json()) as { name: string; sector: string; areas: string[]; description?: string; website?: string } };
    };
    expect((await actor()).status).toBe(404);

    const page = await openExplorer(browser, keyed.url);
    await page.click('#new-actor');
    await page.waitForSelector('#actor-form');
    await page.fill('#actor-form [name="name"]', NAME);
    await page.selectOption('#actor-form [name="sector"]', 'civil_society');
    await page.check('#actor-form input[name="areas"][value="democracy_civil_society"]');
    await page.fill('#actor-form [name="apiKey"]', KEY);
    await page.click('#actor-form button[type="submit"]');
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    const created = await actor();
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: NAME, sector: 'civil_society', areas: ['democracy_civil_society'] });
    expect(created.body.description).toBeUndefined();

    // The new actor is drawn and selected, and its panel offers "Edit actor".
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel-title').textContent()).toBe(NAME);
    expect(await hook<string[]>(page, 'renderedNodeKeys')).toContain(ID);
    await page.locator('#panel .actions button', { hasText: 'Edit actor' }).click();
    await page.waitForSelector('#actor-form');
    expect(await page.locator('#actor-form [name="apiKey"]').count()).toBe(0);
    expect(await page.locator('#actor-form [name="name"]').inputValue()).toBe(NAME);
    await page.selectOption('#actor-form [name="sector"]', 'business');
    await page.fill('#actor-form [name="description"]', 'Läxhjälp och språkcafé på Öst.');
    await page.click('#actor-form button[type="submit"]');
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    const edited = await actor();
    expect(edited.body).toMatchObject({ name: NAME, sector: 'business', areas: ['democracy_civil_society'], description: 'Läxhjälp och språkcafé på Öst.' });
    await page.waitForFunction(() => document.querySelector('#panel .description')?.textContent === 'Läxhjälp och språkcafé på Öst.');

    // A website that is not a URL: the error shows on that field and nothing is sent.
    await page.locator('#panel .actions button', { hasText: 'Edit actor' }).click();
    await page.waitForSelector('#actor-form');
    await page.fill('#actor-form [name="website"]', 'inte en länk');
    await page.click('#actor-form button[type="submit"]');
    await page.waitForSelector('#actor-form [data-field="website"] .error:not([hidden])');
    expect(await page.locator('#actor-form [name="website"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#actor-form [data-field="name"] .error').isHidden()).toBe(true);
    expect((await actor()).body.website).toBeUndefined();
    await screenshot(page, '10-actor-form-errors');
    await page.close();
  });
});
