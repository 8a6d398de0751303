// Starts Samverkan: reads the configuration, opens the store (embedded unless NEO4J_URI is
// set), loads the seed into an empty embedded store, and serves the API and the explorer.
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { seedIfEmpty } from './seed/load.ts';
import { createStore } from './store/create.ts';
import type { GraphStore } from './store/port.ts';

/**
 * Neo4j may come up after us (docker compose starts both): keep trying to create the schema in
 * the background while /health answers 503, instead of dying.
 */
async function prepareInBackground(store: GraphStore, log: FastifyBaseLogger, seed: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.init();
      log.info(`the ${store.kind} store is ready`);
      if (seed) await seedAndLog(store, log);
      return;
    } catch {
      log.warn(`the ${store.kind} store is not answering yet (attempt ${attempt}); retrying in 2 s`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

async function seedAndLog(store: GraphStore, log: FastifyBaseLogger): Promise<void> {
  const seeded = await seedIfEmpty(store);
  if (seeded) log.info(seeded, `loaded the Trollhättan 2019 dataset into the empty ${store.kind} store`);
}

async function main() {
  const config = loadConfig();
  const store = await createStore(config.store);
  const app = await buildApp({
    store,
    keys: config.keys,
    allowedHosts: config.allowedHosts,
    rateLimits: config.rateLimits,
    importBodyLimitBytes: config.importBodyLimitBytes,
    analyticsBudgetMs: config.analyticsBudgetMs,
    logger: { level: config.logLevel },
  });

  if (store.kind === 'embedded') {
    await store.init();
    if (config.seed === 'auto') await seedAndLog(store, app.log);
  }
  if (config.keys.length === 0) {
    app.log.warn(`no API key is set (SAMVERKAN_API_KEY, SAMVERKAN_API_KEYS): writes are open to local users; listening on ${config.host} only`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: shutting down`);
      app.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  if (store.kind !== 'embedded') void prepareInBackground(store, app.log, config.seed === 'auto');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
