// Starts Samverkan: reads the configuration, opens the store (embedded unless NEO4J_URI is set)
// and waits for it, loads the seed into an empty store, and serves the API and the explorer.
// Stops on SIGTERM or SIGINT: requests in flight finish, later ones get 503, within a deadline.
import type { FastifyBaseLogger } from 'fastify';
import { buildApp, type App } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { StoreConfigurationError } from './errors.ts';
import { seedIfEmpty } from './seed/load.ts';
import { createStore } from './store/create.ts';
import type { Store } from './store/port.ts';

const RETRY_MS = 2_000;

/** Start-up cannot go on; the message says what to change. */
class StartupError extends Error {}

function where(config: Config['store']): string {
  return config.kind === 'neo4j' ? `Neo4j at ${config.uri}` : `the embedded store at ${config.file}`;
}

/**
 * Neo4j may come up after us (docker compose starts both): an unreachable store is retried, with
 * the time left in the log, for SAMVERKAN_STORE_WAIT_S. A store that refuses the configuration
 * (a wrong password, an unknown database) is not retried: start-up stops naming the variable.
 */
async function waitForStore(store: Store, config: Config, log: FastifyBaseLogger): Promise<void> {
  const giveUpAt = Date.now() + config.storeWaitSeconds * 1000;
  for (;;) {
    try {
      await store.init();
      log.info(`${where(config.store)} is ready`);
      return;
    } catch (error) {
      if (error instanceof StoreConfigurationError) {
        throw new StartupError(`${error.variable}: ${error.reason}; start-up stopped`);
      }
      const left = Math.ceil((giveUpAt - Date.now()) / 1000);
      if (left <= 0) {
        throw new StartupError(
          `${where(config.store)} did not answer within SAMVERKAN_STORE_WAIT_S (${config.storeWaitSeconds} s); start-up stopped`,
        );
      }
      log.warn(
        { err: error },
        `${where(config.store)} is not answering; retrying in ${RETRY_MS / 1000} s, giving up in ${left} s (SAMVERKAN_STORE_WAIT_S)`,
      );
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish (later ones
 * on open connections get 503; plugins/draining.ts), stop analytics, close the store, exit 0.
 * Whatever is still running at the deadline is cut, and the exit code says so.
 */
function closeOnSignals(app: App, deadlineMs: number): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: shutting down; requests in flight may finish within ${deadlineMs} ms`);
      setTimeout(() => {
        app.log.error(`requests still running after ${deadlineMs} ms (SAMVERKAN_SHUTDOWN_MS); cutting them`);
        app.server.closeAllConnections();
        process.exit(1);
      }, deadlineMs).unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

async function main() {
  const config = loadConfig();
  const store = await createStore(config.store);
  const app = await buildApp({
    store,
    defaultRound: config.defaultRound,
    keys: config.keys,
    allowedHosts: config.allowedHosts,
    rateLimits: config.rateLimits,
    importBodyLimitBytes: config.importBodyLimitBytes,
    analyticsBudgetMs: config.analyticsBudgetMs,
    logger: { level: config.logLevel },
  });
  closeOnSignals(app, config.shutdownMs);
  try {
    await waitForStore(app.store, config, app.log);
  } catch (error) {
    await app.close();
    throw error;
  }
  if (config.seed === 'auto') {
    const seeded = await seedIfEmpty(app.store);
    if (seeded) app.log.info(seeded, `loaded the Trollhättan 2019 dataset into the empty ${store.kind} store`);
  }
  if (config.keys.length === 0) {
    app.log.warn(
      `no API key is set (SAMVERKAN_API_KEY, SAMVERKAN_API_KEYS): writes are open to local users; listening on ${config.host} only`,
    );
  }
  await app.listen({ port: config.port, host: config.host });
  // The workers start now, in the background, so the first analytics request or file import does
  // not wait for a thread to start and load its code (≈ 0.5 s of CPU each).
  app.analyticsPool
    .warm()
    .catch((error: unknown) => app.log.warn({ err: error }, 'analytics workers did not start; they will on first use'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
