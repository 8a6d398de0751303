// compareRounds, trend and compareToMarkdown on the small town (small-town.ts), where every answer
// is known by hand, and on a three-actor path for the follow-up of a suggested link.
import { describe, expect, it } from 'vitest';
import { compareRounds, compareToMarkdown, trend } from '../../server/compare/index.ts';
import { CompareResult, TrendResult } from '../../server/domain/compare-responses.ts';
import { actor, snapshot, tie } from '../analytics/gaps/fixtures.ts';
import { round2019, round2024 } from './small-town.ts';

const r2019 = { id: '2019', label: 'Baseline 2019', date: '2019-05', kind: 'observed' as const, snapshot: round2019 };
const r2024 = { id: '2024', label: 'Follow-up 2024', date: '2024-05', kind: 'observed' as const, snapshot: round2024 };
const result = compareRounds(r2019, r2024);
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('compareRounds on the small town', () => {
  it('matches the published schema', () => {
    expect(CompareResult.parse(result)).toEqual(result);
    expect(result.from).toEqual({ id: '2019', label: 'Baseline 2019', date: '2019-05', kind: 'observed', version: 1 });
    expect(result.scenario).toBe(false);
  });

  it('lists new, ended and re-recorded ties', () => {
    const { ties } = result;
    expect(ids(ties.new)).toEqual(['t12']);
    expect(ties.ended.map((t) => [t.id, t.how, t.status])).toEqual([
      ['t11', 'status_ended', 'active'],
      ['t14', 'removed', 'desired'],
      ['t6', 'removed', 'desired'],
      ['t9', 'removed', 'active'],
    ]);
    expect(ties.reRecorded).toEqual([{ from: 't7', to: 't7b' }]);
  });

  it('names each status move as a planner reads it', () => {
    expect(result.ties.statusChanged.map((s) => [s.tie.id, s.from, s.to, s.kind])).toEqual([
      ['t10', 'needs_development', 'active', 'strengthened'],
      ['t13', 'desired', 'needs_development', 'gap_closed'],
      ['t3', 'desired', 'active', 'gap_closed'],
      ['t4', 'active', 'needs_development', 'weakened'],
    ]);
    expect(result.ties.counts).toEqual({
      new: 1,
      ended: 4,
      reRecorded: 1,
      statusChanged: 4,
      gapsClosed: 2,
      strengthened: 1,
      weakened: 1,
      attributesChanged: 2,
      unchanged: 3,
    });
  });

  it('reports ties whose areas changed, the re-recorded one included', () => {
    expect(result.ties.attributesChanged).toEqual([
      expect.objectContaining({
        tie: expect.objectContaining({ id: 't7b' }),
        areas: { from: ['housing'], to: ['education', 'housing'] },
        forms: null,
        strength: null,
      }),
      expect.objectContaining({ tie: expect.objectContaining({ id: 't8' }), areas: { from: ['crime'], to: ['crime', 'housing'] } }),
    ]);
  });

  it('lists actors, forums and memberships that joined and left', () => {
    const { roster } = result;
    expect(ids(roster.actors.joined)).toEqual(['stadsmission']);
    expect(ids(roster.actors.left)).toEqual(['kyrkan']);
    expect(roster.actors.sectorChanged).toEqual([]);
    expect(ids(roster.forums.joined)).toEqual(['jobb']);
    expect(roster.forums.left).toEqual([]);
    expect(roster.memberships.joined).toEqual([
      { forumId: 'jobb', actorId: 'foretag' },
      { forumId: 'jobb', actorId: 'region' },
      { forumId: 'trygghet', actorId: 'stadsmission' },
    ]);
    expect(roster.memberships.left).toEqual([{ forumId: 'trygghet', actorId: 'kyrkan' }]);
  });

  it('sets the per-sector figures side by side', () => {
    const civil = result.sectors.find((s) => s.sector === 'civil_society')!;
    expect(civil.actors).toEqual({ from: 2, to: 2, change: 0 });
    expect(civil.meanDegree).toEqual({ from: 0.5, to: 2, change: 1.5 });
    expect(civil.tieShare.from).toBeCloseTo(1 / 8, 12);
    expect(civil.tieShare.to).toBeCloseTo(4 / 9, 12);
    expect(civil.eiIndex).toEqual({ from: 1, to: 1, change: 0 });
    expect(civil.reachGapShare.from).toBe(1);
    expect(civil.reachGapShare.to).toBeCloseTo(0.6, 12);
    expect(civil.reachGapShare.change).toBeCloseTo(-0.4, 12);
    const business = result.sectors.find((s) => s.sector === 'business')!;
    expect(business.meanDegree).toEqual({ from: 3, to: 1, change: -2 });
  });

  it('gives the mixing matrix of both rounds and its difference', () => {
    expect(result.mixing.ties).toEqual({ from: 8, to: 9, change: 1 });
    const cell = (a: string, b: string) => result.mixing.cells.find((c) => c.a === a && c.b === b)!;
    expect(cell('municipal', 'business').ties).toEqual({ from: 2, to: 0, change: -2 });
    expect(cell('municipal', 'civil_society').ties).toEqual({ from: 0, to: 2, change: 2 });
    expect(cell('business', 'business').density).toEqual({ from: null, to: null, change: null });
    expect(result.mixing.cells).toHaveLength(15);
  });

  it('ranks degree movers, and actors in one round only', () => {
    const { degree } = result.centrality;
    expect(degree.samples).toBeNull();
    expect(degree.risers.map((m) => [m.actor.id, m.from!.rank, m.to!.rank, m.change])).toEqual([['forening', 6, 3, 3]]);
    // Polisen lost two places with its degree unchanged (others rose past it): not a mover.
    expect(degree.fallers.map((m) => [m.actor.id, m.change])).toEqual([
      ['foretag', -5],
      ['kommun-b', -4],
    ]);
    expect(degree.entered).toEqual([
      {
        actor: { id: 'stadsmission', name: 'Stadsmissionen', sector: 'civil_society' },
        from: null,
        to: { rank: 6, value: 1 },
        change: null,
      },
    ]);
    expect(degree.exited.map((m) => [m.actor.id, m.from!.rank, m.to])).toEqual([['kyrkan', 7, null]]);
    expect(result.centrality.betweenness.samples).toBeNull();
  });

  it('finds brokers gained and lost between sectors', () => {
    expect(result.brokers.skipped).toBe(false);
    expect(result.brokers.changes).toHaveLength(10);
    const pair = result.brokers.changes.find((b) => b.from === 'municipal' && b.to === 'civil_society')!;
    expect(ids(pair.gained)).toEqual([]);
    expect(ids(pair.lost)).toEqual(['polisen']);
    expect(ids(pair.kept)).toEqual(['kommun-a', 'region']);
  });

  it('follows up every wish of the earlier round', () => {
    const { declared } = result.wishes;
    expect(declared.items.map((w) => [w.tie.id, w.outcome, w.now, w.via])).toEqual([
      ['t10', 'realised', 'active', 't10'],
      ['t2', 'unchanged', 'needs_development', 't2'],
      ['t13', 'improved', 'needs_development', 't13'],
      ['t14', 'dropped', null, null],
      ['t3', 'realised', 'active', 't3'],
      ['t5', 'unchanged', 'desired', 't5'],
      ['t6', 'actor_left', null, null],
    ]);
    expect(declared.byOutcome).toEqual({ realised: 2, unchanged: 2, improved: 1, dropped: 1, actor_left: 1 });
    expect([declared.total, declared.realised, declared.share]).toEqual([7, 2, 2 / 7]);
    expect(declared.byPair.map((p) => [p.a, p.b, p.realised, p.total])).toEqual([
      ['municipal', 'state', 0, 1],
      ['municipal', 'civil_society', 1, 2],
      ['regional', 'civil_society', 0, 1],
      ['state', 'civil_society', 1, 2],
      ['civil_society', 'business', 0, 1],
    ]);
  });

  it('counts a wish realised by another tie between the pair in an area of the wish', () => {
    const later = snapshot(round2024.actors, [
      ...round2024.collaborations.filter((c) => c.id !== 't5'),
      tie('kommun-b', 'forening', { id: 't5-school', status: 'active', areas: ['education', 'housing'] }),
    ]);
    const wish = compareRounds(r2019, { ...r2024, snapshot: later }).wishes.declared.items.find((w) => w.tie.id === 't5')!;
    expect([wish.outcome, wish.via]).toEqual(['realised', 't5-school']);
    // The new tie has the wish's place (education), so it is the wish re-recorded.
    const other = snapshot(round2024.actors, [
      ...round2024.collaborations.filter((c) => c.id !== 't5'),
      tie('kommun-b', 'forening', { id: 't5-housing', status: 'active', areas: ['housing'] }),
    ]);
    const elsewhere = compareRounds(r2019, { ...r2024, snapshot: other });
    expect(elsewhere.wishes.declared.items.find((w) => w.tie.id === 't5')!.outcome).toBe('dropped');
    expect(elsewhere.ties.reRecorded).toEqual([{ from: 't7', to: 't7b' }]);
  });

  it('labels a scenario side as such', () => {
    const whatIf = compareRounds(r2019, { ...r2024, id: 'what-if', kind: 'scenario' });
    expect(whatIf.scenario).toBe(true);
    expect([whatIf.from.kind, whatIf.to.kind]).toEqual(['observed', 'scenario']);
    expect(compareToMarkdown(whatIf, 'en')).toContain('> **Scenario:** Follow-up 2024 (scenario) is a what-if, not observed data.');
    expect(compareToMarkdown(whatIf, 'sv')).toContain('> **Scenario:** Follow-up 2024 (scenario) är ett tänkt läge');
  });

  it('checks its input', () => {
    expect(() => compareRounds(r2019, { ...r2024, kind: 'planned' as never })).toThrow(
      /^compareRounds: to.kind must be 'observed' or 'scenario'/,
    );
    expect(() => compareRounds(r2019, { ...r2024, snapshot: {} as never })).toThrow(/^compareRounds: to.snapshot.actors must be a list/);
    expect(() => compareRounds(r2019, r2024, { top: 0 })).toThrow(/^compareRounds: top: /);
    expect(() => compareRounds(r2019, r2024, { brokerPairs: [['state', 'state']] })).toThrow(
      /^compareRounds: brokerPairs.0: must name two different sectors/,
    );
    expect(() => compareRounds(r2019, r2024, { colour: 'red' } as never)).toThrow(/^compareRounds: /);
  });
});

