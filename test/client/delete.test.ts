import { describe, expect, it } from 'vitest';
import { describeRefusal, referencesIn } from '../../client/src/state/delete-refusal.ts';
import { DEFAULT_STATE, withoutMissing, type ViewState } from '../../client/src/state/view-state.ts';

// The details the stores send with a 409 for DELETE /api/actors/:id (server/store/*/actors).
const REFUSAL = [
  { path: 'collaborations', message: "3 collaborations refer to actor 'eidar'" },
  { path: 'memberships', message: "1 memberships refer to actor 'eidar'" },
];

describe('the refusal to delete an actor', () => {
  it('reads the counts from the details, and nothing from details it does not know', () => {
    expect(referencesIn(REFUSAL)).toEqual({ collaborations: 3, memberships: 1, units: 0 });
    expect(referencesIn([{ path: 'units', message: "2 units refer to actor 'x'" }])).toEqual({
      collaborations: 0,
      memberships: 0,
      units: 2,
    });
    expect(referencesIn([])).toBeNull();
    expect(
      referencesIn([
        { path: 'body.name', message: 'taken' },
        { path: 'collaborations', message: 'several' },
      ]),
    ).toBeNull();
  });

  it('says what holds the actor and what a cascade takes with it, in English and Swedish', () => {
    const refs = { collaborations: 3, memberships: 1, units: 0 };
    expect(describeRefusal('en', 'Eidar', refs)).toEqual({
      reason:
        'The server did not delete “Eidar”: it still has 3 ties and 1 forum membership. Delete those first, or delete the actor together with them.',
      cascade: 'Delete it with its 3 ties and 1 forum membership',
    });
    expect(describeRefusal('sv', 'Eidar', refs)).toEqual({
      reason:
        'Servern tog inte bort ”Eidar”: aktören har fortfarande 3 band och 1 forummedlemskap. Ta bort dem först, eller ta bort aktören tillsammans med dem.',
      cascade: 'Ta bort den med dess 3 band och 1 forummedlemskap',
    });
  });

  it('counts one tie as one, and says that units stay rather than go', () => {
    const one = describeRefusal('en', 'A', { collaborations: 1, memberships: 0, units: 2 });
    expect(one.reason).toContain('it still has 1 tie and 2 units.');
    expect(one.reason).toContain('2 units under it will stay, without a parent.');
    expect(one.cascade).toBe('Delete it with its 1 tie');
    const onlyUnits = describeRefusal('sv', 'A', { collaborations: 0, memberships: 0, units: 1 });
    expect(onlyUnits.reason).toContain('1 enhet under den blir kvar');
    expect(onlyUnits.cascade).toBe('Ta bort den ändå');
  });
});

describe('the view after a delete', () => {
  const exists = (id: string) => id !== 'gone';
  const state = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...over });

  it('drops the selection (and its ego view) when the selected actor is gone', () => {
    expect(withoutMissing(state({ selected: 'gone', ego: 2 }), exists)).toMatchObject({ selected: null, ego: 0 });
  });

  it('drops a focus that names a missing actor, and keeps everything else as it was', () => {
    expect(withoutMissing(state({ focus: { kind: 'actors', ids: ['a', 'gone'] } }), exists).focus).toBeNull();
    expect(withoutMissing(state({ focus: { kind: 'tie', source: 'gone', target: 'b' } }), exists).focus).toBeNull();
    const kept = state({ selected: 'a', ego: 1, areas: ['housing'], focus: { kind: 'sectors', a: 'municipal', b: 'business' } });
    expect(withoutMissing(kept, exists)).toBe(kept);
  });
});
