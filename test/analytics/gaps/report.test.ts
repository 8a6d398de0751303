import { describe, expect, it } from 'vitest';
import { gapReport, toMarkdown } from '../../../server/analytics/gaps/report.ts';
import { GapReport } from '../../../server/analytics/gaps/schemas.ts';
import { actor, snapshot, tie } from './fixtures.ts';
import { kronogarden } from './kronogarden.ts';

const findingOf = (report: GapReport, id: string) => report.findings.find((f) => f.id === id)!;

describe('gapReport on Kronogården', () => {
  const report = gapReport(kronogarden);

  it('summarises the figures the findings rest on', () => {
    expect(GapReport.parse(report)).toEqual(report);
    expect(report.graph).toEqual({ version: 1, actors: 8, collaborations: 9, forums: 1 });
    expect(report.typeShares.map((t) => [t.type, t.ties])).toEqual([
      ['internal', 1],
      ['state', 3],
      ['civil_society', 2],
      ['business', 0],
    ]);
    expect(report.typeShares[2]!.byStatus).toEqual({ active: 1, needs_development: 1 });
    expect(report.weakestPairs[0]!.relativeDensity).toBe(0);
    expect(report.withoutCivilSociety).toMatchObject({ count: 6, of: 7 });
    expect(report.withoutBusiness).toMatchObject({ count: 7, of: 7 });
    expect(report.declared.total).toBe(3);
    expect(report.predicted.every((p) => p.crossSector)).toBe(true);
    expect(report.findings.map((f) => f.id)).toEqual([
      'civil_society_business_weakly_tied',
      'civil_society_ties_lacking_or_wished',
      'business_ties_lacking_or_wished',
      'state_ties_funding_projects',
      'mostly_internal',
    ]);
  });

  it('tests each claim against the data', () => {
    // Civil society (one actor, two ties of seven possible pairs: 2/7 against 6/28 overall) is
    // not weakly tied in; business (no ties) is: partly.
    const weak = findingOf(report, 'civil_society_business_weakly_tied');
    expect(weak.supported).toBe('partly');
    expect(weak.figures.civil_societyRelativeDensity).toBeCloseTo(2 / 7 / (6 / 28), 4);
    expect(weak.figures.businessRelativeDensity).toBe(0);
    expect(weak.figures.businessActorsWithoutTies).toBe(1);
    // Civil society: af–forening active, skola–forening needs development, ks–forening desired.
    expect(findingOf(report, 'civil_society_ties_lacking_or_wished')).toMatchObject({
      supported: true,
      figures: { ties: 3, active: 1, needsDevelopment: 1, desired: 1, shareNotActive: 0.6667 },
    });
    expect(findingOf(report, 'business_ties_lacking_or_wished')).toMatchObject({
      supported: true,
      figures: { ties: 1, active: 0, desired: 1, shareNotActive: 1 },
    });
    // State ties: naring–af (project), region–af (funding), ks–polis (meeting group).
    expect(findingOf(report, 'state_ties_funding_projects')).toMatchObject({
      supported: true,
      figures: { stateTies: 3, fundingOrProject: 2, withoutForms: 0 },
    });
    // One internal pair of six (of seven with the forum's ks–forening): not carried.
    const internal = findingOf(report, 'mostly_internal');
    expect(internal.supported).toBe(false);
    expect(internal.figures).toMatchObject({
      pairsNamed: 6,
      internalShareNamed: 0.1667,
      largestTypeNamed: 'state',
      pairsWithForums: 7,
      internalShareWithForums: 0.1429,
    });
    expect(internal.explanation).toMatch(/does not carry the claim/);
  });

  it('changes its verdicts when the data changes', () => {
    // Kronogården with the business tie working, and a municipal core of six more internal ties.
    const busy = snapshot(
      [...kronogarden.actors, actor('kultur', 'municipal'), actor('social', 'municipal')],
      [
        ...kronogarden.collaborations.map((c) => (c.id === 'naring--bostad' ? { ...c, status: 'active' as const } : c)),
        tie('ks', 'kultur'),
        tie('ks', 'social'),
        tie('kultur', 'social'),
        tie('skola', 'social'),
        tie('skola', 'ks'),
        tie('naring', 'social'),
      ],
      kronogarden.forums,
    );
    const changed = gapReport(busy);
    expect(findingOf(changed, 'business_ties_lacking_or_wished').supported).toBe(false);
    const internal = findingOf(changed, 'mostly_internal');
    // 7 of 13 named pairs are internal; the forum adds ks–forening: 7 of 14, no majority.
    expect(internal.figures.internalShareNamed).toBeCloseTo(7 / 13, 4);
    expect(internal.figures.internalShareWithForums).toBe(0.5);
    expect(internal.supported).toBe('partly');
    const noForums = gapReport({ ...busy, forums: [] });
    expect(findingOf(noForums, 'mostly_internal').supported).toBe(true);
    expect(changed.withoutBusiness.count).toBe(8); // naring reaches business now; 10 actors, 9 outside business
  });

  it('restricts everything to an area', () => {
    const labour = gapReport(kronogarden, { areas: ['labour_market'] });
    expect(labour.area).toBe('labour_market');
    expect(labour.typeShares.reduce((sum, t) => sum + t.ties, 0)).toBe(4);
    expect(findingOf(labour, 'state_ties_funding_projects').figures.stateTies).toBe(2);
  });

  it('renders Markdown with every finding and its verdict', () => {
    const md = toMarkdown(report);
    expect(md).toMatch(/^# Collaboration gaps \(all areas\)/);
    for (const f of report.findings) expect(md).toContain(`### ${f.claim}`);
    expect(md).toContain('**Partly supported by the data.**');
    expect(md).toContain('**Not supported by the data.**');
    expect(md).toContain('| Civil society | 2 | 33 % | 1 active, 1 needs development |');
    expect(md).toContain('Näringslivsenheten – bostad: desired. wants local employers in (report, p. 1)');
    expect(toMarkdown(gapReport(kronogarden, { areas: ['housing'] }))).toMatch(/^# Collaboration gaps \(area: Housing\)/);
  });

  it('escapes the text it copies from the data, so it renders as written', () => {
    const tricky = snapshot(
      [
        actor('lank', 'municipal', ['crime'], { name: '[x](http://e)', neighbourhoods: ['<b>Krono*gården*</b>'] }),
        actor('stjarna', 'civil_society', ['crime'], { name: '*Föreningen* _unga_ `kod` \\ #1' }),
      ],
      [tie('lank', 'stjarna', { status: 'desired', areas: ['crime'], note: 'see [here](http://e) <script>' })],
    );
    const md = toMarkdown(gapReport(tricky, { neighbourhoods: ['<b>Krono*gården*</b>'] }));
    expect(md.split('\n')[0]).toBe('# Collaboration gaps (all areas; neighbourhoods: \\<b\\>Krono\\*gården\\*\\</b\\>)');
    expect(md).toContain('- \\[x\\]\\(http://e\\) (Municipal)');
    expect(md).toContain('\\*Föreningen\\* \\_unga\\_ \\`kod\\` \\\\ \\#1');
    expect(md).toContain('see \\[here\\]\\(http://e\\) \\<script\\> (report, p. 1)');
    expect(md).not.toMatch(/(^|[^\\])\[x\]\(http/);
    expect(md).not.toMatch(/(^|[^\\])<(b|script)>/);
  });

  it('checks its input', () => {
    expect(() => gapReport(kronogarden, { top: 0 })).toThrow(/^gapReport: top/);
    expect(() => gapReport({ actors: [] } as never)).toThrow(/^gapReport: expects a graph snapshot/);
  });
});
