// What went wrong with a request, told apart the ways an analyst can act on: the server could not
// be reached or failed (try again), it has no such route (an older server), it refused the request
// (its own words say why), or the analysis was too heavy for these filters (its advice says what
// to narrow). The loader keeps a Problem where an answer would be; the views say it in words.
import { ApiError } from './http.ts';

export type Problem =
  /** No answer at all (offline, DNS, connection refused): `status` absent; or a 5xx. */
  | { kind: 'unreachable'; status?: number }
  /** 404: this server has no such route. */
  | { kind: 'missing' }
  /** A 4xx with the server's message. */
  | { kind: 'refused'; status: number; message: string }
  /** 422 budget_exceeded or not_converged: the message carries the server's advice. */
  | { kind: 'too-heavy'; code: string; message: string };

/** The 422 codes that mean "too much for these filters" rather than "wrong request". */
const TOO_HEAVY = new Set(['budget_exceeded', 'not_converged']);

export function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { kind: 'unreachable' };
  if (error.status >= 500) return { kind: 'unreachable', status: error.status };
  if (error.status === 404) return { kind: 'missing' };
  if (error.status === 422 && TOO_HEAVY.has(error.code)) return { kind: 'too-heavy', code: error.code, message: error.message };
  return { kind: 'refused', status: error.status, message: error.message };
}

/** Something being fetched: not yet answered, answered, or a Problem in its place. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; problem: Problem };

export const LOADING: Load<never> = { state: 'loading' };

export const readyValue = <T>(load: Load<T> | null | undefined): T | null => (load?.state === 'ready' ? load.value : null);
