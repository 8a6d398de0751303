import { describe, expect, it } from 'vitest';
import { formatRoundRef, parseRoundRef, roundPath, roundPrefix, sameRound } from '../../client/src/api/round-scope.ts';
import { chooseRound, DEFAULT_STATE } from '../../client/src/state/view-state.ts';

describe('the round scope', () => {
  it('sends the default round to the short routes and a named round under its mapping', () => {
    expect(roundPrefix(null)).toBe('/api');
    expect(roundPath(null, '/collaborations', 'a-b')).toBe('/api/collaborations/a-b');
    expect(roundPath({ mapping: 'trollhattan', round: '2024' }, '/gaps/reach')).toBe('/api/mappings/trollhattan/rounds/2024/gaps/reach');
  });

  it('reads back what it writes, and the round header in the same form', () => {
    const ref = { mapping: 'trollhattan-segregation', round: '2019' };
    expect(parseRoundRef(formatRoundRef(ref))).toEqual(ref);
    expect(sameRound(ref, { ...ref })).toBe(true);
    expect(sameRound(ref, null)).toBe(false);
    expect(sameRound(null, null)).toBe(true);
  });

  it('drops a selection and a focus that belonged to the round left behind', () => {
    const state = { ...DEFAULT_STATE, selected: 'polisen', ego: 1 as const, focus: { kind: 'actors' as const, ids: ['polisen'] } };
    const next = chooseRound(state, { mapping: 'm', round: 'r' }, '2019');
    expect(next).toMatchObject({ selected: null, ego: 0, focus: null, round: { mapping: 'm', round: 'r' }, compare: '2019' });
  });
});
