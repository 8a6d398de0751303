// The compare view's model on the small town (test/compare/small-town.ts), where the server's
// comparison is known by hand: each tie drawn with the change the comparison names, the ties a
// later round lost laid back in, and the actors that joined or left marked.
import { describe, expect, it } from 'vitest';
import { compareModel, countChanges } from '../../client/src/graph/compare.ts';
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
