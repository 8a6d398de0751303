// compareRounds against an independent computation (scripts/oracle/compare_oracle.py, plain Python
// and networkx) on synthetic round pairs with known changes (round-pairs.ts): every tie change,
// the roster, the per-sector figures and the mixing matrix of both rounds, the rank movers, and
// the follow-up of the wishes and suggested links. The earlier round goes to the oracle in the
// /api/graph format in one case, so the oracle reads what a script would fetch.
import { describe, expect, it } from 'vitest';
import { compareRounds } from '../../server/compare/index.ts';
import type { CompareResult, Delta, MetricMoves } from '../../server/domain/compare-responses.ts';
import { CompareResult as CompareResultSchema } from '../../server/domain/compare-responses.ts';
import { serializeGraph } from '../../server/graph/serialize.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { compareOracle, type CompareOracle, type OracleFigures, type OracleMovers } from './oracle.ts';
import { realiseDeclared, roundPair, type KnownChanges } from './round-pairs.ts';

const TOLERANCE = 1e-9;
const TOP = 8;

interface Case {
  name: string;
  from: GraphSnapshot;
  to: GraphSnapshot;
  scenario: boolean;
  serialized: boolean;
  known?: KnownChanges;
}

const small = roundPair(1, { actors: 60, ties: 140, changes: 3, realisePredicted: 3 });
const larger = roundPair(2, { actors: 180, ties: 520, changes: 8, realisePredicted: 5 });
const sparse = roundPair(3, { actors: 90, ties: 80, changes: 4, realisePredicted: 2 });
const cases: Case[] = [
  { name: '60 actors, 140 ties, 3 of each change', ...small, scenario: false, serialized: true },
  { name: '180 actors, 520 ties, 8 of each change', ...larger, scenario: false, serialized: false },
  { name: 'sparse, 90 actors, 80 ties, in pieces', ...sparse, scenario: false, serialized: false },
  {
    name: 'a scenario realising every declared tie',
    from: larger.from,
    to: realiseDeclared(larger.from),
    scenario: true,
    serialized: false,
  },
];

