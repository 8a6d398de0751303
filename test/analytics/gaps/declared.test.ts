import { describe, expect, it } from 'vitest';
import { declaredGaps, declaredTies } from '../../../server/analytics/gaps/declared.ts';
import { DeclaredGapsResult } from '../../../server/analytics/gaps/schemas.ts';
import { kronogarden } from './kronogarden.ts';

describe('declaredGaps on Kronogården', () => {
  it('lists desired and needs-development ties, by actor and by area', () => {
    const result = declaredGaps(kronogarden);
    expect(DeclaredGapsResult.parse(result)).toEqual(result);
    expect(result.total).toBe(3);
    expect(result.byStatus).toEqual({ needs_development: 1, desired: 2 });
    expect(result.ties.map((t) => t.id)).toEqual(['skola--forening', 'ks--forening', 'naring--bostad']);
    const wish = result.ties[2]!;
    expect(wish).toMatchObject({
      status: 'desired',
      type: 'business',
      source: { id: 'naring', name: 'Näringslivsenheten', sector: 'municipal' },
      target: { id: 'bostad', sector: 'business' },
      areas: ['labour_market'],
      evidence: [{ sourceId: 'report', locator: 'p. 1', note: 'wants local employers in' }],
    });
    expect(result.byActor.map((g) => [g.actor.id, g.total])).toEqual([
      ['forening', 2],
      ['bostad', 1],
      ['ks', 1],
      ['naring', 1],
      ['skola', 1],
    ]);
    expect(result.byActor[0]!.ties.map((t) => [t.other.id, t.status])).toEqual([
      ['skola', 'needs_development'],
      ['ks', 'desired'],
    ]);
    expect(result.byArea.map((g) => [g.area, g.tieIds])).toEqual([
      ['education', ['skola--forening']],
      ['labour_market', ['naring--bostad']],
      ['democracy_civil_society', ['ks--forening']],
    ]);
  });

  it('filters by actor, area, type and status', () => {
    const forening = declaredGaps(kronogarden, { actor: 'forening' });
    expect(forening.ties.map((t) => t.id)).toEqual(['skola--forening', 'ks--forening']);
    expect(forening.byActor.map((g) => g.actor.id)).toEqual(['forening']);
    expect(declaredGaps(kronogarden, { areas: ['labour_market'] }).total).toBe(1);
    expect(declaredGaps(kronogarden, { type: 'civil_society' }).total).toBe(2);
    expect(declaredGaps(kronogarden, { statuses: ['ended'] }).ties.map((t) => t.id)).toEqual(['polis--forening']);
  });

  it('lists the same ties, as recorded and without the groups, through declaredTies', () => {
    for (const options of [
      {},
      { actor: 'forening' },
      { areas: ['labour_market' as const] },
      { statuses: ['desired' as const, 'ended' as const] },
    ]) {
      const ties = declaredTies(kronogarden, options);
      expect(ties.map((t) => t.id)).toEqual(declaredGaps(kronogarden, options).ties.map((t) => t.id));
      for (const tie of ties) expect(kronogarden.collaborations).toContain(tie);
    }
  });

  it('checks its input', () => {
    expect(() => declaredGaps(kronogarden, { actor: 'nobody' })).toThrow(/^declaredGaps: actor 'nobody'/);
    expect(() => declaredGaps(kronogarden, { statuses: ['desired', 'desired'] })).toThrow(/^declaredGaps: statuses/);
  });
});
