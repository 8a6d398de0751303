// The one place that reads the environment. Every setting is parsed here with zod, so a bad
// value stops start-up with a message that names the variable.
import { isIP } from 'node:net';
import { z } from 'zod';
import { ROLES, type ApiKey, type Role } from './access.ts';
import type { RateLimits } from './plugins/rate-limit.ts';
import type { RoundRef } from './domain/mappings.ts';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const MIN_KEY_LENGTH = 16;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: optionalText,
  SAMVERKAN_DATA: z.string().min(1).default('./data/samverkan.db'),
  SAMVERKAN_API_KEY: optionalText.pipe(z.string().min(MIN_KEY_LENGTH, `must be at least ${MIN_KEY_LENGTH} characters`).optional()),
  SAMVERKAN_API_KEYS: optionalText,
  SAMVERKAN_ALLOWED_HOSTS: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+(,[A-Za-z0-9.-]+)*$/, 'must be host names, comma-separated (no ports, no schemes)')
      .optional(),
  ),
  SAMVERKAN_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  SAMVERKAN_RATE_LIMIT_HEAVY: z.coerce.number().int().min(0).max(1_000_000).default(120),
  SAMVERKAN_IMPORT_LIMIT_MB: z.coerce.number().int().min(1).max(1024).default(20),
  SAMVERKAN_SQLITE_BUSY_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  SAMVERKAN_STORE_WAIT_S: z.coerce.number().int().min(0).max(86_400).default(120),
  SAMVERKAN_SHUTDOWN_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  SAMVERKAN_SEED: z.enum(['auto', 'never']).default('auto'),
  SAMVERKAN_DEFAULT_ROUND: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be mapping/round, two slugs')
      .optional(),
  ),
  SAMVERKAN_ALLOW_OPEN_WRITES: z.stringbool().default(false),
  SAMVERKAN_ANALYTICS_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
      .optional(),
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
  /** SAMVERKAN_API_KEYS and SAMVERKAN_API_KEY (named `default`, role write). */
  keys: ApiKey[];
  /** Host names the server answers to besides addresses and loopback names. */
  allowedHosts: string[];
  rateLimits: RateLimits;
  importBodyLimitBytes: number;
  /** How long start-up waits for an unreachable store before giving up. */
  storeWaitSeconds: number;
  /** How long a shutdown waits for requests in flight before it cuts them and exits. */
  shutdownMs: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** How long one analytics request may compute before it is refused. */
  analyticsBudgetMs: number;
  /** When the store is empty on start-up, load the Trollhättan dataset ('auto'). */
  seed: 'auto' | 'never';
  /** The round the short routes (/api/actors, …) answer from; none: the latest observed round of the oldest mapping. */
  defaultRound?: RoundRef | undefined;
  store: { kind: 'embedded'; file: string; busyTimeoutMs: number } | ({ kind: 'neo4j' } & Neo4jConfig);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Every problem, each naming its variable. */
const invalid = (error: z.ZodError): ConfigError =>
  new ConfigError(`invalid configuration: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const MAPPING = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * SAMVERKAN_API_KEYS: `name:key[:role[:mapping|mapping…]]`, comma-separated. An entry is named in
 * a complaint by its name or position, never by its key.
 */
export function parseApiKeys(text: string | undefined): ApiKey[] {
  if (text === undefined) return [];
  return text.split(',').map((entry, i) => {
    const [name = '', key = '', role = '', mappings = '', ...rest] = entry.trim().split(':');
    const which = KEY_NAME.test(name) ? `'${name}'` : `number ${i + 1}`;
    const refuse = (problem: string) => new ConfigError(`invalid configuration: SAMVERKAN_API_KEYS: the entry ${which} ${problem}`);
    if (rest.length > 0 || entry.trim() === '') throw refuse('is not name:key[:role[:mapping|mapping]]');
    if (!KEY_NAME.test(name)) throw refuse('needs a name of letters, digits, _ . or - (at most 64)');
    if (key.length < MIN_KEY_LENGTH || /\s/.test(key)) throw refuse(`needs a key of at least ${MIN_KEY_LENGTH} characters without spaces`);
    if (role !== '' && !(ROLES as readonly string[]).includes(role)) throw refuse(`has the role '${role}'; roles are ${ROLES.join(', ')}`);
    const scope = mappings === '' ? [] : mappings.split('|');
    if (scope.some((m) => !MAPPING.test(m))) throw refuse('has a mapping that is not a lowercase slug (mappings are separated by |)');
    return { name, key, role: (role || 'write') as Role, mappings: scope };
  });
}

/** Every key once, every name once: a name must say whose key acted. */
function distinctKeys(keys: ApiKey[]): ApiKey[] {
  const names = new Set<string>();
  const secrets = new Set<string>();
  for (const { name, key } of keys) {
    if (names.has(name)) {
      const hint = name === 'default' ? ' (SAMVERKAN_API_KEY is the key named default)' : '';
      throw new ConfigError(`invalid configuration: SAMVERKAN_API_KEYS: the name '${name}' is given twice${hint}`);
    }
    if (secrets.has(key))
      throw new ConfigError(`invalid configuration: SAMVERKAN_API_KEYS: the key of '${name}' is also another entry's key`);
    names.add(name);
    secrets.add(key);
  }
  return keys;
}

