// /api/changes through the real app: what a request's writes record (the key's name, never the
// key), the filters and pages, and who may revert (admin, 403 for a write key; 404 unknown).
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiKey } from '../../server/access.ts';
import type { App } from '../../server/app.ts';
import { foreningen, kommunstyrelsen, makeApp, polisen, postActors } from './helpers.ts';

const keys: ApiKey[] = [
  { name: 'editor', key: 'editor-key-0123456789', role: 'write', mappings: [] },
  { name: 'ops', key: 'ops-key-0123456789abc', role: 'admin', mappings: [] },
];
const bearer = (name: string) => ({ authorization: `Bearer ${keys.find((k) => k.name === name)!.key}` });
const ROUND = '/api/mappings/trollhattan-segregation/rounds/2019';

let app: App;
afterEach(async () => {
  await app?.close();
});

describe('/api/changes', () => {
  it('records the seed as system, and anonymous writes without keys, lists them newest first and filters them', async () => {
    app = await makeApp();
    await postActors(app);
    await app.inject({ method: 'PATCH', url: `/api/actors/${polisen.id}`, payload: { description: 'Polisen i Trollhättan.' } });
    const all = (await app.inject('/api/changes?who=anonymous')).json();
    expect(all.items.map((c: { entityId: string; op: string }) => `${c.op} ${c.entityId}`)).toEqual([
      `update ${polisen.id}`,
      `create ${polisen.id}`,
      `create ${foreningen.id}`,
      `create ${kommunstyrelsen.id}`,
    ]);
    expect(all.items.every((c: { who: string }) => c.who === 'anonymous')).toBe(true);
    expect(all.nextCursor).toBeNull();
    const seeded = (await app.inject('/api/changes?who=system')).json().items;
    expect(seeded.map((c: { entity: string }) => c.entity).sort()).toEqual(['mapping', 'round']);

    const byId = (await app.inject(`/api/changes?id=${polisen.id}&entity=actor`)).json();
    expect(byId.items).toHaveLength(2);
    const one = (await app.inject(`/api/changes/${byId.items[0].id}`)).json();
    expect(one.before.description).toBeUndefined();
    expect(one.after.description).toBe('Polisen i Trollhättan.');
    expect((await app.inject(`/api/changes?mapping=trollhattan-segregation&round=2019&who=anonymous&limit=1`)).json().items).toHaveLength(
      1,
    );
    expect((await app.inject('/api/changes?round=2024')).json().items).toEqual([]);
    expect((await app.inject('/api/changes?since=2999-01-01T00:00:00Z')).json().items).toEqual([]);
    expect((await app.inject('/api/changes?who=anonymous&since=2000-01-01T00:00:00Z')).json().items).toHaveLength(4);
  });

  it('pages with the cursor, newest first', async () => {
    app = await makeApp();
    await postActors(app);
    const first = (await app.inject('/api/changes?who=anonymous&limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await app.inject(`/api/changes?who=anonymous&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((c: { entityId: string }) => c.entityId)).toEqual([kommunstyrelsen.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("names the key's name, never the key; a write key may not revert (403), an admin may; a revert is listed too", async () => {
    app = await makeApp({ keys });
    const made = await app.inject({ method: 'POST', url: `${ROUND}/actors`, payload: polisen, headers: bearer('editor') });
    expect(made.statusCode).toBe(201);
    const [change] = (await app.inject('/api/changes?entity=actor')).json().items;
    expect(change.who).toBe('editor');
    expect(JSON.stringify(change)).not.toContain(keys[0]!.key);

    const forbidden = await app.inject({ method: 'POST', url: `/api/changes/${change.id}/revert`, headers: bearer('editor') });
    expect(forbidden.statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/changes/${change.id}/revert` })).statusCode).toBe(401);
    const revert = await app.inject({ method: 'POST', url: `/api/changes/${change.id}/revert`, headers: bearer('ops') });
    expect(revert.statusCode).toBe(201);
    expect(revert.json()).toMatchObject({ who: 'ops', revertOf: change.id, op: 'delete', after: null });
    expect((await app.inject(`/api/actors/${polisen.id}`)).statusCode).toBe(404);
    expect((await app.inject('/api/changes?entity=actor')).json().items.map((c: { id: string }) => c.id)).toEqual([
      revert.json().id,
      change.id,
    ]);
  });

  it('409 naming the record changed since; 404 for an unknown change; 400 for a malformed id', async () => {
    app = await makeApp();
    await app.inject({ method: 'POST', url: '/api/actors', payload: polisen });
    const [change] = (await app.inject('/api/changes?entity=actor')).json().items;
    await app.inject({ method: 'PATCH', url: `/api/actors/${polisen.id}`, payload: { description: 'Ändrad.' } });
    const conflict = await app.inject({ method: 'POST', url: `/api/changes/${change.id}/revert` });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({
      error: 'conflict',
      details: [{ path: `actors/${polisen.id}`, message: 'changed since this change' }],
    });
    const unknown = await app.inject({ method: 'POST', url: '/api/changes/0000unknown/revert' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe("change '0000unknown' does not exist");
    expect((await app.inject('/api/changes/0000unknown')).statusCode).toBe(404);
    expect((await app.inject('/api/changes/NOT-AN-ID')).statusCode).toBe(400);
  });
});
