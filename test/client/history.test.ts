// The history's one pure rule on the client: which fields an update changed (timestamps aside).
import { describe, expect, it } from 'vitest';
import { changedFields, mergedInto } from '../../client/src/ui/history.ts';

describe('changedFields', () => {
  it('names the fields an update changed, sorted, leaving out the timestamps', () => {
    const before = { id: 't', status: 'active', areas: ['housing'], updatedAt: '2026-01-01T00:00:00.000Z' };
    const after = { id: 't', status: 'ended', areas: ['housing', 'crime'], description: 'Slut.', updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(changedFields({ op: 'update', before, after })).toEqual(['areas', 'description', 'status']);
  });

  it('names none for a create or a delete', () => {
    expect(changedFields({ op: 'create', before: null, after: { id: 't' } })).toEqual([]);
    expect(changedFields({ op: 'delete', before: { id: 't' }, after: null })).toEqual([]);
  });
});

describe('mergedInto', () => {
  it('names the actor a merge kept, and nothing for other changes or a bundle without actors', () => {
    const after = { actors: [{ id: 'roda-korset' }, { id: 'en-enhet' }], collaborations: [{ id: 't' }] };
    expect(mergedInto({ entity: 'merge', after })).toBe('roda-korset');
    expect(mergedInto({ entity: 'merge', after: {} })).toBeNull();
    expect(mergedInto({ entity: 'merge', after: null })).toBeNull();
    expect(mergedInto({ entity: 'import', after })).toBeNull();
  });
});
