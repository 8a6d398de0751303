// Assembles the service in layers (as fastify/demo does): infrastructure plugins (errors,
// OpenAPI, auth, the store), then one encapsulated plugin per resource, then the client.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import analyticsPlugin, { type AnalyticsPluginOptions } from './plugins/analytics.ts';
import { KeyRing, type ApiKey } from './access.ts';
import authPlugin from './plugins/auth.ts';
import clientPlugin from './plugins/client.ts';
import drainingPlugin from './plugins/draining.ts';
import errorsPlugin, { frameworkErrors, MAX_PARAM_LENGTH } from './plugins/errors.ts';
import hostCheckPlugin from './plugins/host-check.ts';
import openapiPlugin from './plugins/openapi.ts';
import rateLimitPlugin, { type RateLimits } from './plugins/rate-limit.ts';
import securityHeadersPlugin from './plugins/security-headers.ts';
import storePlugin from './plugins/store.ts';
import roundsPlugin from './plugins/rounds.ts';
import changeRoutes from './routes/changes.ts';
import compareRoutes from './routes/compare.ts';
import mappingRoutes from './routes/mappings.ts';
import roundScope from './routes/round-scope.ts';
import systemRoutes from './routes/system.ts';
import type { RoundRef } from './domain/mappings.ts';
import type { Store } from './store/port.ts';
import { boundedValidatorCompiler } from './validation.ts';
import { SAMVERKAN_VERSION } from './version.ts';

export interface AppOptions {
  store: Store;
  /** The round the short routes answer from; none: the latest observed round of the oldest mapping. */
  defaultRound?: RoundRef | undefined;
  /** The keys and their roles; none: reads and writes are open (to local users, see config.ts). */
  keys?: readonly ApiKey[] | undefined;
  /** One write key named `default`, as SAMVERKAN_API_KEY gives; added to `keys`. */
  apiKey?: string | undefined;
  /** Requests per minute per key or address; none: no limit (the configuration sets one). */
  rateLimits?: RateLimits | undefined;
  /** Host names this server answers to besides addresses and loopback names (DNS rebinding). */
  allowedHosts?: readonly string[] | undefined;
  logger?: FastifyServerOptions['logger'];
  /** How long one analytics request may compute before it is refused (422). */
  analyticsBudgetMs?: number | undefined;
  /** Worker threads and queue bound of the analytics (plugins/analytics.ts); defaults suit a server. */
  analyticsOffload?: Omit<AnalyticsPluginOptions, 'budgetMs'> | undefined;
  /** How often a store known to be down is pinged to see if it is back (store/fail-fast.ts). */
  storeProbeMs?: number | undefined;
  /** The largest body POST /api/import and /api/import/file take; every other route keeps Fastify's 1 MiB. */
  importBodyLimitBytes?: number | undefined;
  /** How long reading one uploaded file may take (off the event loop) before it is refused (422). */
  importReadBudgetMs?: number | undefined;
  /** Where the built client lives; tests point it elsewhere. */
  clientRoot?: string;
}

export const DEFAULT_ANALYTICS_BUDGET_MS = 30_000;
export const DEFAULT_IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;
/** A 20 MB spreadsheet reads in well under a minute; the rest of the budget is for a busy machine. */
export const DEFAULT_IMPORT_READ_BUDGET_MS = 120_000;

/** SAMVERKAN_API_KEY: the single key of earlier versions, a write key named `default`. */
export function defaultKey(key: string): ApiKey {
  return { name: 'default', key, role: 'write', mappings: [] };
}

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    ajv: undefined,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    // plugins/draining.ts answers requests during shutdown in the API's own error shape.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(boundedValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(drainingPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(hostCheckPlugin, { allowedHosts: options.allowedHosts ?? [] });
  await app.register(openapiPlugin, { version: SAMVERKAN_VERSION });
  const keys = [...(options.keys ?? []), ...(options.apiKey === undefined ? [] : [defaultKey(options.apiKey)])];
  const keyRing = new KeyRing(keys);
  await app.register(rateLimitPlugin, { keyRing, ...(options.rateLimits ?? { perMinute: 0, heavyPerMinute: 0 }) });
  await app.register(authPlugin, { keyRing });
  await app.register(storePlugin, { store: options.store, probeMs: options.storeProbeMs });
  await app.register(roundsPlugin, { defaultRound: options.defaultRound });
  await app.register(analyticsPlugin, { ...options.analyticsOffload, budgetMs: options.analyticsBudgetMs ?? DEFAULT_ANALYTICS_BUDGET_MS });

  await app.register(systemRoutes, { version: SAMVERKAN_VERSION });
  await app.register(mappingRoutes, { prefix: '/api/mappings' });
  await app.register(compareRoutes, { prefix: '/api/mappings' });
  await app.register(changeRoutes, { prefix: '/api/changes' });
  const graphOptions = {
    importBodyLimitBytes: options.importBodyLimitBytes ?? DEFAULT_IMPORT_BODY_LIMIT_BYTES,
    importReadBudgetMs: options.importReadBudgetMs ?? DEFAULT_IMPORT_READ_BUDGET_MS,
    analyticsBudgetMs: options.analyticsBudgetMs ?? DEFAULT_ANALYTICS_BUDGET_MS,
  };
  // Every per-graph route twice: per round, and on the default round as before mappings existed.
  await app.register(roundScope, { prefix: '/api/mappings/:mapping/rounds/:round', from: 'path', ...graphOptions });
  await app.register(roundScope, { prefix: '/api', from: 'default', ...graphOptions });
  await app.register(clientPlugin, options.clientRoot ? { root: options.clientRoot } : {});

  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
