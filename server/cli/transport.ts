// How the CLI reaches the API: over HTTP to a running server (--url), or in-process to an app
// built on the configured store (the server's own configuration, server/config.ts), answered
// through Fastify's inject. Every command speaks the API either way, so the server's rules,
// checks and error shapes are the CLI's too, written once.
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config.ts';
import { StoreConfigurationError } from '../errors.ts';
import { createStore } from '../store/create.ts';
import { CliError, EXIT, exitForStatus } from './exit-codes.ts';

export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | boolean | undefined>;
  body?: Buffer | string;
  contentType?: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Api {
  /** Where the answers come from, for messages: a URL or the store. */
  readonly where: string;
  request(request: ApiRequest): Promise<ApiResponse>;
  close(): Promise<void>;
}

function pathWithQuery({ path, query = {} }: ApiRequest): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

export function remoteApi(url: string, key: string | undefined): Api {
  if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol))
    throw new CliError(EXIT.usage, `--url: '${url}' is not an http:// or https:// URL`);
  const base = url.replace(/\/+$/, '');
  return {
    where: base,
    async request(request) {
      const headers: Record<string, string> = {};
      if (key !== undefined) headers.authorization = `Bearer ${key}`;
      if (request.contentType !== undefined) headers['content-type'] = request.contentType;
      let res: Response;
      try {
        const body = typeof request.body === 'string' || request.body === undefined ? request.body : new Uint8Array(request.body);
        res = await fetch(`${base}${pathWithQuery(request)}`, { method: request.method, headers, body });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new CliError(EXIT.unreachable, `cannot reach ${base}: ${cause?.code ?? cause?.message ?? String(error)}`);
      }
      const answered: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        answered[name] = value;
      });
      return { status: res.status, headers: answered, body: Buffer.from(await res.arrayBuffer()) };
    },
    async close() {},
  };
}

/**
 * The app on the configured store, opened for one command; no port is opened. The app is loaded
 * only here, so `--help`, usage errors and --url never pay for loading the whole server.
 */
export async function directApi(): Promise<Api> {
  const { buildApp } = await import('../app.ts');
  const config = loadConfig();
  const store = await createStore(config.store);
  const where = config.store.kind === 'neo4j' ? `Neo4j at ${config.store.uri}` : `the embedded store at ${config.store.file}`;
  try {
    await store.init();
  } catch (error) {
    await store.close();
    if (error instanceof StoreConfigurationError) throw new CliError(EXIT.usage, `${error.variable}: ${error.reason}`);
    throw new CliError(EXIT.unreachable, `${where} does not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A key of its own, made for this run: the history names the CLI as who wrote, and the CLI may
  // make mappings (admin) on a store it could open anyway.
  const key = randomBytes(24).toString('hex');
  const app = await buildApp({
    store,
    keys: [{ name: 'cli', key, role: 'admin', mappings: [] }],
    defaultRound: config.defaultRound,
    importBodyLimitBytes: config.importBodyLimitBytes,
    analyticsBudgetMs: config.analyticsBudgetMs,
    analyticsOffload: { workers: 1 },
  });
  return {
    where,
    async request(request) {
      const res = await app.inject({
        method: request.method,
        url: pathWithQuery(request),
        ...(request.body === undefined ? {} : { payload: request.body }),
        headers: { authorization: `Bearer ${key}`, ...(request.contentType === undefined ? {} : { 'content-type': request.contentType }) },
      });
      return { status: res.statusCode, headers: res.headers as Record<string, string>, body: res.rawPayload };
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** The answer as JSON, or a CliError with the API's message and the exit code its status gives. */
export function expectOk(res: ApiResponse, what: string): unknown {
  const body = parseBody(res);
  if (res.status >= 200 && res.status < 300) return body;
  const message = (body as { message?: string } | null)?.message ?? `HTTP ${res.status}`;
  throw new CliError(exitForStatus(res.status), `${what}: ${message}`, body);
}

export function parseBody(res: ApiResponse): unknown {
  if (!(res.headers['content-type'] ?? '').includes('json')) return null;
  try {
    return JSON.parse(res.body.toString('utf8'));
  } catch {
    return null;
  }
}
