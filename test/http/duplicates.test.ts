// Duplicates and merging through the real app: the round's probable duplicates, the import dry
// run naming the file's, and a merge recorded as one revertible change.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp, polisen } from './helpers.ts';

const ROUND = '/api/mappings/trollhattan-segregation/rounds/2019';
const kommun = { id: 'trollhattans-stad', name: 'Trollhättans stad', sector: 'municipal', website: 'https://www.trollhattan.se/' };
const dubblett = { id: 'trollhattans-stad-ab', name: 'TROLLHÄTTANS STAD AB', sector: 'municipal', website: 'http://trollhattan.se' };

let app: App;
afterEach(async () => {
  await app?.close();
});

describe('duplicates and merge', () => {
  it('lists probable duplicates per round and on the default round', async () => {
    app = await makeApp();
    for (const a of [kommun, dubblett, polisen]) await app.inject({ method: 'POST', url: '/api/actors', payload: a });
    const listed = (await app.inject(`${ROUND}/duplicates`)).json();
    expect(listed.items).toEqual([
      {
        actors: ['trollhattans-stad', 'trollhattans-stad-ab'],
        names: ['Trollhättans stad', 'TROLLHÄTTANS STAD AB'],
        reasons: ['name', 'website'],
      },
    ]);
    expect((await app.inject('/api/duplicates')).json()).toEqual(listed);
  });

  it('the import dry run names the duplicates a file would bring in', async () => {
    app = await makeApp();
    await app.inject({ method: 'POST', url: '/api/actors', payload: kommun });
    const csv = 'id;name;sector\ntrollhattans-stad-ab;Trollhättans Stad AB;municipal\n';
    const dry = await app.inject({
      method: 'POST',
      url: '/api/import/file?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().duplicates.map((p: { actors: string[] }) => p.actors)).toEqual([['trollhattans-stad', 'trollhattans-stad-ab']]);
  });

  it('merges one actor into another (ties move), records one merge change, and reverting it restores both', async () => {
    app = await makeApp();
    for (const a of [kommun, dubblett, polisen]) await app.inject({ method: 'POST', url: '/api/actors', payload: a });
    const tie = await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { source: dubblett.id, target: polisen.id, status: 'active', areas: ['crime'] },
    });
    expect(tie.statusCode).toBe(201);
    const merged = await app.inject({ method: 'POST', url: `/api/actors/${dubblett.id}/merge`, payload: { into: kommun.id } });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: kommun.id });
    expect((await app.inject(`/api/actors/${dubblett.id}`)).statusCode).toBe(404);
    expect((await app.inject(`/api/collaborations/${tie.json().id}`)).json()).toMatchObject({ source: kommun.id, target: polisen.id });

    const [change] = (await app.inject('/api/changes?entity=merge')).json().items;
    expect(change).toMatchObject({ entityId: dubblett.id, who: 'anonymous' });
    expect((await app.inject({ method: 'POST', url: `/api/changes/${change.id}/revert` })).statusCode).toBe(201);
    expect((await app.inject(`/api/collaborations/${tie.json().id}`)).json()).toMatchObject({ source: dubblett.id });

    const self = await app.inject({ method: 'POST', url: `/api/actors/${kommun.id}/merge`, payload: { into: kommun.id } });
    expect(self.statusCode).toBe(400);
    const unknown = await app.inject({ method: 'POST', url: `/api/actors/${kommun.id}/merge`, payload: { into: 'saknas' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('saknas');
  });
});
