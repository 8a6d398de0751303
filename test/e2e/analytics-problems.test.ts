// When the analytics fail, the explorer says how, in real Chromium: each route is made to fail
// one way (the server unreachable or failing, a route it does not have, a refusal in its own
// words, an analysis too heavy for the filters with the server's advice) and the panel and the
// gaps view say that, not one "unavailable" for all; a failure the analyst can retry is retried.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

const answer = (status: number, error: string, message: string) => (route: Route) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error, message }) });

const problems = (page: Page, within: string) =>
  page.$$eval(`${within} .problem`, (els) =>
    els.map((e) => ({ kind: e.getAttribute('data-problem'), text: e.firstChild?.textContent ?? '' })),
  );

describe('analytics problems', () => {
  it('says the server failed, lets the analyst try again, and then shows the centralities', async () => {
    let failing = true;
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen`, undefined, (p) =>
      p.route('**/api/analytics/centrality*', (route) =>
        failing ? answer(503, 'unavailable', 'store unavailable')(route) : route.continue(),
      ),
    );
    await page.waitForSelector('#panel .problem');
    expect(await problems(page, '#panel')).toContainEqual({
      kind: 'unreachable',
      text: 'The server failed to answer (error 503); try again later.',
    });
    // Only the degree the explorer counts itself is listed meanwhile.
    const rows = page.locator('#panel table.metrics tr');
    expect(await rows.count()).toBe(1);
    failing = false;
    await page.locator('#panel .problem button[data-key="retry"]').first().click();
    await page.waitForFunction(() => document.querySelectorAll('#panel table.metrics tr').length > 1);
    expect(await page.locator('#panel .problem').count()).toBe(0);
    await page.close();
  });

  it("says an analysis was too heavy, with the server's advice", async () => {
    const advice =
      'the analysis needs more than its time budget of 30000 ms; narrow the filters (area, type, status) or estimate betweenness from a sample of sources (samples=k)';
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen`, undefined, (p) =>
      p.route('**/api/analytics/centrality*', answer(422, 'budget_exceeded', advice)),
    );
    await page.waitForSelector('#panel .problem');
    expect(await problems(page, '#panel')).toContainEqual({
      kind: 'too-heavy',
      text: `Too much to compute for these filters. The server says: ${advice}`,
    });
    // Nothing to retry: the advice is to change the filters.
    expect(await page.locator('#panel .problem button').count()).toBe(0);
    await page.close();
  });

  it('tells a refusal, a missing route and an unreachable server apart in the gaps view (in Swedish too)', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?gaps=civil_society`, undefined, async (p) => {
      await p.route('**/api/gaps/reach*', answer(400, 'validation', 'query.sector: Invalid option'));
      await p.route('**/api/gaps/mixing*', answer(404, 'not_found', 'Route GET:/api/gaps/mixing not found'));
      await p.route('**/api/gaps/declared*', (route) => route.abort('internetdisconnected'));
    });
    await page.waitForFunction(() => document.querySelectorAll('#gaps .problem').length === 3);
    expect(await problems(page, '#gaps')).toEqual([
      { kind: 'missing', text: 'Analytics are not available from this server yet.' },
      { kind: 'refused', text: 'The server refused the request: query.sector: Invalid option' },
      { kind: 'unreachable', text: 'The server could not be reached; check the connection and try again.' },
    ]);
    // The predicted links, which did answer, are listed.
    await page.waitForSelector('#predicted-gaps li');
    await screenshot(page, 'analytics-problems');
    await page.click('#lang-toggle');
    expect((await problems(page, '#gaps')).map((p) => p.text)).toEqual([
      'Analyserna finns inte på den här servern ännu.',
      'Servern avvisade frågan: query.sector: Invalid option',
      'Servern gick inte att nå; kontrollera anslutningen och försök igen.',
    ]);
    await page.close();
  });
});
