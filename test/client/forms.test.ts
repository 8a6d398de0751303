import { describe, expect, it } from 'vitest';
import { ActorCreate, CollaborationCreate } from '../../client/src/domain.ts';
import { Source } from '../../server/domain/schemas.ts';
import { apiErrors, fieldFor, issueMessage, splitList, zodErrors } from '../../client/src/state/form-errors.ts';
import { nextSort, sortRows } from '../../client/src/state/table-sort.ts';
import { tiePatch } from '../../client/src/ui/tie-form.ts';

const FIELDS = ['name', 'sector', 'areas', 'evidence', 'evidence.0.note', 'evidence.0.locator'];

describe('form errors', () => {
  it('maps schema and API paths to the most specific field', () => {
    expect(fieldFor(['evidence', 0, 'note'], FIELDS)).toBe('evidence.0.note');
    expect(fieldFor(['evidence', 3, 'note'], FIELDS)).toBe('evidence');
    expect(fieldFor(['areas', 1], FIELDS)).toBe('areas');
    expect(fieldFor('body.sector', FIELDS)).toBe('sector');
    expect(fieldFor('query.limit', FIELDS)).toBe('');
  });

  it('puts the same zod schemas the API uses onto fields', () => {
    const parsed = ActorCreate.safeParse({ name: '', sector: 'martian', evidence: [{ sourceId: 's', locator: 'x', note: '' }] });
    expect(parsed.success).toBe(false);
    const fields = zodErrors(parsed.error!.issues, FIELDS).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'sector', 'evidence.0.note']));
  });

  it('rejects a tie with an unknown status before it is sent', () => {
    expect(CollaborationCreate.safeParse({ source: 'a', target: 'b', status: 'maybe' }).success).toBe(false);
    expect(CollaborationCreate.safeParse({ source: 'a', target: 'b', status: 'active' }).success).toBe(true);
  });

  it('uses the API message when it sent no details', () => {
    expect(apiErrors([], 'conflict', FIELDS)).toEqual([{ field: '', message: 'conflict' }]);
    expect(apiErrors([{ path: 'body.name', message: 'taken' }], 'x', FIELDS)).toEqual([{ field: 'name', message: 'taken' }]);
  });

  it('splits comma lists and patches cleared optional fields as null', () => {
    expect(splitList(' Kronogården, Lextorp,,Kronogården ')).toEqual(['Kronogården', 'Lextorp']);
    expect(tiePatch({ status: 'active', since: '2019' })).toEqual({
      status: 'active',
      since: '2019',
      strength: null,
      until: null,
      description: null,
      descriptionSv: null,
    });
  });
});

describe('form errors in Swedish', () => {
  const fields = ['name', 'sector', 'website', 'since', 'strength', 'evidence', 'evidence.0.note', 'evidence.0.sourceId'];
  const english = /\b(must|invalid|expected|blank|option)\b/i;

  it("translates a source url's http(s) rule like the website's", () => {
    const source = Source.safeParse({ id: 'rapporten', title: 'Rapporten', authors: [], year: 2019, url: 'javascript:alert(1)' });
    expect(zodErrors(source.error!.issues, ['url'], 'sv')).toEqual([
      { field: 'url', message: 'Måste vara en webbadress som börjar med http:// eller https://, t.ex. https://exempel.se.' },
    ]);
  });

  it("translates the schemas' issues by code and wording, on the same fields", () => {
    const actor = ActorCreate.safeParse({
      name: '  ',
      sector: 'martian',
      website: 'inte en länk',
      evidence: [{ sourceId: 'Bad Id', locator: 's. 1', note: ' ' }],
    });
    const errors = zodErrors(actor.error!.issues, fields, 'sv');
    const on = (field: string) => errors.filter((e) => e.field === field).map((e) => e.message);
    expect(on('name')).toEqual(['Får inte vara tomt.']);
    expect(on('website')).toEqual(['Måste vara en webbadress som börjar med http:// eller https://, t.ex. https://exempel.se.']);
    expect(on('sector')).toEqual(['Välj ett av alternativen.']);
    expect(on('evidence.0.note')).toEqual(['Får inte vara tomt.']);
    expect(on('evidence.0.sourceId')[0]).toMatch(/^Får bara innehålla gemena/);
    const tie = CollaborationCreate.safeParse({ source: 'a', target: 'b', status: 'active', since: 'igår', strength: 7 });
    const tieErrors = zodErrors(tie.error!.issues, fields, 'sv');
    expect(tieErrors.find((e) => e.field === 'since')?.message).toBe('Måste vara ett datum som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.');
    expect(tieErrors.find((e) => e.field === 'strength')?.message).toBe('Får vara högst 3.');
    for (const e of [...errors, ...tieErrors]) expect(e.message, e.field).not.toMatch(english);
  });

  it("translates the same wording in the API's details, and passes the client's own messages through", () => {
    expect(apiErrors([{ path: 'body.name', message: 'must be at most 200 characters' }], 'x', fields, 'sv')).toEqual([
      { field: 'name', message: 'Får vara högst 200 tecken.' },
    ]);
    expect(issueMessage({ message: 'Välj en.' }, 'sv')).toBe('Välj en.');
    expect(issueMessage({ message: 'must not be blank' }, 'en')).toBe('Must not be blank.');
  });
});

describe('table sorting', () => {
  const rows = [
    { n: 'Öst', v: 2 },
    { n: 'Ana', v: null },
    { n: 'Ärla', v: 5 },
  ];
  it('sorts text in Swedish order and numbers with missing values last', () => {
    expect(sortRows(rows, (r) => r.n, 'ascending').map((r) => r.n)).toEqual(['Ana', 'Ärla', 'Öst']);
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.v)).toEqual([5, 2, null]);
    expect(sortRows(rows, (r) => r.v, 'ascending').map((r) => r.v)).toEqual([2, 5, null]);
  });

  it('flips the sorted column and starts numbers descending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name', false)).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'ties', true)).toEqual({ column: 'ties', direction: 'descending' });
  });

  it('starts a metric where less is more (constraint) ascending: most central first, as its rank', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'm:constraint', true, false)).toEqual({
      column: 'm:constraint',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'm:constraint', direction: 'ascending' }, 'm:constraint', true, false)).toEqual({
      column: 'm:constraint',
      direction: 'descending',
    });
  });
});
