// Editing in real Chromium against an app that wants an API key: a tie changed through its form
// (the key asked for once), an actor added and changed, and bad values shown on their fields.
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, useExplorer } from './harness.ts';

const KEY = 'e2e-secret-key-0123456789';
const session = useExplorer({ apiKey: KEY });

describe('editing', () => {
  it('changes a tie through the form (asking for the API key once) and the API answers with the change', async () => {
    const ties = (await (await fetch(`${session.url}/api/collaborations?status=active&limit=1`)).json()) as {
      items: Array<{ id: string; source: string; status: string }>;
    };
    const tie = ties.items[0]!;
    const page = await openExplorer(session.browser, `${session.url}/?actor=${tie.source}`);
    await page.waitForSelector('#panel:not([hidden])');
    await page.click(`#panel button[data-tie="${tie.id}"]`);
    await page.waitForSelector('#tie-form');
    expect(await page.locator('#tie-form [name="apiKey"]').count()).toBe(1);

    // A wrong key: the API's 401 shows on the key field and nothing changes.
    await page.selectOption('#tie-form [name="status"]', 'needs_development');
    await page.fill('#tie-form [name="apiKey"]', 'not-the-key-at-all');
    await page.click('#tie-form button[type="submit"]');
    await page.waitForSelector('#tie-form [data-field="apiKey"] .error:not([hidden])');
    expect((await (await fetch(`${session.url}/api/collaborations/${tie.id}`)).json()).status).toBe('active');

    await page.fill('#tie-form [name="apiKey"]', KEY);
    await screenshot(page, '08-edit-tie');
    await page.click('#tie-form button[type="submit"]');
    await page.waitForSelector('#edit-dialog:not([open])', { state: 'attached' });
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    const after = (await (await fetch(`${session.url}/api/collaborations/${tie.id}`)).json()) as { status: string };
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
      const response = await fetch(`${session.url}/api/actors/${ID}`);
      return {
        status: response.status,
        body: (await response.json()) as { name: string; sector: string; areas: string[]; description?: string; website?: string },
      };
    };
    expect((await actor()).status).toBe(404);

    const page = await openExplorer(session.browser, session.url);
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
    expect(edited.body).toMatchObject({
      name: NAME,
      sector: 'business',
      areas: ['democracy_civil_society'],
      description: 'Läxhjälp och språkcafé på Öst.',
    });
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
