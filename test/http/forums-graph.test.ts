import { MultiGraph } from 'graphology';
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

describe('/api/forums', () => {
  it('creates a forum with members and manages membership', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/forums',
      payload: { name: 'Trygghetsgruppen', areas: ['crime'], members: [{ actorId: 'polisen', role: 'lead' }] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toBe('trygghetsgruppen');

    const added = await app.inject({ method: 'PUT', url: '/api/forums/trygghetsgruppen/members/ideell-forening' });
    expect(added.statusCode).toBe(201);
    expect(added.json().members).toEqual([
      { actorId: 'ideell-forening', role: 'member' },
      { actorId: 'polisen', role: 'lead' },
    ]);
    const again = await app.inject({
      method: 'PUT',
      url: '/api/forums/trygghetsgruppen/members/ideell-forening',
      payload: { role: 'lead' },
    });
    expect(again.statusCode).toBe(200);
    expect((await app.inject('/api/forums?actor=ideell-forening')).json().items).toHaveLength(1);

    expect((await app.inject({ method: 'PUT', url: '/api/forums/trygghetsgruppen/members/ghost' })).statusCode).toBe(422);
    expect((await app.inject({ method: 'PUT', url: '/api/forums/nowhere/members/polisen' })).statusCode).toBe(404);
    const removed = await app.inject({ method: 'DELETE', url: '/api/forums/trygghetsgruppen/members/polisen' });
    expect(removed.json().members).toEqual([{ actorId: 'ideell-forening', role: 'lead' }]);
    expect((await app.inject({ method: 'DELETE', url: '/api/forums/trygghetsgruppen/members/polisen' })).statusCode).toBe(404);

    const put = await app.inject({
      method: 'PUT',
      url: '/api/forums/trygghetsgruppen',
      payload: { name: 'Trygghetsgruppen', members: [] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().members).toEqual([]);
    expect((await app.inject({ method: 'DELETE', url: '/api/forums/trygghetsgruppen' })).statusCode).toBe(204);
    expect((await app.inject('/api/forums/trygghetsgruppen')).statusCode).toBe(404);
  });
});

describe('/api/graph', () => {
  beforeEach(async () => {
    await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { source: 'kommunstyrelsens-forvaltning', target: 'ideell-forening', status: 'desired', areas: ['labour_market'] },
    });
    await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: {
        source: 'polisen',
        target: 'kommunstyrelsens-forvaltning',
        status: 'active',
        areas: ['crime'],
        directed: true,
        forms: ['funding'],
      },
    });
    await app.inject({
      method: 'POST',
      url: '/api/forums',
      payload: { name: 'Trygghetsgruppen', members: [{ actorId: 'polisen', role: 'lead' }] },
    });
  });

  it('returns graphology serialized format that loads as a graph', async () => {
    const res = await app.inject('/api/graph');
    expect(res.statusCode).toBe(200);
    const graph = MultiGraph.from(res.json());
    expect(graph.order).toBe(4);
    expect(graph.getNodeAttribute('forum:trygghetsgruppen', 'kind')).toBe('forum');
    expect(graph.getNodeAttributes('polisen')).toMatchObject({ kind: 'actor', label: 'Polisen', sector: 'state' });
    expect(graph.size).toBe(3);
    const [funding] = graph.edges('polisen', 'kommunstyrelsens-forvaltning');
    expect(graph.isDirected(funding!)).toBe(true);
    expect(graph.getEdgeAttribute(funding!, 'type')).toBe('state');
  });

  it('filters by status, type, area and sector, and can leave forums out', async () => {
    const existing = (await app.inject('/api/graph?status=active,needs_development&includeForums=false')).json();
    expect(existing.edges.map((e: { key: string }) => e.key)).toEqual(['polisen-kommunstyrelsens-forvaltning-crime']);
    const civil = (await app.inject('/api/graph?type=civil_society&includeForums=false')).json();
    expect(civil.edges).toHaveLength(1);
    const crime = (await app.inject('/api/graph?area=crime&includeForums=false')).json();
    expect(crime.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['kommunstyrelsens-forvaltning', 'polisen']);
    const state = (await app.inject('/api/graph?sector=state')).json();
    expect(state.edges.filter((e: { attributes: { kind: string } }) => e.attributes.kind === 'collaboration')).toEqual([]);
    const bad = await app.inject('/api/graph?status=active,maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toMatch(/^query\.status/);
  });

  it('answers 304 to If-None-Match until a write changes the graph', async () => {
    const first = await app.inject('/api/graph');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"v\d+-/);
    expect((await app.inject({ url: '/api/graph', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect((await app.inject({ url: '/api/graph?includeForums=false', headers: { 'if-none-match': etag } })).statusCode).toBe(200);
    await app.inject({ method: 'PATCH', url: '/api/actors/polisen', payload: { description: 'changed' } });
    expect((await app.inject({ url: '/api/graph', headers: { 'if-none-match': etag } })).statusCode).toBe(200);
  });
});

describe('/api/import', () => {
  const dataset = {
    sources: [{ id: 'report', title: 'A report', authors: ['A. Author'], year: 2019 }],
    actors: [
      { id: 'a', name: 'A', sector: 'municipal', evidence: [{ sourceId: 'report', locator: 'p. 1', note: 'Named.' }] },
      { id: 'b', name: 'B', sector: 'business' },
    ],
    forums: [
      {
        id: 'f',
        name: 'F',
        members: [
          { actorId: 'a', role: 'lead' },
          { actorId: 'b', role: 'member' },
        ],
      },
    ],
    collaborations: [{ id: 'a-b', source: 'a', target: 'b', status: 'desired' }],
  };

  it('loads a dataset idempotently', async () => {
    const first = await app.inject({ method: 'POST', url: '/api/import', payload: dataset });
    expect(first.json()).toEqual({ created: 5, updated: 0, unchanged: 0 });
    const version = (await app.inject('/health')).json().graphVersion;
    const second = await app.inject({ method: 'POST', url: '/api/import', payload: dataset });
    expect(second.json()).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect((await app.inject('/health')).json().graphVersion).toBe(version);
    expect((await app.inject('/api/collaborations/a-b')).json().type).toBe('business');
    expect((await app.inject('/api/actors/polisen')).statusCode).toBe(200);
  });

  it('leaves nothing behind when one record fails', async () => {
    const before = (await app.inject('/api/graph')).json();
    const broken = {
      ...dataset,
      collaborations: [...dataset.collaborations, { id: 'a-ghost', source: 'a', target: 'ghost', status: 'active' }],
    };
    const res = await app.inject({ method: 'POST', url: '/api/import', payload: broken });
    expect(res.statusCode).toBe(422);
    expect(res.json().details).toContainEqual(expect.objectContaining({ path: 'collaborations.1.target' }));
    expect((await app.inject('/api/graph')).json()).toEqual(before);
    expect((await app.inject('/api/sources/report')).statusCode).toBe(404);
  });
});
