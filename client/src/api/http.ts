// One fetch wrapper for the whole client: JSON in and out, the API key when the server wants
// one, the UI's language (the server writes its messages in it), and the API's error shape
// ({error, message, details[{path, message}]}) as ApiError.
import { i18n } from '../i18n/i18n.ts';

export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KEY_STORAGE = 'samverkan.apiKey';

export const apiKey = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY_STORAGE);
    } catch {
      return null;
    }
  },
  set(key: string | null): void {
    if (key === null) sessionStorage.removeItem(KEY_STORAGE);
    else sessionStorage.setItem(KEY_STORAGE, key);
  },
};

/** What every API call sends: the UI's language, and the API key when `withKey` and there is one. */
export function apiHeaders(withKey = true): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': i18n.lang };
  const key = withKey ? apiKey.get() : null;
  if (key) headers.authorization = `Bearer ${key}`;
  return headers;
}

export type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Cancels the request (the explorer's dispose). */
  signal?: AbortSignal;
  /** Headers of the request's own (a condition such as If-None-Match). */
  headers?: Record<string, string>;
}

/** An error answer's body, or undefined when it is not JSON (a proxy's error page). */
function errorBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends a request; the parsed body, and the answer's headers, or the error as ApiError. */
async function send<T>(method: string, path: string, options: RequestOptions): Promise<{ body: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json', ...apiHeaders(method !== 'GET'), ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${path}${queryString(options.query)}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 204) return { body: undefined as T, headers: response.headers };
  const text = await response.text();
  if (!response.ok) {
    const e = (errorBody(text) ?? {}) as { error?: string; message?: string; details?: ErrorDetail[] };
    throw new ApiError(response.status, e.error ?? 'http_error', e.message ?? response.statusText, e.details ?? []);
  }
  return { body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return (await send<T>(method, path, options)).body;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal });

/** A GET whose answer's headers matter too (which round the short routes answered from). */
export const getWithHeaders = <T>(path: string, query?: Query, signal?: AbortSignal) => send<T>('GET', path, { query, signal });
