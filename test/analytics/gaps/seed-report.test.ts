// The gap report on the Trollhättan 2019 seed dataset. These tests do not assert what the
// report's prose wants to hear: they check that every figure a finding shows equals a direct
// count on the data, and that each verdict follows from its figures by the stated rule.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../server/analytics/actor-graph.ts';
import { gapReport, toMarkdown } from '../../../server/analytics/gaps/report.ts';
import { GapReport } from '../../../server/analytics/gaps/schemas.ts';
import { collaborationType } from '../../../server/domain/collaboration-type.ts';
import { Dataset } from '../../../server/domain/inputs.ts';
import type { GraphSnapshot } from '../../../server/store/port.ts';

const SEED = fileURLToPath(new URL('../../../seed/trollhattan-2019.json', import.meta.url));
const STAMP = '2024-01-01T00:00:00.000Z';

function seedSnapshot(): GraphSnapshot {
  const data = Dataset.parse(JSON.parse(readFileSync(SEED, 'utf8')));
  const sector = new Map(data.actors.map((a) => [a.id, a.sector]));
  return {
    version: 1,
    sources: data.sources,
    actors: data.actors.map((a) => ({ ...a, createdAt: STAMP, updatedAt: STAMP })),
    forums: data.forums.map((f) => ({ ...f, createdAt: STAMP, updatedAt: STAMP })),
    collaborations: data.collaborations.map((c) => ({
      ...c,
      type: collaborationType(sector.get(c.source)!, sector.get(c.target)!),
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
  };
}

const snap = seedSnapshot();
const report = gapReport(snap);
const finding = (id: string) => report.findings.find((f) => f.id === id)!;
const sectorOf = new Map(snap.actors.map((a) => [a.id, a.sector]));
const existing = snap.collaborations.filter((c) => c.status === 'active' || c.status === 'needs_development');
const round4 = (x: number) => Number(x.toFixed(4));

describe('gap report on the Trollhättan 2019 seed', () => {
  it('is a valid report over the whole seed', () => {
    expect(GapReport.parse(report)).toEqual(report);
    expect(report.graph).toMatchObject({ actors: snap.actors.length, collaborations: snap.collaborations.length });
    expect(report.typeShares.reduce((sum, t) => sum + t.ties, 0)).toBe(existing.length);
    for (const t of report.typeShares) expect(t.ties).toBe(existing.filter((c) => c.type === t.type).length);
  });

  it('counts the ties of each claim directly from the data', () => {
    for (const sector of ['business', 'civil_society'] as const) {
      const ties = snap.collaborations.filter((c) => c.type === sector && c.status !== 'ended');
      const f = finding(`${sector}_ties_lacking_or_wished`);
      expect(f.figures.ties).toBe(ties.length);
      expect(f.figures.active).toBe(ties.filter((c) => c.status === 'active').length);
      expect(f.figures.desired).toBe(ties.filter((c) => c.status === 'desired').length);
      const share = ties.filter((c) => c.status !== 'active').length / ties.length;
      expect(f.figures.shareNotActive).toBe(round4(share));
      expect(f.supported).toBe(share > 0.5 ? true : share >= 1 / 3 ? 'partly' : false);
    }
    // The rule above has three outcomes; what the seed says: 5 of its 7 business ties are not
    // active (supported), 4 of its 10 civil-society ties are not (partly supported).
    expect(finding('business_ties_lacking_or_wished')).toMatchObject({ supported: true, figures: { ties: 7, active: 2 } });
    expect(finding('civil_society_ties_lacking_or_wished')).toMatchObject({ supported: 'partly', figures: { ties: 10, active: 6 } });

    const state = existing.filter((c) => c.type === 'state');
    const fundingOrProject = state.filter((c) => c.forms.includes('funding') || c.forms.includes('project')).length;
    const f = finding('state_ties_funding_projects');
    expect(f.figures).toMatchObject({ stateTies: state.length, fundingOrProject });
    expect(f.figures.withoutForms).toBe(state.filter((c) => c.forms.length === 0).length);
    // More than half of the seed's state ties are funding or a project: the claim holds.
    expect(fundingOrProject / state.length).toBeGreaterThan(0.5);
    expect(f.supported).toBe(true);
  });

  it('measures internal collaboration on the actor graph with and without forums', () => {
    const f = finding('mostly_internal');
    const standings: string[] = [];
    for (const [graph, pairs, share, largestType] of [
      [buildActorGraph(snap), 'pairsNamed', 'internalShareNamed', 'largestTypeNamed'],
      [buildActorGraph(snap, { includeForums: true }), 'pairsWithForums', 'internalShareWithForums', 'largestTypeWithForums'],
    ] as const) {
      const byType = new Map<string, number>();
      graph.forEachEdge((_e, _a, s, t) => {
        const type = collaborationType(sectorOf.get(s)!, sectorOf.get(t)!);
        byType.set(type, (byType.get(type) ?? 0) + 1);
      });
      const internal = byType.get('internal') ?? 0;
      const largest = Math.max(...byType.values());
      expect(f.figures[pairs]).toBe(graph.size);
      expect(f.figures[share]).toBe(round4(internal / graph.size));
      expect(byType.get(f.figures[largestType] as string)).toBe(largest);
      standings.push(internal > graph.size / 2 ? 'majority' : internal === largest ? 'plurality' : 'minority');
    }
    expect(f.figures.pairsWithForums as number).toBeGreaterThanOrEqual(f.figures.pairsNamed as number);
    // What the seed says (seed/README.md): internal pairs are a minority and not the largest type,
    // with or without forums, so by the stated rule the claim is not supported by the named data.
    expect(standings).toEqual(['minority', 'minority']);
    expect(f.supported).toBe(false);
  });

  it('finds the actors without a civil-society or business tie by a direct count', () => {
    for (const [sector, group] of [
      ['civil_society', report.withoutCivilSociety],
      ['business', report.withoutBusiness],
    ] as const) {
      const reached = new Set<string>();
      for (const c of snap.collaborations) {
        if (c.status !== 'active') continue;
        if (sectorOf.get(c.target) === sector) reached.add(c.source);
        if (sectorOf.get(c.source) === sector) reached.add(c.target);
      }
      const outside = snap.actors.filter((a) => a.sector !== sector);
      expect(group.of).toBe(outside.length);
      expect(new Set(group.actors.map((a) => a.id))).toEqual(new Set(outside.filter((a) => !reached.has(a.id)).map((a) => a.id)));
    }
    const weak = finding('civil_society_business_weakly_tied');
    let civilSocietyTies = 0;
    buildActorGraph(snap).forEachEdge((_e, _a, s, t) => {
      if (sectorOf.get(s) === 'civil_society' || sectorOf.get(t) === 'civil_society') civilSocietyTies++;
    });
    expect(weak.figures.civil_societyTies).toBe(civilSocietyTies);
  });

  it('lists declared gaps and renders the report', () => {
    expect(report.declared.total).toBe(
      snap.collaborations.filter((c) => c.status === 'desired' || c.status === 'needs_development').length,
    );
    const md = toMarkdown(report);
    for (const f of report.findings) expect(md).toContain(f.claim);
    expect(md).toContain(`${snap.actors.length} actors, ${snap.collaborations.length} collaborations`);
  });
});
