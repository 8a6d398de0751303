// While Neo4j is down, requests fail at once instead of each waiting out the driver's retry
// window: once the store is known down (a ping or a request failed), the store gate refuses
// calls without reaching the driver, and a probe opens it again when Neo4j answers. Neo4j is
// taken down by cutting a TCP relay in front of the one server the run shares.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { Neo4jRoundGraph } from '../../server/store/neo4j/round-graph.ts';
import { boltAddress, tcpRelay, type TcpRelay } from '../support/tcp-relay.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';

const connection = inject('neo4j');
let link: TcpRelay;
let store: Neo4jStore;
let app: App;

beforeEach(async () => {
  link = tcpRelay(boltAddress(connection.uri));
  await link.up();
  store = new Neo4jStore({ ...connection, uri: `bolt://127.0.0.1:${link.port()}`, maxRetryTimeMs: 1_000 });
  await store.init();
  await ensureLegacyRound(store);
  app = await buildApp({ store, clientRoot: '/nonexistent', storeProbeMs: 100 });
});
afterEach(async () => {
  await app?.close();
  await link?.down();
});

const actor = (id: string) => ({ id, name: `Grind ${id}`, sector: 'civil_society' });

describe('the store gate on Neo4j', () => {
  it('refuses reads and writes without calling the driver once /health found Neo4j down, and opens again when it is back', async () => {
    expect((await app.inject('/health')).statusCode).toBe(200);
    const port = link.port();
    await link.down();
    expect((await app.inject('/health')).statusCode).toBe(503);
    expect(app.storeGate.down).toBe(true);

    const listActors = vi.spyOn(Neo4jRoundGraph.prototype, 'listActors');
    const createActor = vi.spyOn(Neo4jRoundGraph.prototype, 'createActor');
    const refusedBefore = app.storeGate.refused;
    const read = await app.inject('/api/actors');
    const write = await app.inject({ method: 'POST', url: '/api/actors', payload: actor('grind-a') });
    for (const res of [read, write]) {
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: 'store_unavailable' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(listActors).not.toHaveBeenCalled();
    expect(createActor).not.toHaveBeenCalled();
    expect(app.storeGate.refused - refusedBefore).toBe(2);

    await link.up(port);
    await vi.waitFor(() => expect(app.storeGate.down).toBe(false), { timeout: 20_000, interval: 100 });
    const created = await app.inject({ method: 'POST', url: '/api/actors', payload: actor('grind-b') });
    expect(created.statusCode).toBe(201);
    expect(createActor).toHaveBeenCalledTimes(1);
    expect((await app.inject('/api/actors/grind-b')).statusCode).toBe(200);
    await app.inject({ method: 'DELETE', url: '/api/actors/grind-b' });
  });

  it('learns from a failed request too (after a ping confirms it): later ones do not reach the driver', async () => {
    await link.down();
    const first = await app.inject('/api/actors');
    expect(first.statusCode).toBe(503);
    await vi.waitFor(() => expect(app.storeGate.down).toBe(true), { timeout: 10_000, interval: 50 });
    const getActor = vi.spyOn(Neo4jRoundGraph.prototype, 'getActor');
    expect((await app.inject('/api/actors/anyone')).statusCode).toBe(503);
    expect(getActor).not.toHaveBeenCalled();
  });
});
