// The store gate (server/store/fail-fast.ts) shuts only when the store is down: a call that fails
// with 503 while the store still answers a ping (a deadlock that outlasted the driver's retries,
// say) leaves it open. The outage itself is tested on real Neo4j in fail-fast-neo4j.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { StoreUnavailableError } from '../../server/errors.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';

let app: App;
afterEach(async () => {
  await app?.close();
});

describe('the store gate', () => {
  it('stays open when one call fails with 503 but the store answers a ping', async () => {
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    await ensureLegacyRound(store);
    let failures = 1;
    const round = store.round.bind(store);
    store.round = (ref) => {
      const graph = round(ref);
      const listSources = graph.listSources.bind(graph);
      graph.listSources = async () => {
        if (failures-- > 0) throw new StoreUnavailableError();
        return listSources();
      };
      return graph;
    };
    app = await buildApp({ store, clientRoot: '/nonexistent' });
    expect((await app.inject('/api/sources')).statusCode).toBe(503);
    expect((await app.inject('/api/sources')).statusCode).toBe(200);
    expect(app.storeGate.down).toBe(false);
    expect(app.storeGate.refused).toBe(0);
  });

  it('shuts when the store stops answering, and refuses without calling it', async () => {
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    await ensureLegacyRound(store);
    app = await buildApp({ store, clientRoot: '/nonexistent' });
    await store.close();
    expect((await app.inject('/health')).statusCode).toBe(503);
    expect(app.storeGate.down).toBe(true);
    expect((await app.inject('/api/actors')).statusCode).toBe(503);
    expect(app.storeGate.refused).toBe(1);
  });
});