function close(actual: number | null, expected: number | null | undefined, what: string): void {
  if (expected === null || expected === undefined) return void expect(actual, what).toBeNull();
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

function closeDelta(d: Delta, from: number | null, to: number | null, what: string): void {
  close(d.from, from, `${what} (from)`);
  close(d.to, to, `${what} (to)`);
  close(d.change, from === null || to === null ? null : to - from, `${what} (change)`);
}

function movers(m: MetricMoves): OracleMovers {
  return {
    risers: m.risers.map((r) => [r.actor.id, r.from!.rank, r.to!.rank, r.change!]),
    fallers: m.fallers.map((r) => [r.actor.id, r.from!.rank, r.to!.rank, r.change!]),
    entered: m.entered.map((r) => [r.actor.id, r.to!.rank]),
    exited: m.exited.map((r) => [r.actor.id, r.from!.rank]),
  };
}

function shares(list: CompareResult['wishes']['declared']['byPair']) {
  return Object.fromEntries(list.map((p) => [`${p.a}|${p.b}`, { total: p.total, realised: p.realised, share: p.share }]));
}

describe.each(cases)('compareRounds agrees with the oracle: $name', ({ from, to, scenario, serialized, known }) => {
  const result = compareRounds(
    { id: 'r1', kind: 'observed', snapshot: from },
    { id: 'r2', kind: scenario ? 'scenario' : 'observed', snapshot: to },
    { top: TOP },
  );
  const pairs = result.wishes.predicted.items.map((p) => [p.source.id, p.target.id] as [string, string]);
  const oracle: CompareOracle = compareOracle(serialized ? serializeGraph(from) : from, to, pairs, TOP);

  it('matches its schema and says whether it is a scenario', () => {
    expect(CompareResultSchema.parse(result)).toEqual(result);
    expect(result.scenario).toBe(scenario);
    expect(result.to.kind).toBe(scenario ? 'scenario' : 'observed');
  });

  it('finds the same tie changes', () => {
    const { ties } = result;
    expect(ties.new.map((t) => t.id)).toEqual(oracle.ties.new);
    expect(ties.ended.map((t) => [t.id, t.how, t.status])).toEqual(oracle.ties.ended);
    expect(ties.reRecorded.map((r) => [r.from, r.to])).toEqual(oracle.ties.reRecorded);
    expect(ties.statusChanged.map((s) => [s.tie.id, s.from, s.to, s.kind])).toEqual(oracle.ties.statusChanged);
    expect(
      ties.attributesChanged.map((a) => [
        a.tie.id,
        {
          areas: a.areas && [a.areas.from, a.areas.to],
          forms: a.forms && [a.forms.from, a.forms.to],
          strength: a.strength && [a.strength.from, a.strength.to],
        },
      ]),
    ).toEqual(oracle.ties.attributesChanged);
    expect(ties.counts.unchanged).toBe(oracle.ties.unchanged);
  });

  it('finds the same actors, forums and memberships joining and leaving', () => {
    const { roster } = result;
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(roster.actors.joined)).toEqual(oracle.roster.actorsJoined);
    expect(ids(roster.actors.left)).toEqual(oracle.roster.actorsLeft);
    expect(roster.actors.sectorChanged.map((s) => s.actor.id)).toEqual(oracle.roster.sectorChanged);
    expect(ids(roster.forums.joined)).toEqual(oracle.roster.forumsJoined);
    expect(ids(roster.forums.left)).toEqual(oracle.roster.forumsLeft);
    expect(roster.memberships.joined.map((m) => [m.forumId, m.actorId])).toEqual(oracle.roster.membershipsJoined);
    expect(roster.memberships.left.map((m) => [m.forumId, m.actorId])).toEqual(oracle.roster.membershipsLeft);
  });

  it('computes the same per-sector figures and mixing matrices', () => {
    const { from: f, to: t } = oracle.figures;
    for (const s of result.sectors) {
      for (const key of ['actors', 'meanDegree', 'tieShare', 'eiIndex', 'reachGapShare'] as const) {
        closeDelta(s[key], f.sectors[s.sector]![key]!, t.sectors[s.sector]![key]!, `${s.sector} ${key}`);
      }
    }
    for (const key of ['actors', 'ties', 'density', 'eiIndex'] as const) {
      closeDelta(result.mixing[key], f[key] as number | null, t[key] as number | null, `mixing ${key}`);
    }
    expect(result.mixing.cells).toHaveLength(Object.keys(f.cells).length);
    for (const cell of result.mixing.cells) {
      const key = `${cell.a}|${cell.b}`;
      for (const field of ['ties', 'possiblePairs', 'density', 'relativeDensity'] as const) {
        closeDelta(cell[field], (f.cells[key] as OracleFigures['cells'][string])[field], t.cells[key]![field], `${key} ${field}`);
      }
    }
  });

  it('ranks the same movers by degree and betweenness', () => {
    expect(result.centrality.betweenness.samples).toBeNull();
    expect(movers(result.centrality.degree)).toEqual(oracle.centrality.degree);
    expect(movers(result.centrality.betweenness)).toEqual(oracle.centrality.betweenness);
  });

  it("follows up the earlier round's wishes and suggestions alike", () => {
    const { declared, predicted, overall } = result.wishes;
    const ours = declared.items.map((w) => [w.tie.id, w.outcome, w.now, w.via]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(ours).toEqual(oracle.wishes.declared);
    expect(shares(declared.byPair)).toEqual(oracle.wishes.declaredByPair);
    expect(predicted.items.map((p) => [p.source.id, p.target.id, p.outcome, p.now])).toEqual(
      oracle.wishes.predicted.map((p) => p.slice(0, 4)),
    );
    predicted.items.forEach((p, i) => {
      close(p.adamicAdar, oracle.wishes.predicted[i]![4], `Adamic-Adar of ${p.source.id}–${p.target.id}`);
    });
    expect(shares(predicted.byPair)).toEqual(oracle.wishes.predictedByPair);
    expect(shares(overall.byPair)).toEqual(oracle.wishes.overallByPair);
    expect(overall.total).toBe(declared.total + predicted.total);
  });

  if (known) {
    it('shows every change the pair was made with', () => {
      const { ties, roster, wishes } = result;
      expect(roster.actors.left.map((a) => a.id)).toEqual(known.left);
      expect(roster.actors.joined.map((a) => a.id).sort()).toEqual([...known.joined].sort());
      expect(roster.actors.sectorChanged).toHaveLength(1);
      const ended = new Map(ties.ended.map((t) => [t.id, t.how]));
      const changed = new Map(ties.statusChanged.map((s) => [s.tie.id, [s.from, s.to]]));
      for (const [id, old, now] of known.statusSet) {
        if (now === 'ended') expect(ended.get(id), id).toBe('status_ended');
        else expect(changed.get(id), id).toEqual([old, now]);
      }
      expect(known.statusSet.some(([, o, n]) => o === 'desired' && n === 'active')).toBe(true);
      expect(known.statusSet.some(([, o, n]) => o === 'active' && n === 'needs_development')).toBe(true);
      const attributes = new Set(ties.attributesChanged.map((a) => a.tie.id));
      for (const id of known.areasChanged) expect(attributes.has(id), id).toBe(true);
      for (const id of known.removed) expect(ended.get(id), id).toBe('removed');
      expect(ties.reRecorded.map((r) => [r.from, r.to])).toEqual(expect.arrayContaining(known.reRecorded));
      const realised = new Set(wishes.predicted.items.filter((p) => p.outcome === 'realised').map((p) => `${p.source.id}|${p.target.id}`));
      for (const [u, v] of known.realisedPredictions) expect(realised.has(`${u}|${v}`), `${u}–${v}`).toBe(true);
      expect(wishes.declared.byOutcome.realised).toBeGreaterThan(0);
      expect(wishes.declared.byOutcome.actor_left).toBeGreaterThan(0);
    });
  }
});

describe('the scenario that realises every declared tie', () => {
  it('realises every wish whose actors stay, and closes every desired gap', () => {
    const result = compareRounds(
      { id: 'r1', kind: 'observed', snapshot: larger.from },
      { id: 'what-if', kind: 'scenario', snapshot: realiseDeclared(larger.from) },
    );
    expect(result.wishes.declared.total).toBeGreaterThan(0);
    expect(result.wishes.declared.realised).toBe(result.wishes.declared.total);
    expect(result.wishes.declared.share).toBe(1);
    const desired = larger.from.collaborations.filter((c) => c.status === 'desired').length;
    expect(result.ties.counts.gapsClosed).toBe(desired);
    expect(result.ties.counts.new + result.ties.counts.ended + result.roster.actors.joined.length).toBe(0);
  });
});
