// Sharing in real Chromium: PNG, SVG, GEXF and JSON exports download, the share menu closes after
// one, and the page loads without a failed request (favicon included). The PNG and the SVG carry
// their frame: title (the mapping), round, legend, date and source line; the SVG every label shown.
// A PNG reproduces the picture: two visitors of one link download the same image.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, hook, openExplorer, pngPixels, useExplorer } from './harness.ts';

/** Clicks an export in the share menu and reads the file it downloads. */
async function exported(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click('.menu summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = (await download.path())!;
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(path, join(ARTIFACTS, `export-${download.suggestedFilename()}`));
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const session = useExplorer();

describe('exports and sharing', () => {
  it('exports the view as PNG and the graph as GEXF and JSON', async () => {
    const page = await openExplorer(session.browser, session.url);
    for (const [button, suffix] of [
      ['#export-png', '.png'],
      ['#export-svg', '.svg'],
      ['#export-gexf', '.gexf'],
      ['#export-json', '.json'],
    ] as const) {
      await page.click('.menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename()).toBe(`samverkan${suffix}`);
      // The share menu closes once the export is on its way.
      expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    }
    await page.close();
  });

  it('closes the share menu after an export, and loads without a failed request (favicon included)', async () => {
    const failed: string[] = [];
    const page = await session.browser.newPage();
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(session.url);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    await page.click('.menu summary');
    expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(download.suggestedFilename()).toBe('samverkan.json');
    expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('gives two visitors of one link the same PNG, byte for byte', async () => {
    const link = `${session.url}/?actor=polisen&metric=degree`;
    const png = async () => {
      const page = await openExplorer(session.browser, link, { width: 1440, height: 900 });
      // The camera's fit has ended and every label is placed.
      await page.waitForTimeout(700);
      await page.waitForFunction(() => !window.__samverkan!.labelsPlacing());
      const { bytes } = await exported(page, '#export-png');
      await page.close();
      return bytes;
    };
    const sender = await png();
    const receiver = await png();
    expect(receiver.length).toBeGreaterThan(10_000);
    expect(receiver.equals(sender)).toBe(true);
  });

  it.each([
    [1440, 900],
    [1024, 768],
  ])('frames the PNG with a title band, the legend beside the map and a source line at %i×%i', async (width, height) => {
    const page = await openExplorer(session.browser, session.url, { width, height });
    const map = await page.evaluate(() => window.__samverkan!.renderer.getDimensions());
    const png = await exported(page, '#export-png');
    expect(png.name).toBe('samverkan.png');
    // PNG's IHDR: width and height, big-endian, at bytes 16 and 20 (device pixel ratio 1 here).
    expect(png.bytes.readUInt32BE(16)).toBe(map.width + 250);
    expect(png.bytes.readUInt32BE(20)).toBe(map.height + 58 + 28);
    // Ink in the title band, the legend column and the footer: something is written there.
    const image = await pngPixels(session.browser, png.bytes);
    /** Dark pixels in a box of the image. */
    const dark = (x: number, y: number, w: number, h: number) => {
      let n = 0;
      for (let row = y; row < Math.min(y + h, image.height); row++) {
        for (let col = x; col < Math.min(x + w, image.width); col++) {
          const i = (row * image.width + col) * 4;
          if (image.rgba[i]! < 128 && image.rgba[i + 1]! < 128 && image.rgba[i + 2]! < 128) n++;
        }
      }
      return n;
    };
    const ink = {
      title: dark(0, 0, 600, 56),
      legend: dark(map.width + 1, 60, 248, 300),
      footer: dark(0, image.height - 26, 600, 26),
    };
    expect(ink.title).toBeGreaterThan(100);
    expect(ink.legend).toBeGreaterThan(100);
    expect(ink.footer).toBeGreaterThan(20);
    await page.close();
  });

  it('writes an SVG that parses and holds the title, the round, the legend, the date, the source and every label shown', async () => {
    const page = await openExplorer(session.browser, session.url, { width: 1440, height: 900 });
    const labels = await hook<Array<{ text: string }>>(page, 'renderedLabels');
    expect(labels.length).toBeGreaterThan(30);
    const svg = await exported(page, '#export-svg');
    expect(svg.name).toBe('samverkan.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((t) => t.textContent ?? '');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: texts('text.title')[0],
        source: texts('text.source')[0],
        labels: texts('g.labels text'),
        legend: texts('g.legend text'),
        all: texts('text').join('\n'),
        circles: doc.querySelectorAll('g.nodes circle').length,
        lines: doc.querySelectorAll('g.edges line').length,
        // The group marker as the map draws it: a white ring inside the fill.
        groupMarks: doc.querySelectorAll('g.legend circle[stroke="#fff"]').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    const { items } = await session.api<{ items: Array<{ name: string }> }>('/api/mappings');
    expect(parsed.title).toBe(items[0]!.name);
    expect(parsed.all).toContain('2019');
    expect(parsed.all).toContain(String(new Date().getFullYear()));
    expect(parsed.source).toMatch(/^Source: .+Samverkan, http/);
    expect(parsed.legend.some((t) => t.startsWith('Municipal'))).toBe(true);
    expect(parsed.legend.some((t) => t.startsWith('Group of organisations'))).toBe(true);
    expect(parsed.groupMarks).toBe(1);
    expect(parsed.labels.sort()).toEqual(labels.map((l) => l.text).sort());
    expect(parsed.circles).toBe(await hook<number>(page, 'renderedNodeCount'));
    expect(parsed.lines).toBeGreaterThan(30);
    await page.close();
  });
});
