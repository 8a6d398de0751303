// The compare view's model on the small town (test/compare/small-town.ts), where the server's
// comparison is known by hand: each tie drawn with the change the comparison names, the ties a
// later round lost laid back in, and the actors that joined or left marked.
import { describe, expect, it } from 'vitest';
import { edgeAppearance, EMPTY_APPEARANCE, nodeAppearance } from '../../client/src/graph/appearance.ts';
import { CHANGE_COLORS } from '../../client/src/graph/colors.ts';
import { actorsOfChange, compareModel, countChanges, sectorsWithoutRealisedWishes } from '../../client/src/graph/compare.ts';
import { legendModel } from '../../client/src/graph/legend.ts';
import { graphFromSerialized } from '../../client/src/graph/model.ts';
import { compareRounds } from '../../server/compare/index.ts';
import { serializeGraph } from '../../server/graph/serialize.ts';
import { round2019, round2024 } from '../compare/small-town.ts';

const result = compareRounds(
  { id: '2019', label: '2019', date: '2019', kind: 'observed', snapshot: round2019 },
  { id: '2024', label: '2024', date: '2024', kind: 'observed', snapshot: round2024 },
);
const before = graphFromSerialized(serializeGraph(round2019));
const after = graphFromSerialized(serializeGraph(round2024));
const { union, marks } = compareModel(before, after, result);

describe('the compare model', () => {
  it('names each tie new, ended, up, down or unchanged as the comparison does', () => {
    expect(marks.ties.get('t12')).toBe('new');
    for (const id of ['t11', 't14', 't6', 't9']) expect(marks.ties.get(id), id).toBe('ended');
    // gap closed twice and strengthened once: towards collaboration
    for (const id of ['t3', 't13', 't10']) expect(marks.ties.get(id), id).toBe('up');
    expect(marks.ties.get('t4')).toBe('down');
    // a tie whose areas changed, re-recorded under a new id, is one unchanged tie
    expect(marks.ties.get('t7b')).toBe('unchanged');
    expect(union.hasEdge('t7')).toBe(false);
  });

  it('lays the ties the later round lost back in, with the actors that left', () => {
    for (const id of ['t14', 't6', 't9']) {
      expect(after.hasEdge(id)).toBe(false);
      expect(union.getEdgeAttributes(id)).toEqual(before.getEdgeAttributes(id));
    }
    expect(union.hasNode('kyrkan')).toBe(true);
    expect(marks.actors).toEqual(
      new Map([
        ['stadsmission', 'joined'],
        ['kyrkan', 'left'],
      ]),
    );
    // the later round's own ties keep their later records (t11 ended by status)
    expect(union.getEdgeAttributes('t11')).toMatchObject({ status: 'ended' });
  });

  it('counts what the map draws', () => {
    const counts = countChanges(union, marks);
    expect(counts).toMatchObject({ new: 1, ended: 4, up: 3, down: 1 });
    expect(counts.unchanged).toBe([...marks.ties.values()].filter((c) => c === 'unchanged').length);
    // every collaboration of the union is marked, nothing else is
    expect(marks.ties.size).toBe(union.filterEdges((_e, a) => a.kind === 'collaboration').length);
  });
});

describe('the compare view on the map', () => {
  const ctx = { ...EMPTY_APPEARANCE, changes: marks };

  it('colours each tie by its change and rings the actors that joined or left', () => {
    expect(edgeAppearance('t12', union.getEdgeAttributes('t12'), ctx).color).toBe(CHANGE_COLORS.new);
    expect(edgeAppearance('t4', union.getEdgeAttributes('t4'), ctx).color).toBe(CHANGE_COLORS.down);
    expect(edgeAppearance('t9', union.getEdgeAttributes('t9'), ctx)).toMatchObject({ color: CHANGE_COLORS.ended, type: 'dashed' });
    expect(edgeAppearance('t7b', union.getEdgeAttributes('t7b'), ctx).color).not.toBe(CHANGE_COLORS.new);
    expect(nodeAppearance('kyrkan', union.getNodeAttributes('kyrkan'), ctx)).toMatchObject({
      type: 'border',
      borderColor: CHANGE_COLORS.left,
    });
    expect(nodeAppearance('stadsmission', union.getNodeAttributes('stadsmission'), ctx).borderColor).toBe(CHANGE_COLORS.joined);
    // outside the compare view nothing is coloured by change
    expect(edgeAppearance('t12', union.getEdgeAttributes('t12'), EMPTY_APPEARANCE).color).not.toBe(CHANGE_COLORS.new);
  });

  it('gives the legend a line per change the map draws, with its count', () => {
    const legend = legendModel(union, ctx, null);
    expect(legend.changes.map((c) => [c.id, c.count])).toEqual([
      ['new', 1],
      ['ended', 4],
      ['up', 3],
      ['down', 1],
      ['unchanged', countChanges(union, marks).unchanged],
    ]);
    expect(legend.actorChanges.map((c) => c.id)).toEqual(['joined', 'left']);
    expect(legendModel(union, EMPTY_APPEARANCE, null).changes).toEqual([]);
  });

  it('brings forward the ends of the ties with a change', () => {
    const [a, b] = union.extremities('t4');
    expect(actorsOfChange(union, marks, 'down')).toEqual([a, b].sort());
    expect(actorsOfChange(union, marks, 'left')).toContain('kyrkan');
  });

  it('names the sectors none of whose wished-for ties came true', () => {
    const pair = (a: string, b: string, total: number, realised: number) => ({ a, b, total, realised, share: null });
    const result = {
      wishes: {
        declared: {
          byPair: [pair('municipal', 'civil_society', 3, 0), pair('municipal', 'business', 2, 1), pair('state', 'state', 1, 0)],
        },
      },
    } as unknown as Parameters<typeof sectorsWithoutRealisedWishes>[0];
    expect(sectorsWithoutRealisedWishes(result).sort()).toEqual(['civil_society', 'state']);
  });
});
