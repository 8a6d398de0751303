// The real Neo4j process stopped under concurrent write load, then started again on its data:
// while it is down the app answers 503 store_unavailable (never a 5xx with Neo4j's words) and the
// store gate is shut, so requests are refused without waiting for the driver; once Neo4j is back
// the same app (no restart) writes again, and every actor the client got 201 for is stored exactly
// once. This file starts its own Neo4j on a kept home, since it stops the server it uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, type LocalNeo4j, startNeo4j } from '../../scripts/neo4j/neo4j-local.mjs';
import { buildApp, type App } from '../../server/app.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';

const PASSWORD = 'fault-test-password';
const WRITERS = 8;

let home: string;
let port: number;
let neo4j: LocalNeo4j;
let app: App;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'samverkan-fault-'));
  port = await freePort();
  neo4j = await startNeo4j({ home, port, password: PASSWORD, log: () => undefined });
  const store = new Neo4jStore({ uri: neo4j.uri, user: neo4j.user, password: PASSWORD, maxRetryTimeMs: 1_000 });
  await store.init();
  await ensureLegacyRound(store);
  app = await buildApp({ store, clientRoot: '/nonexistent', storeProbeMs: 200 });
}, 400_000);

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

/** What the client saw: ids answered 201, and every status with how often it came. */
interface Outcomes {
  acknowledged: string[];
  statuses: Map<number, number>;
  leaks: string[];
}

/** WRITERS loops creating actors with fresh ids until `stop()`; each records what it was answered. */
function writeLoad(): { outcomes: Outcomes; stop: () => Promise<void> } {
  const outcomes: Outcomes = { acknowledged: [], statuses: new Map(), leaks: [] };
  let running = true;
  let next = 0;
  const writer = async (): Promise<void> => {
    while (running) {
      const id = `last-${next++}`;
      const res = await app.inject({ method: 'POST', url: '/api/actors', payload: { id, name: `Last ${id}`, sector: 'state' } });
      outcomes.statuses.set(res.statusCode, (outcomes.statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode === 201) outcomes.acknowledged.push(id);
      else if (/Neo\.|neo4j|bolt|driver|stack/i.test(res.body)) outcomes.leaks.push(res.body);
      // Do not spin while the gate refuses at once.
      if (res.statusCode !== 201) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(writers);
    },
  };
}

const waitFor = (check: () => void | Promise<void>, timeout: number) => vi.waitFor(check, { timeout, interval: 100 });

describe('Neo4j stopped and started again under write load', () => {
  it('fails fast with 503 while it is down, recovers without an app restart, loses and doubles no acknowledged write', async () => {
    const load = writeLoad();
    try {
      await waitFor(() => expect(load.outcomes.acknowledged.length).toBeGreaterThanOrEqual(20), 60_000);

      await neo4j.stop();
      await waitFor(() => expect(app.storeGate.down).toBe(true), 30_000);
      const whileDown = await app.inject({ method: 'POST', url: '/api/actors', payload: { name: 'Medan nere', sector: 'state' } });
      expect(whileDown.statusCode).toBe(503);
      expect(whileDown.json()).toMatchObject({ error: 'store_unavailable' });
      expect(Number(whileDown.headers['retry-after'])).toBeGreaterThan(0);
      expect((await app.inject('/health')).statusCode).toBe(503);
      const acknowledgedWhileDown = load.outcomes.acknowledged.length;

      neo4j = await startNeo4j({ home, port, password: PASSWORD, log: () => undefined });
      await waitFor(() => expect(app.storeGate.down).toBe(false), 60_000);
      await waitFor(() => expect(load.outcomes.acknowledged.length).toBeGreaterThanOrEqual(acknowledgedWhileDown + 20), 60_000);
    } finally {
      await load.stop(); // also when a step failed: no writer may outlive the app
    }

    const { acknowledged, statuses, leaks } = load.outcomes;
    expect([...statuses.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(statuses.get(503)).toBeGreaterThan(0);
    expect(leaks).toEqual([]);

    const stored: string[] = [];
    for (let cursor: string | null = null; ; ) {
      const res = await app.inject(`/api/actors?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
      stored.push(...page.items.map((a) => a.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    const counts = new Map<string, number>();
    for (const id of stored) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(acknowledged.filter((id) => counts.get(id) !== 1)).toEqual([]);
  }, 600_000);
});
