// The explorer and Swagger UI in real Chromium under the server's Content-Security-Policy: both
// work (the map draws, the layout worker runs, PNG export downloads, the docs list the operations)
// and the browser reports no violation; and a script the page did not ship does not run.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExplorer, startApp, type Running } from './harness.ts';

let running: Running;
let browser: Browser;

beforeAll(async () => {
  running = await startApp();
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

declare global {
  interface Window {
    cspViolations?: string[];
    injectedScriptRan?: boolean;
  }
}

/** Records every CSP violation the page (or a worker it starts) reports, from the first byte on. */
async function watchViolations(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) console.push(`worker: ${message.text()}`);
    });
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return console;
}

async function violations(page: Page, console: string[]): Promise<string[]> {
  return [...console, ...((await page.evaluate(() => window.cspViolations)) ?? [])];
}

describe('under the Content-Security-Policy', () => {
  it('the explorer draws the map, runs the layout worker (positions arrive from it) and exports a PNG without a violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const console = await watchViolations(page);
    const answer = await page.goto(running.url);
    expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.close();

    const explorer = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const seen = await watchViolations(explorer);
    await explorer.goto(running.url);
    await explorer.waitForFunction(() => window.__samverkan?.ready === true, null, { timeout: 20_000 });
    expect(await explorer.evaluate(() => window.__samverkan!.renderedNodeCount())).toBeGreaterThan(10);
    // The first layout is computed once on load; ForceAtlas2's live worker runs when asked.
    await explorer.evaluate(() => window.__samverkan!.startLayout());
    await explorer.waitForFunction(() => window.__samverkan!.layoutStats().pushes >= 2, null, { timeout: 30_000 });
    await explorer.click('.menu summary');
    const [download] = await Promise.all([explorer.waitForEvent('download'), explorer.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('samverkan.png');
    expect(await violations(explorer, seen)).toEqual([]);
    expect(console).toEqual([]);
    await explorer.close();
  });

  it('Swagger UI at /docs lists the operations without a violation', async () => {
    const page = await browser.newPage();
    const console = await watchViolations(page);
    await page.goto(`${running.url}/docs`);
    await page.waitForSelector('.swagger-ui .opblock', { timeout: 20_000 });
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(20);
    await page.locator('.swagger-ui .opblock-summary').first().click();
    await page.waitForSelector('.swagger-ui .opblock-body');
    expect(await violations(page, console)).toEqual([]);
    await page.close();
  });

  it('does not run a script the page did not ship', async () => {
    const page = await openExplorer(browser, running.url);
    await page.evaluate(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      const link = document.createElement('a');
      link.href = 'javascript:window.injectedScriptRan = true';
      document.body.append(link);
      link.click();
    });
    await page.waitForFunction(() => (window.cspViolations?.length ?? 0) >= 2);
    expect(await page.evaluate(() => window.injectedScriptRan)).toBeUndefined();
    expect(await page.evaluate(() => window.cspViolations)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
    await page.close();
  });
});
