// The real app on the real Neo4j server: the same API behaviour as on the embedded store, the
// seed graph identical on both, /health following an outage and its recovery, and the
// analytics cache staying correct when two API processes share one Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { loadDataset } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { boltAddress, tcpRelay } from '../support/tcp-relay.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';

const connection = inject('neo4j');
let app: App;
let other: App;

async function neo4jApp(uri = connection.uri): Promise<App> {
  const store = new Neo4jStore({ ...connection, uri, maxRetryTimeMs: 1_000 });
  await store.init();
  await ensureLegacyRound(store);
  return buildApp({ store, clientRoot: '/nonexistent' });
}

/** The graph without timestamps, which differ between two loads. */
function timeless(graph: { nodes: Array<{ attributes: object }>; edges: Array<{ attributes: object }> }) {
  const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  return {
    nodes: graph.nodes.map((n) => ({ ...n, attributes: strip(n.attributes as Record<string, unknown>) })),
    edges: graph.edges.map((e) => ({ ...e, attributes: strip(e.attributes as Record<string, unknown>) })),
  };
}

beforeAll(async () => {
  app = await neo4jApp();
  await (app.store as Neo4jStore).wipe();
  await loadDataset(app.store);
  other = await neo4jApp();
});
afterAll(async () => {
  await app?.close();
  await other?.close();
});

describe('the API on Neo4j', () => {
  it('reports a healthy neo4j store', async () => {
    const health = (await app.inject('/health')).json();
    expect(health).toMatchObject({ status: 'ok', store: 'neo4j' });
    expect(health.graphVersion).toBeGreaterThan(0);
  });

  it('holds the same seed graph as the embedded store', async () => {
    const embedded = new EmbeddedStore({ file: ':memory:' });
    await embedded.init();
    await ensureLegacyRound(embedded);
    await loadDataset(embedded);
    const reference = await buildApp({ store: embedded, clientRoot: '/nonexistent' });
    try {
      const fromNeo4j = (await app.inject('/api/graph')).json();
      const fromEmbedded = (await reference.inject('/api/graph')).json();
      expect(timeless(fromNeo4j)).toEqual(timeless(fromEmbedded));
      expect(fromNeo4j.nodes.length).toBeGreaterThan(30);
    } finally {
      await reference.close();
    }
  });

  it('creates, conflicts, patches and deletes through HTTP', async () => {
    const body = { name: 'Testföreningen', sector: 'civil_society', areas: ['housing'] };
    const created = await app.inject({ method: 'POST', url: '/api/actors', payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toBe('testforeningen');
    const duplicate = await app.inject({ method: 'POST', url: '/api/actors', payload: body });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body).not.toMatch(/Neo\.|constraint|Node\(/);
    const tie = await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { source: 'testforeningen', target: 'eidar', status: 'desired', areas: ['housing'] },
    });
    expect(tie.json().type).toBe('civil_society');
    await app.inject({ method: 'PATCH', url: '/api/actors/testforeningen', payload: { sector: 'business' } });
    expect((await app.inject(`/api/collaborations/${tie.json().id}`)).json().type).toBe('business');
    expect((await app.inject({ method: 'DELETE', url: '/api/actors/testforeningen' })).statusCode).toBe(409);
    expect((await app.inject({ method: 'DELETE', url: '/api/actors/testforeningen?cascade=true' })).statusCode).toBe(204);
    expect((await app.inject(`/api/collaborations/${tie.json().id}`)).statusCode).toBe(404);
  });

  it('keeps Swedish descriptions through POST, GET and import; a PUT without one clears it', async () => {
    const body = { name: 'Svenska föreningen', sector: 'civil_society', description: 'An association.', descriptionSv: 'En förening.' };
    const created = await app.inject({ method: 'POST', url: '/api/actors', payload: body });
    expect(created.statusCode).toBe(201);
    expect((await app.inject('/api/actors/svenska-foreningen')).json()).toMatchObject({ descriptionSv: 'En förening.' });
    const imported = await app.inject({
      method: 'POST',
      url: '/api/import',
      payload: { actors: [{ ...body, id: 'svenska-foreningen' }] },
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ unchanged: 1 });
    const { descriptionSv: _sv, ...english } = body;
    expect((await app.inject({ method: 'PUT', url: '/api/actors/svenska-foreningen', payload: english })).json()).not.toHaveProperty(
      'descriptionSv',
    );
    await app.inject({ method: 'DELETE', url: '/api/actors/svenska-foreningen' });
  });

  it('30 PATCHes in flight, each changing one field of one of five actors once: every change is kept', async () => {
    const names = ['Parallell A', 'Parallell B', 'Parallell C', 'Parallell D', 'Parallell E'];
    for (const name of names) {
      expect((await app.inject({ method: 'POST', url: '/api/actors', payload: { name, sector: 'civil_society' } })).statusCode).toBe(201);
    }
    const ids = names.map((n) => n.toLowerCase().replace(' ', '-'));
    const changes: Record<string, unknown> = {
      description: 'Ändrad.',
      descriptionSv: 'Ändrad på svenska.',
      website: 'https://example.org/',
      targetGroups: ['unga'],
      neighbourhoods: ['Kronogården'],
      areas: ['housing'],
    };
    const patches = ids.flatMap((id) =>
      Object.entries(changes).map(([field, value]) =>
        app.inject({ method: 'PATCH', url: `/api/actors/${id}`, payload: { [field]: value } }),
      ),
    );
    const answers = await Promise.all(patches);
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    for (const id of ids) {
      expect((await app.inject(`/api/actors/${id}`)).json()).toMatchObject(changes);
      await app.inject({ method: 'DELETE', url: `/api/actors/${id}` });
    }
  });

  it('keeps the analytics cache right when another process writes', async () => {
    const url = '/api/gaps/reach?sector=business';
    const before = await app.inject(url);
    const etag = before.headers.etag as string;
    expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const gap = before.json().gaps[0].actor.id as string;
    const write = await other.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { source: gap, target: 'nokas-security-ab', status: 'active', areas: ['crime'] },
    });
    expect(write.statusCode).toBe(201);
    const after = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.json().gaps.map((g: { actor: { id: string } }) => g.actor.id)).not.toContain(gap);
  });

  it('answers 503 while Neo4j is unreachable and recovers when it returns', async () => {
    const link = tcpRelay(boltAddress(connection.uri));
    await link.up();
    const port = link.port();
    const relayed = await neo4jApp(`bolt://127.0.0.1:${port}`);
    try {
      expect((await relayed.inject('/health')).statusCode).toBe(200);
      await link.down();
      const down = await relayed.inject('/health');
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ status: 'unavailable', store: 'neo4j' });
      const list = await relayed.inject('/api/actors');
      expect(list.statusCode).toBe(503);
      expect(list.json().error).toBe('store_unavailable');
      await link.up(port);
      expect((await relayed.inject('/health')).statusCode).toBe(200);
      expect((await relayed.inject('/api/actors?limit=1')).statusCode).toBe(200);
    } finally {
      await relayed.close();
      await link.down();
    }
  });
});
