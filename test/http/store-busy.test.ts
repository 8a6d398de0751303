// Another process holding the SQLite file's write lock (a long import elsewhere): a write here
// waits at most the configured busy timeout, since the wait blocks the event loop, and is then
// refused with 503 store_busy and Retry-After; reads and /health go on, and the store is not
// taken for down.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';

let dir: string;
let app: App;
let other: Database.Database;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-busy-'));
  const file = join(dir, 'store.db');
  const store = new EmbeddedStore({ file, busyTimeoutMs: 50 });
  await store.init();
  await ensureLegacyRound(store);
  app = await buildApp({ store, clientRoot: '/nonexistent' });
  other = new Database(file);
});
afterEach(async () => {
  other?.close();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a store locked by another writer', () => {
  it('refuses writes with 503 store_busy and Retry-After while reads and health go on', async () => {
    other.prepare('BEGIN IMMEDIATE').run();
    const write = await app.inject({ method: 'POST', url: '/api/actors', payload: { name: 'Väntar', sector: 'state' } });
    expect(write.statusCode).toBe(503);
    expect(write.json()).toMatchObject({ error: 'store_busy', message: expect.stringMatching(/another process is writing/) });
    expect(write.headers['retry-after']).toBe('1');
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await app.inject('/api/actors')).statusCode).toBe(200);
    expect(app.storeGate.down).toBe(false);

    other.prepare('ROLLBACK').run();
    expect((await app.inject({ method: 'POST', url: '/api/actors', payload: { name: 'Väntar', sector: 'state' } })).statusCode).toBe(201);
  });
});
