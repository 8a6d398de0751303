import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp, postActors } from './helpers.ts';

let app: App;
beforeEach(async () => {
  app = await makeApp();
  await postActors(app);
});
afterEach(async () => {
  await app.close();
});

const tie = {
  source: 'kommunstyrelsens-forvaltning',
  target: 'ideell-forening',
  status: 'needs_development',
  areas: ['labour_market'],
  forms: ['project'],
};

describe('/api/collaborations', () => {
  it('derives the type from the sectors, and the type follows a sector change', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/collaborations', payload: tie });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: 'kommunstyrelsens-forvaltning-ideell-forening-labour-market',
      type: 'civil_society',
      directed: false,
    });

    await app.inject({ method: 'PATCH', url: '/api/actors/ideell-forening', payload: { sector: 'business' } });
    expect((await app.inject(`/api/collaborations/${created.json().id}`)).json().type).toBe('business');
    await app.inject({ method: 'PATCH', url: '/api/actors/ideell-forening', payload: { sector: 'municipal' } });
    expect((await app.inject(`/api/collaborations/${created.json().id}`)).json().type).toBe('internal');
  });

  it('does not accept the derived type from callers', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/collaborations', payload: { ...tie, type: 'internal' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toContainEqual({ path: 'body.type', message: 'is not a known field' });
  });

  it('rejects a parallel tie in a shared area unless allowParallel=true', async () => {
    await app.inject({ method: 'POST', url: '/api/collaborations', payload: tie });
    const reversed = { ...tie, source: tie.target, target: tie.source };
    expect((await app.inject({ method: 'POST', url: '/api/collaborations', payload: reversed })).statusCode).toBe(409);
    const allowed = await app.inject({ method: 'POST', url: '/api/collaborations?allowParallel=true', payload: reversed });
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json().id).not.toBe('kommunstyrelsens-forvaltning-ideell-forening-labour-market');
    const otherArea = await app.inject({ method: 'POST', url: '/api/collaborations', payload: { ...tie, areas: ['education'] } });
    expect(otherArea.statusCode).toBe(201);
  });

  it('checks references and cross-field rules', async () => {
    const unknown = await app.inject({ method: 'POST', url: '/api/collaborations', payload: { ...tie, target: 'ghost' } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().details).toContainEqual(expect.objectContaining({ path: 'target' }));
    const self = await app.inject({ method: 'POST', url: '/api/collaborations', payload: { ...tie, target: tie.source } });
    expect(self.statusCode).toBe(400);
    expect(self.json().details).toContainEqual(expect.objectContaining({ path: 'target' }));
    const backwards = await app.inject({ method: 'POST', url: '/api/collaborations', payload: { ...tie, since: '2019', until: '2018' } });
    expect(backwards.statusCode).toBe(400);
    const evidence = await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { ...tie, evidence: [{ sourceId: 'no-such-source', locator: 'p. 3', note: 'Mentioned.' }] },
    });
    expect(evidence.statusCode).toBe(422);
    expect(evidence.json().details).toContainEqual(expect.objectContaining({ path: 'evidence.0.sourceId' }));
    expect((await app.inject('/api/collaborations')).json().items).toEqual([]);
  });

  it('filters by actor, type, status and area, and patches with merge semantics', async () => {
    const a = (await app.inject({ method: 'POST', url: '/api/collaborations', payload: tie })).json();
    await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { source: 'polisen', target: 'kommunstyrelsens-forvaltning', status: 'active', areas: ['crime'] },
    });
    const byType = (await app.inject('/api/collaborations?type=state')).json().items;
    expect(byType.map((c: { source: string }) => c.source)).toEqual(['polisen']);
    expect((await app.inject('/api/collaborations?actor=ideell-forening')).json().items).toHaveLength(1);
    expect((await app.inject('/api/collaborations?status=active&area=crime')).json().items).toHaveLength(1);
    expect((await app.inject('/api/collaborations?status=bad')).statusCode).toBe(400);

    const patched = await app.inject({ method: 'PATCH', url: `/api/collaborations/${a.id}`, payload: { status: 'active', strength: 3 } });
    expect(patched.json()).toMatchObject({ status: 'active', strength: 3, forms: ['project'] });
    expect((await app.inject({ method: 'DELETE', url: `/api/collaborations/${a.id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: `/api/collaborations/${a.id}` })).statusCode).toBe(404);
  });
});
