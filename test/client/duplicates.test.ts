// The duplicates view's pure parts: what each actor of a pair holds, what a merge moves (not the
// tie between the two, not the kept actor as a unit), and the words for both and for refusals.
import { describe, expect, it } from 'vitest';
import { duplicateSide, mergeMoves } from '../../client/src/graph/duplicate-sides.ts';
import { mergeConfirmation, mergeRefusal, sideLine } from '../../client/src/state/merge-text.ts';
import { smallGraph } from './fixture.ts';

describe('a duplicate pair read from the graph', () => {
  it('counts what each actor holds: ties, memberships, units and evidence', () => {
    const graph = smallGraph();
    graph.setNodeAttribute('polisen', 'evidence', [{ sourceId: 'src', locator: 's. 4', note: 'named in the report' }]);
    expect(duplicateSide(graph, 'kommunen', 'Trollhättans Stad')).toEqual({
      id: 'kommunen',
      name: 'Trollhättans Stad',
      sector: 'municipal',
      ties: 2,
      memberships: 1,
      units: 1,
      evidence: 0,
    });
    expect(duplicateSide(graph, 'polisen', 'Polisen')).toMatchObject({ sector: 'state', ties: 1, memberships: 1, units: 0, evidence: 1 });
  });

  it('marks an actor the graph shown does not hold, instead of failing', () => {
    expect(duplicateSide(smallGraph(), 'borta', 'Borta')).toEqual({
      id: 'borta',
      name: 'Borta',
      sector: null,
      ties: 0,
      memberships: 0,
      units: 0,
      evidence: 0,
    });
  });

  it('moves all but the tie between the two, and the kept actor is no unit of itself', () => {
    const graph = smallGraph();
    // kommunen into skolan: t1 joins them and goes; skolan, kommunen's unit, is the one kept.
    expect(mergeMoves(graph, 'kommunen', 'skolan')).toEqual({ ties: 1, memberships: 1, units: 0, evidence: 0 });
    expect(mergeMoves(graph, 'kommunen', 'polisen')).toEqual({ ties: 2, memberships: 1, units: 1, evidence: 0 });
  });
});

describe('the duplicates view in words', () => {
  it("tells an actor's sector and ties, or that the map shown lacks it", () => {
    const graph = smallGraph();
    expect(sideLine('en', duplicateSide(graph, 'kommunen', 'x'))).toBe('Municipal, 2 ties');
    expect(sideLine('en', duplicateSide(graph, 'foretaget', 'x'))).toBe('Business, no ties');
    expect(sideLine('sv', duplicateSide(graph, 'foretaget', 'x'))).toBe('Näringsliv, inga band');
    expect(sideLine('en', duplicateSide(graph, 'borta', 'x'))).toBe('not in the map shown');
  });

  it('says what moves and that the history can revert it, in English and Swedish', () => {
    const names = { from: 'Röda korset AB', into: 'Röda Korset' };
    const moves = { ties: 3, memberships: 1, units: 0, evidence: 2 };
    expect(mergeConfirmation('en', names, moves)).toEqual([
      'Merge “Röda korset AB” into “Röda Korset”?',
      'Moved to “Röda Korset”: 3 ties, 1 forum membership, and 2 evidence items. Then “Röda korset AB” is deleted.',
      'A tie between the two goes; a moved tie parallel to one “Röda Korset” already has is combined with it.',
      'The merge can be reverted from the history.',
    ]);
    const sv = mergeConfirmation('sv', names, moves);
    expect(sv[1]).toBe('Flyttas till ”Röda Korset”: 3 band, 1 forummedlemskap och 2 belägg. Sedan tas ”Röda korset AB” bort.');
    expect(sv.at(-1)).toBe('Sammanslagningen kan ångras från historiken.');
  });

  it('says so when the duplicate holds nothing, and leaves out combining when no tie moves', () => {
    const said = mergeConfirmation('en', { from: 'B', into: 'A' }, { ties: 0, memberships: 0, units: 0, evidence: 0 });
    expect(said).toEqual([
      'Merge “B” into “A”?',
      '“B” holds nothing to move; it is deleted.',
      'The merge can be reverted from the history.',
    ]);
  });

  it("words the server's refusals in the UI's language with its message, and leaves others to the form", () => {
    const message = "round 'trollhattan/2019' is closed";
    expect(mergeRefusal('en', { status: 409, message })).toBe(`The round refused the merge. The server says: ${message}`);
    expect(mergeRefusal('sv', { status: 409, message })).toBe(`Omgången godtog inte sammanslagningen. Servern svarar: ${message}`);
    for (const status of [403, 404, 422]) expect(mergeRefusal('sv', { status, message: 'm' })).toMatch(/Servern svarar: m$/);
    expect(mergeRefusal('en', { status: 500, message: 'x' })).toBeNull();
  });
});
