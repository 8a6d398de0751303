// The one place that reads the environment. Every setting is parsed here with zod, so a bad
// value stops start-up with a message that names the variable.
import { isIP } from 'node:net';
import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: optionalText,
  SAMVERKAN_DATA: z.string().min(1).default('./data/samverkan.db'),
  SAMVERKAN_API_KEY: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  SAMVERKAN_SEED: z.enum(['auto', 'never']).default('auto'),
  SAMVERKAN_ALLOW_OPEN_WRITES: z.stringbool().default(false),
  SAMVERKAN_ANALYTICS_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText.pipe(
    z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI').optional(),
  ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
});

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  apiKey?: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** How long one analytics request may compute before it is refused. */
  analyticsBudgetMs: number;
  /** When the store is empty on start-up, load the Trollhättan dataset ('auto'). */
  seed: 'auto' | 'never';
  store: { kind: 'embedded'; file: string } | ({ kind: 'neo4j' } & Neo4jConfig);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.HOST !== undefined && e.HOST !== 'localhost' && isIP(e.HOST) === 0) {
    throw new ConfigError('invalid configuration: HOST: must be an IP address or localhost');
  }
  // Without a key, writes are open to whoever can reach the port, so only local users may.
  // (A container publishing its port on the host's loopback only may opt out explicitly.)
  if (e.SAMVERKAN_API_KEY === undefined && e.HOST !== undefined && !LOOPBACK.has(e.HOST) && !e.SAMVERKAN_ALLOW_OPEN_WRITES) {
    throw new ConfigError(
      `invalid configuration: HOST: ${e.HOST} is not loopback; set SAMVERKAN_API_KEY to listen beyond this machine`,
    );
  }
  const host = e.HOST ?? (e.SAMVERKAN_API_KEY === undefined ? '127.0.0.1' : '0.0.0.0');

  let store: Config['store'];
  if (e.NEO4J_URI !== undefined) {
    if (e.NEO4J_PASSWORD === undefined) {
      throw new ConfigError('invalid configuration: NEO4J_PASSWORD: required when NEO4J_URI is set');
    }
    store = { kind: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
  } else {
    store = { kind: 'embedded', file: e.SAMVERKAN_DATA };
  }
  return { port: e.PORT, host, apiKey: e.SAMVERKAN_API_KEY, logLevel: e.LOG_LEVEL, analyticsBudgetMs: e.SAMVERKAN_ANALYTICS_BUDGET_MS, seed: e.SAMVERKAN_SEED, store };
}

/** The variables docker-compose.yml and the README must agree with (checked by a test). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);