function roundRefOf(text: string | undefined): RoundRef | undefined {
  if (text === undefined) return undefined;
  const [mapping = '', round = ''] = text.split('/');
  return { mapping, round };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error);
  const e = parsed.data;
  const keys = distinctKeys([
    ...(e.SAMVERKAN_API_KEY === undefined ? [] : [{ name: 'default', key: e.SAMVERKAN_API_KEY, role: 'write' as const, mappings: [] }]),
    ...parseApiKeys(e.SAMVERKAN_API_KEYS),
  ]);
  if (e.HOST !== undefined && e.HOST !== 'localhost' && isIP(e.HOST) === 0) {
    throw new ConfigError('invalid configuration: HOST: must be an IP address or localhost');
  }
  // Without a key, writes are open to whoever can reach the port, so only local users may.
  // (A container publishing its port on the host's loopback only may opt out explicitly.)
  if (keys.length === 0 && e.HOST !== undefined && !LOOPBACK.has(e.HOST) && !e.SAMVERKAN_ALLOW_OPEN_WRITES) {
    throw new ConfigError(
      `invalid configuration: HOST: ${e.HOST} is not loopback; set SAMVERKAN_API_KEY or SAMVERKAN_API_KEYS to listen beyond this machine`,
    );
  }
  const host = e.HOST ?? (keys.length === 0 ? '127.0.0.1' : '0.0.0.0');

  let store: Config['store'];
  if (e.NEO4J_URI !== undefined) {
    if (e.NEO4J_PASSWORD === undefined) {
      throw new ConfigError('invalid configuration: NEO4J_PASSWORD: required when NEO4J_URI is set');
    }
    store = { kind: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
  } else {
    store = { kind: 'embedded', file: e.SAMVERKAN_DATA, busyTimeoutMs: e.SAMVERKAN_SQLITE_BUSY_MS };
  }
  return {
    port: e.PORT,
    host,
    keys,
    allowedHosts: e.SAMVERKAN_ALLOWED_HOSTS?.split(',') ?? [],
    rateLimits: { perMinute: e.SAMVERKAN_RATE_LIMIT, heavyPerMinute: e.SAMVERKAN_RATE_LIMIT_HEAVY },
    importBodyLimitBytes: e.SAMVERKAN_IMPORT_LIMIT_MB * 1024 * 1024,
    storeWaitSeconds: e.SAMVERKAN_STORE_WAIT_S,
    shutdownMs: e.SAMVERKAN_SHUTDOWN_MS,
    logLevel: e.LOG_LEVEL,
    analyticsBudgetMs: e.SAMVERKAN_ANALYTICS_BUDGET_MS,
    seed: e.SAMVERKAN_SEED,
    defaultRound: roundRefOf(e.SAMVERKAN_DEFAULT_ROUND),
    store,
  };
}

/** The variables docker-compose.yml and the README must agree with (checked by a test). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

const CliEnvSchema = z.object({
  SAMVERKAN_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  SAMVERKAN_KEY: optionalText,
});

/** The CLI's own settings (a running server to talk to); the store it may open is `loadConfig`'s. */
export interface CliConfig {
  url?: string | undefined;
  key?: string | undefined;
}

export function loadCliConfig(env: Record<string, string | undefined> = process.env): CliConfig {
  const parsed = CliEnvSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error);
  return { url: parsed.data.SAMVERKAN_URL, key: parsed.data.SAMVERKAN_KEY };
}
