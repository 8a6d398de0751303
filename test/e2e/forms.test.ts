// The edit forms in real Chromium: evidence rows keep their numbers when one is removed (so a
// Swedish error lands on the right row), and an editor enters the Swedish texts beside the
// English ones: what is sent, and what the panel then shows.
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

describe('forms', () => {
  it('numbers evidence rows by position after a removal, so a Swedish error lands on the right row', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?lang=sv`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.click('#new-actor');
    await page.waitForSelector('#actor-form');
    const add = page.locator('#actor-form button[data-key="add-evidence"]');
    await add.click();
    await add.click();
    await add.click();
    await page.locator('#actor-form .evidence-row').first().locator('button.remove-evidence').click();
    await add.click();
    const names = await page.$$eval('#actor-form .evidence-row textarea[name$=".note"]', (els) => els.map((e) => e.getAttribute('name')));
    expect(names).toEqual(['evidence.0.note', 'evidence.1.note', 'evidence.2.note']);
    expect(await page.$$eval('#actor-form .evidence-row legend', (els) => els.map((e) => e.textContent))).toEqual([
      'Belägg 1',
      'Belägg 2',
      'Belägg 3',
    ]);

    await page.fill('#actor-form [name="name"]', 'Testföreningen');
    await page.fill('#actor-form [name="website"]', 'inte en länk');
    const row = (i: number) => page.locator('#actor-form .evidence-row').nth(i);
    for (const i of [0, 1, 2])
      await row(i)
        .locator('input[name$=".locator"]')
        .fill(`s. ${i + 3}`);
    await row(0).locator('textarea[name$=".note"]').fill('en notering');
    await row(1).locator('textarea[name$=".note"]').fill('en annan notering');
    await page.click('#actor-form button[type="submit"]');
    await page.waitForSelector('#actor-form .error:not([hidden])');
    const errors = await page.$$eval('#actor-form .error:not([hidden])', (els) =>
      els.map((e) => {
        const row = e.closest('.evidence-row');
        return {
          field: e.closest('[data-field]')?.getAttribute('data-field'),
          row: row ? [...row.parentElement!.children].indexOf(row) : -1,
          text: e.textContent,
        };
      }),
    );
    expect(errors).toEqual([
      { field: 'website', row: -1, text: 'Måste vara en webbadress som börjar med http:// eller https://, t.ex. https://exempel.se.' },
      { field: 'evidence.2.note', row: 2, text: 'Får inte vara tomt.' },
    ]);
    await screenshot(page, 'review-03-evidence-errors-sv');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('takes a Swedish description and a Swedish evidence note beside the English ones, and sends both', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen&lang=sv`);
    await page.click('#edit-actor');
    await page.waitForSelector('#actor-form');
    expect(await page.locator('#actor-form [data-field="description"] label').textContent()).toBe('Beskrivning');
    expect(await page.locator('#actor-form [data-field="descriptionSv"] label').textContent()).toBe('Beskrivning (svenska)');
    expect(await page.locator('#actor-form [name="descriptionSv"]').getAttribute('lang')).toBe('sv');
    await page.fill('#actor-form [name="descriptionSv"]', 'Polismyndigheten i Trollhättan.');
    const note = page.locator('#actor-form textarea[name="evidence.0.noteSv"]');
    expect(await page.locator('#actor-form [data-field="evidence.0.noteSv"] label').textContent()).toBe('Anteckning på svenska (valfri)');
    await note.fill('Polisen samarbetar väl med den sociala insatsgruppen.');
    await page.fill('#actor-form textarea[name="evidence.1.noteSv"]', '');
    const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/actors/polisen'));
    await page.click('#actor-form button[type="submit"]');
    const body = (await sent).postDataJSON() as {
      description: string;
      descriptionSv: string;
      evidence: Array<{ note: string; noteSv?: string }>;
    };
    expect(body.descriptionSv).toBe('Polismyndigheten i Trollhättan.');
    expect(body.description).toMatch(/^The Swedish Police Authority/);
    expect(body.evidence[0]!.noteSv).toBe('Polisen samarbetar väl med den sociala insatsgruppen.');
    // A row whose Swedish note was cleared sends none (the API takes no blank text).
    expect(body.evidence[1]).not.toHaveProperty('noteSv');
    await page.waitForFunction(() => !document.querySelector('#edit-dialog')?.hasAttribute('open'));
    const stored = await session.api<{ evidence: Array<{ noteSv?: string }> }>('/api/actors/polisen');
    expect(stored.evidence[0]!.noteSv).toBe('Polisen samarbetar väl med den sociala insatsgruppen.');
    // The panel (in Swedish) now quotes the Swedish note.
    await page.waitForSelector('#panel .evidence-section q[lang="sv"]');
    expect(await page.locator('#panel .evidence-section q[lang="sv"]').first().textContent()).toBe(
      'Polisen samarbetar väl med den sociala insatsgruppen.',
    );

    // The tie form has the same pair.
    await page.locator('#panel button.edit-tie').first().click();
    await page.waitForSelector('#tie-form');
    expect(await page.locator('#tie-form [data-field="descriptionSv"] label').textContent()).toBe('Beskrivning (svenska)');
    await page.keyboard.press('Escape');
    await page.close();
  });
});