describe('the follow-up of suggested links', () => {
  // A path kommun–polisen–forening: the one pair two steps apart is kommun–forening.
  const people = [actor('kommun', 'municipal'), actor('polisen', 'state'), actor('forening', 'civil_society')];
  const path = [tie('kommun', 'polisen'), tie('polisen', 'forening')];
  const before = { id: 'r1', kind: 'observed' as const, snapshot: snapshot(people, path) };
  const follow = (extra: ReturnType<typeof tie>[], kind: 'observed' | 'scenario' = 'observed') =>
    compareRounds(before, { id: 'r2', kind, snapshot: snapshot(people, [...path, ...extra]) }).wishes.predicted;

  it('is realised when the pair has an existing tie in the later round', () => {
    const predicted = follow([tie('kommun', 'forening', { status: 'needs_development' })], 'scenario');
    expect(predicted.items.map((p) => [p.source.id, p.target.id, p.outcome, p.now])).toEqual([
      ['kommun', 'forening', 'realised', 'needs_development'],
    ]);
    expect([predicted.realised, predicted.total, predicted.share]).toEqual([1, 1, 1]);
    expect(predicted.byPair).toEqual([{ a: 'municipal', b: 'civil_society', total: 1, realised: 1, share: 1 }]);
  });

  it('is declared when only wished for, and not realised otherwise', () => {
    expect(follow([tie('kommun', 'forening', { status: 'desired' })]).items[0]!.outcome).toBe('declared');
    expect(follow([]).items[0]!.outcome).toBe('not_realised');
    expect(follow([]).share).toBe(0);
  });
});

