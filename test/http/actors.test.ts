import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { foreningen, kommunstyrelsen, makeApp, naringslivsenheten, polisen } from './helpers.ts';

let app: App;
beforeEach(async () => {
  app = await makeApp();
});
afterEach(async () => {
  await app.close();
});

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });

describe('/api/actors', () => {
  it('creates an actor, deriving an ASCII id from a Swedish name, and reads it back', async () => {
    await post('/api/actors', kommunstyrelsen);
    const created = await post('/api/actors', naringslivsenheten);
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/actors/naringslivsenheten');
    const actor = created.json();
    expect(actor).toMatchObject({ id: 'naringslivsenheten', name: 'Näringslivsenheten', neighbourhoods: [], evidence: [] });
    expect(Date.parse(actor.createdAt)).not.toBeNaN();
    const read = await app.inject('/api/actors/naringslivsenheten');
    expect(read.json()).toEqual(actor);
  });

  it('lists with filters, diacritic-insensitive search and cursor pages', async () => {
    for (const a of [kommunstyrelsen, naringslivsenheten, foreningen, polisen]) await post('/api/actors', a);
    const municipal = (await app.inject('/api/actors?sector=municipal')).json();
    expect(municipal.items.map((a: { id: string }) => a.id)).toEqual(['kommunstyrelsens-forvaltning', 'naringslivsenheten']);
    const search = (await app.inject('/api/actors?q=NARINGSLIV')).json();
    expect(search.items.map((a: { name: string }) => a.name)).toEqual(['Näringslivsenheten']);
    const crime = (await app.inject('/api/actors?area=crime')).json();
    expect(crime.items.map((a: { id: string }) => a.id)).toEqual(['polisen']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await app.inject(`/api/actors?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['ideell-forening', 'kommunstyrelsens-forvaltning', 'naringslivsenheten', 'polisen']);
  });

  it('PUT is an idempotent upsert: 201, then 200 with createdAt kept', async () => {
    const { id, ...body } = polisen;
    const first = await app.inject({ method: 'PUT', url: `/api/actors/${id}`, payload: body });
    expect(first.statusCode).toBe(201);
    const second = await app.inject({ method: 'PUT', url: `/api/actors/${id}`, payload: body });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const changed = await app.inject({ method: 'PUT', url: `/api/actors/${id}`, payload: { ...body, description: 'Local police area' } });
    expect(changed.json().createdAt).toBe(first.json().createdAt);
    expect(changed.json().description).toBe('Local police area');
  });

  it('PATCH merges, and null removes an optional field', async () => {
    await post('/api/actors', { ...polisen, description: 'to be removed' });
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/actors/polisen',
      payload: { description: null, areas: ['crime', 'housing'] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).not.toHaveProperty('description');
    expect(patched.json().areas).toEqual(['crime', 'housing']);
    const bad = await app.inject({ method: 'PATCH', url: '/api/actors/polisen', payload: { name: null } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toContainEqual(expect.objectContaining({ path: 'name' }));
  });

  it('names the field and the reason on bad input', async () => {
    const res = await post('/api/actors', { name: 'X', sector: 'church', colour: 'red' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('validation_error');
    expect(body.details).toContainEqual(expect.objectContaining({ path: 'body.sector' }));
    expect(body.details).toContainEqual({ path: 'body.colour', message: 'is not a known field' });
    expect(body.message).toContain('body.sector');

    const limit = await app.inject('/api/actors?limit=0');
    expect(limit.statusCode).toBe(400);
    expect(limit.json().details[0].path).toBe('query.limit');

    const cursor = await app.inject('/api/actors?cursor=%%%');
    expect(cursor.statusCode).toBe(400);

    const json = await app.inject({
      method: 'POST',
      url: '/api/actors',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error).toBe('bad_request');
  });

  it('answers 404, 409 and 422 in the one error shape', async () => {
    const missing = await app.inject('/api/actors/nobody');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'not_found', message: "actor 'nobody' does not exist" });
    expect((await app.inject('/api/nothing-here')).json().error).toBe('not_found');

    await post('/api/actors', polisen);
    const duplicate = await post('/api/actors', polisen);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toBe('conflict');

    const orphan = await post('/api/actors', naringslivsenheten);
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json().details).toContainEqual(expect.objectContaining({ path: 'parentId' }));
    expect((await app.inject('/api/actors/naringslivsenheten')).statusCode).toBe(404);
  });

  it('refuses to delete an actor with ties unless cascade=true', async () => {
    for (const a of [kommunstyrelsen, naringslivsenheten, foreningen]) await post('/api/actors', a);
    await post('/api/collaborations', { source: 'naringslivsenheten', target: 'ideell-forening', status: 'active' });
    const refused = await app.inject({ method: 'DELETE', url: '/api/actors/naringslivsenheten' });
    expect(refused.statusCode).toBe(409);
    expect((await app.inject('/api/collaborations')).json().items).toHaveLength(1);

    const parent = await app.inject({ method: 'DELETE', url: '/api/actors/kommunstyrelsens-forvaltning' });
    expect(parent.statusCode).toBe(409);

    const cascaded = await app.inject({ method: 'DELETE', url: '/api/actors/naringslivsenheten?cascade=true' });
    expect(cascaded.statusCode).toBe(204);
    expect(cascaded.body).toBe('');
    expect((await app.inject('/api/collaborations')).json().items).toHaveLength(0);
  });
});
