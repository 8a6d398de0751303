// The actor panel in real Chromium: search (without diacritics) opens it with the actor's
// evidence and centralities, and an actor's website is a link only when it is a web address.
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, routeGraph, screenshot, settle, useExplorer, type GraphBody } from './harness.ts';

const session = useExplorer();

describe('the actor panel', () => {
  it('search (without diacritics) selects the actor and the panel shows it with its evidence', async () => {
    const graph = await session.api<GraphBody>('/api/graph?includeForums=false');
    const target = graph.nodes
      .map((n) => n.attributes as { name: string; evidence: Array<{ note: string; locator: string }> } & { kind: string })
      .find((a) => a.kind === 'actor' && /[åäö]/i.test(a.name) && a.evidence.length > 0)!;
    const typed = target.name.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 8).toLowerCase();
    const page = await openExplorer(session.browser, session.url);
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

  it("names the sectors the actor has no partner in, by the partners' sectors, not its own", async () => {
    const graph = await session.api<{
      nodes: Array<{ key: string; attributes: { kind: string; sector?: string } }>;
      edges: Array<{ source: string; target: string; attributes: { kind: string; status: string } }>;
    }>('/api/graph');
    const sectorOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.sector]));
    const reached = new Set(
      graph.edges
        .filter((e) => e.attributes.kind === 'collaboration' && ['active', 'needs_development'].includes(e.attributes.status))
        .flatMap((e) => (e.source === 'polisen' ? [e.target] : e.target === 'polisen' ? [e.source] : []))
        .map((partner) => sectorOf.get(partner)),
    );
    const names = { municipal: 'Municipal', regional: 'Regional', state: 'State', civil_society: 'Civil society', business: 'Business' };
    const missing = Object.entries(names).filter(([id]) => !reached.has(id));
    expect(missing.length).toBeGreaterThan(0);
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen`);
    const line = page.locator('#panel p', { hasText: 'No partner in the sector' });
    await line.waitFor();
    const text = (await line.textContent())!.replace(/\s+/g, ' ');
    expect(text).toBe(`No partner in the sector: ${missing.map(([, name]) => name).join(', ')}`);
    await page.close();
  });

  it('links an http(s) website and shows any other as plain text', async () => {
    const graph = await session.api<GraphBody>('/api/graph?includeForums=true');
    const website = (id: string, url: string) => (graph.nodes.find((n) => n.key === id)!.attributes.website = url);
    website('polisen', 'javascript:alert(document.domain)');
    const other = graph.nodes.find((n) => n.attributes.kind === 'actor' && n.key !== 'polisen')!.key;
    website(other, 'https://example.org/verksamhet');
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen`, undefined, (p) => routeGraph(p, graph));
    await page.waitForSelector('#panel:not([hidden])');
    const dd = page.locator('#panel dl.facts dd', { hasText: 'javascript:' });
    expect(await dd.textContent()).toBe('javascript:alert(document.domain)');
    expect(await page.locator('#panel a[href^="javascript"]').count()).toBe(0);
    expect(await dd.locator('a').count()).toBe(0);

    await page.goto(`${session.url}/?actor=${other}`);
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    const link = page.locator('#panel dl.facts a[href="https://example.org/verksamhet"]');
    expect(await link.textContent()).toBe('https://example.org/verksamhet');
    expect(await link.getAttribute('rel')).toContain('noopener');
    await page.close();
  });

  it('says a betweenness of 0 is shared rather than giving it a rank', async () => {
    // Sociala insatsgruppen has one tie: no shortest path runs through it.
    const page = await openExplorer(session.browser, `${session.url}/?actor=sociala-insatsgruppen`);
    const row = page.locator('#panel tr', { hasText: 'Betweenness' });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/tied with \d+ others for last place/);
    expect(text).not.toMatch(/rank \d+ of/);
    await page.close();
  });
});