describe('compareToMarkdown', () => {
  it('summarises in English', () => {
    const text = compareToMarkdown(result, 'en');
    expect(text).toMatch(/^# Comparison: Baseline 2019 → Follow-up 2024\n/);
    expect(text).toContain('- 1 new tie, 4 ended, 1 re-recorded under a new id.');
    expect(text).toContain('- 2 gaps closed, 1 strengthened, 1 weakened, 0 other status changes.');
    expect(text).toContain('- **2 of 7 wished-for ties are active now**; none with regional, none with business.');
    expect(text).toContain('  - Municipal – Civil society: 1 of 2');
    expect(text).toContain('| Civil society | 2 → 2 (±0) | 0.50 → 2 (+1.50) | 13 % → 44 % (+32 pp) |');
    expect(text).toContain('| Municipal – Civil society | 0 → 2 (+2) |');
    expect(text).not.toContain('| Business – Business |');
    expect(text).not.toContain('Scenario');
  });

  it('summarises in Swedish, with decimal commas', () => {
    const text = compareToMarkdown(result, 'sv');
    expect(text).toMatch(/^# Jämförelse: Baseline 2019 → Follow-up 2024\n/);
    expect(text).toContain('- **2 av 7 önskade samarbeten fungerar nu**; inga med regional, inga med näringsliv.');
    expect(text).toContain('| Civilsamhälle | 2 → 2 (±0) | 0,50 → 2 (+1,50) | 13 % → 44 % (+32 p.e.) |');
    expect(text).toContain('| Kommun A – Föreningen | önskad | förverkligat | fungerar |');
  });

  it('keeps names from turning into Markdown', () => {
    const odd = structuredClone(result);
    odd.ties.new[0]!.source.name = '*Stads|missionen*';
    expect(compareToMarkdown(odd, 'en')).toContain('\\*Stads\\|missionen\\* – Kommun A');
  });
});

describe('trend', () => {
  it("gives the report's headline figures per round, in the order given", () => {
    const result = trend([r2019, { ...r2024, kind: 'scenario' }]);
    expect(TrendResult.parse(result)).toEqual(result);
    expect(result.scenarios).toBe(1);
    expect(result.rounds.map((p) => [p.round.id, p.round.kind, p.actors, p.collaborations, p.existingTies])).toEqual([
      ['2019', 'observed', 7, 13, 8],
      ['2024', 'scenario', 7, 11, 9],
    ]);
    expect(result.rounds[0]!.density).toBeCloseTo(8 / 21, 12);
    expect(result.rounds.map((p) => p.withoutCivilSociety)).toEqual([
      { count: 5, of: 5 },
      { count: 3, of: 5 },
    ]);
    expect(result.rounds.map((p) => p.declared)).toEqual([
      { needs_development: 2, desired: 5 },
      { needs_development: 3, desired: 1 },
    ]);
    expect(Object.keys(result.rounds[0]!.findings)).toContain('mostly_internal');
  });

  it('refuses a round listed twice', () => {
    expect(() => trend([r2019, r2019])).toThrow(/^trend: round '2019' is listed twice/);
  });
});
