import { describe, expect, it } from 'vitest';
import { ranks, readCentrality } from '../../client/src/api/analytics.ts';
import { queryString } from '../../client/src/api/http.ts';
import { forumsOf, sectorsWithoutTie, tiesByTypeAndStatus, unitsOf } from '../../client/src/graph/actor-summary.ts';
import { localDegree } from '../../client/src/graph/local-metrics.ts';
import { smallGraph } from './fixture.ts';

describe('analytics client helpers', () => {
  it('reads centrality in the shapes the API may answer with', () => {
    const expected = new Map([['degree', new Map([['a', 2], ['b', 1]])]]);
    expect(readCentrality({ actors: [{ id: 'a', values: { degree: 2 } }, { id: 'b', values: { degree: 1 } }] }, ['degree'])).toEqual(expected);
    expect(readCentrality({ values: { a: { degree: 2 }, b: { degree: 1 } } }, ['degree'])).toEqual(expected);
    expect(readCentrality({ metrics: { degree: { a: 2, b: 1 }, other: { a: 1 } } }, ['degree'])).toEqual(expected);
  });

  it('ranks with ties sharing a rank', () => {
    expect(ranks(new Map([['a', 3], ['b', 5], ['c', 3], ['d', 1]]))).toEqual(new Map([['b', 1], ['a', 2], ['c', 2], ['d', 4]]));
  });

  it('builds query strings with comma lists and without empty values', () => {
    expect(queryString({ area: ['housing', 'crime'], type: [], status: undefined, includeForums: false, limit: 5 })).toBe('?area=housing,crime&includeForums=false&limit=5');
  });
});

describe('actor summary', () => {
  const g = smallGraph();
  it('groups ties by type then status', () => {
    const groups = tiesByTypeAndStatus(g, 'kommunen');
    expect(groups.map((x) => [x.type, x.statuses.map((s) => s.status)])).toEqual([
      ['internal', ['active']],
      ['civil_society', ['needs_development']],
    ]);
    expect(groups[0]!.statuses[0]!.ties[0]).toMatchObject({ other: 'skolan', otherName: 'Utbildningsförvaltningen' });
  });

  it('lists the sectors without a working tie (desired ties do not count)', () => {
    expect(sectorsWithoutTie(g, 'skolan')).toEqual(['regional', 'state', 'civil_society', 'business']);
    expect(sectorsWithoutTie(g, 'kommunen')).toEqual(['regional', 'state', 'business']);
  });

  it('finds forums, units and local degree', () => {
    expect(forumsOf(g, 'polisen')).toEqual([{ id: 'forum:trygghet', name: 'Trygghetsgruppen', role: 'member' }]);
    expect(unitsOf(g, 'kommunen')).toEqual([{ id: 'skolan', name: 'Utbildningsförvaltningen' }]);
    expect(localDegree(g).get('kommunen')).toBe(2);
    expect(localDegree(g).has('forum:trygghet')).toBe(false);
  });
});
