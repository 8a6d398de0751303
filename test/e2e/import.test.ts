// The Import dialog and the Export menu in real Chromium: a CSV with one bad row shows the error on
// that row, mapping the unknown word fixes it, the import puts the new actors on the map; every
// export format reaches the browser as a download under the server's file name. A Swedish UI shows
// the server's problems in Swedish.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

/** Row 3 says its sector in a word no vocabulary knows. */
const CSV = [
  'id;name;sector;Kontakt',
  'e2e-forening;E2E Förening;Civilsamhälle;anna@example.org',
  'e2e-bolag;E2E Bolag;Bostadsbolag;',
].join('\n');

describe('the import dialog', () => {
  it('shows the bad row, takes a value mapping, imports, and the map shows the new actors', async () => {
    const page = await openExplorer(session.browser, session.url);
    await page.click('#import-open');
    await page.setInputFiles('#import-file', { name: 'aktorer.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });

    // The dry run: the format, each column's field, the kept column, the preview and the problem on row 3.
    await page.waitForSelector('#import-problems');
    expect(await page.textContent('#import-format')).toContain('csv');
    expect(await page.inputValue('select[data-column="sector"]')).toBe('sector');
    expect(await page.inputValue('select[data-column="Kontakt"]')).toBe('attribute');
    expect(await page.textContent('#import-kept')).toContain('Kontakt');
    expect(await page.locator('table.import-preview tbody tr').count()).toBe(2);
    const problems = page.locator('#import-problems li');
    expect(await problems.count()).toBe(1);
    expect(await problems.first().getAttribute('data-row')).toBe('3');
    expect(await problems.first().textContent()).toContain('Bostadsbolag');
    expect(await page.isDisabled('#import-do')).toBe(true);
    await screenshot(page, 'import-dialog-problems');

    // Map the word, check again: no problems, the counts, and Import is offered.
    await page.selectOption('select[data-value="sector:Bostadsbolag"]', 'business');
    expect(await page.isDisabled('#import-do')).toBe(true);
    await page.click('#import-check');
    await page.waitForSelector('#import-counts');
    expect(await page.locator('#import-problems').count()).toBe(0);
    expect(await page.textContent('#import-counts')).toMatch(/create 2\b/);

    await page.click('#import-do');
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('2 created'));
    await page.waitForFunction(() => {
      const keys = window.__samverkan?.renderedNodeKeys() ?? [];
      return keys.includes('e2e-forening') && keys.includes('e2e-bolag');
    });
    const bolag = await session.api<{ sector: string; attributes?: unknown }>('/api/actors/e2e-bolag');
    expect(bolag.sector).toBe('business');
    expect(await hook<string[]>(page, 'renderedNodeKeys')).toContain('e2e-forening');
    await page.close();
  });
});

describe('picking the right column', () => {
  it('a column chosen as the sector replaces the one matched by its name', async () => {
    // "Typ" is matched as the sector, but holds the organisation form; "Huvudman" is the sector.
    const csv = ['id;name;Typ;Huvudman', 'kol-a;Kol A;stiftelse;municipal', 'kol-b;Kol B;aktiebolag;business'].join('\n');
    const page = await openExplorer(session.browser, session.url);
    await page.click('#import-open');
    await page.setInputFiles('#import-file', { name: 'kolumner.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-problems');
    expect(await page.locator('#import-problems li').count()).toBe(2);
    await page.selectOption('select[data-column="Typ"]', 'attribute');
    await page.selectOption('select[data-column="Huvudman"]', 'sector');
    await page.click('#import-check');
    await page.waitForSelector('#import-counts');
    expect(await page.locator('#import-problems').count()).toBe(0);
    expect(await page.inputValue('select[data-column="Huvudman"]')).toBe('sector');
    expect(await page.textContent('#import-kept')).toContain('Typ');
    await page.close();
  });
});

describe('duplicates in the dry run', () => {
  it('lists an actor of the file that probably is one of the round’s', async () => {
    const csv = ['id;name;sector', 'personalkontoret-2;Personalkontoret;municipal'].join('\n');
    const page = await openExplorer(session.browser, session.url);
    await page.click('#import-open');
    await page.setInputFiles('#import-file', { name: 'dubblett.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-duplicates');
    expect(await page.getAttribute('#import-duplicates li', 'data-actors')).toBe('personalkontoret personalkontoret-2');
    expect(await page.textContent('#import-duplicates li')).toContain('same name');
    await page.close();
  });
});

describe('the import dialog in Swedish', () => {
  it('says where each problem is, and the server’s message, in Swedish', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?lang=sv`);
    await page.click('#import-open');
    await page.setInputFiles('#import-file', { name: 'aktorer.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.waitForSelector('#import-problems');
    const text = await page.textContent('#import-problems li');
    expect(text).toContain('rad 3, kolumn sector');
    // The server wrote it in Swedish: the explorer asked with Accept-Language: sv.
    expect(text).toContain('okänt värde ”Bostadsbolag” för sektor: använd något av Kommunal');
    expect(text).not.toContain('use one of');
    expect(await page.textContent('#import-format')).toContain('läst som csv');
    await screenshot(page, 'import-dialog-problems-sv');
    await page.close();
  });
});

describe('the export menu', () => {
  it('downloads the round in every format under the server’s file name', async () => {
    const page = await openExplorer(session.browser, session.url);
    const date = new Date().toISOString().slice(0, 10);
    const extensions = {
      xlsx: 'xlsx',
      csv: 'csv.zip',
      graphml: 'graphml',
      gexf: 'gexf',
      json: 'json',
      'node-link': 'node-link.json',
      cytoscape: 'cytoscape.json',
    };
    for (const [format, extension] of Object.entries(extensions)) {
      await page.click('#export-summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
      expect(download.suggestedFilename(), format).toBe(`samverkan-trollhattan-segregation-2019-${date}.${extension}`);
      expect(await page.locator('#export-menu').evaluate((d) => (d as HTMLDetailsElement).open), format).toBe(false);
    }
    await page.close();
  });
});

describe('importing into a new mapping', () => {
  const GOOD = ['id;name;sector', 'ny-a;Ny A;municipal', 'ny-b;Ny B;state'].join('\n');
  const mappings = async () => (await session.api<{ items: Array<{ id: string }> }>('/api/mappings')).items.map((m) => m.id);

  async function fillNewMapping(page: Page, name: string, observedOn: string): Promise<void> {
    await page.click('#import-open');
    await page.setInputFiles('#import-file', { name: 'ny.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await page.waitForSelector('#import-counts');
    await page.check('input[name="importTarget"][value="new"]');
    await page.fill('#import-mappingName', name);
    await page.fill('#import-place', 'Testby');
    await page.fill('#import-topic', 'Samverkan');
    await page.fill('#import-roundLabel', 'Första 2025');
    await page.fill('#import-observedOn', observedOn);
    await page.click('#import-do');
  }

  it('makes the mapping and its first round and imports into them', async () => {
    const page = await openExplorer(session.browser, session.url);
    await fillNewMapping(page, 'E2E Karta', '2025');
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('2 created'));
    const actors = await session.api<{ items: Array<{ id: string }> }>('/api/mappings/e2e-karta/rounds/forsta-2025/actors');
    expect(actors.items.map((a) => a.id).sort()).toEqual(['ny-a', 'ny-b']);
    await page.close();
  });

  it('removes the mapping again when its round cannot be made', async () => {
    const before = await mappings();
    const page = await openExplorer(session.browser, session.url);
    await fillNewMapping(page, 'Halvgjord karta', 'not a date');
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('failed'));
    expect(await page.textContent('#import-status')).toContain('observedOn');
    expect(await mappings()).toEqual(before);
    await page.close();
  });
});
