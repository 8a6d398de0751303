// The analytics' own errors: what went wrong in domain words, never an HTTP status. The error
// plugin (plugins/errors.ts) maps each code to an answer, and the worker protocol carries the code
// across the thread boundary (toWire / fromWire), so an error raised in a worker is the same typed
// error in the caller.
//
// `message` keeps the graphology habit of naming the module (`pagerank: …`) for library callers
// and logs; `reason` is the same text without it, which is what an API answer shows.
import type { ErrorDetail } from '../errors.ts';

export type AnalyticsErrorCode =
  | 'invalid_query'
  | 'unknown_actor'
  | 'unknown_reference'
  | 'not_converged'
  | 'budget_exceeded'
  | 'busy'
  | 'stopped';

export abstract class AnalyticsError extends Error {
  abstract readonly code: AnalyticsErrorCode;

  constructor(
    /** The function or module that found the problem, for logs; never shown to API callers. */
    readonly module: string | null,
    /** The problem in the caller's words. */
    readonly reason: string,
    readonly details?: ErrorDetail[],
  ) {
    super(module ? `${module}: ${reason}` : reason);
    this.name = new.target.name;
  }
}

/** Options a caller gave that the analytic cannot take. */
export class InvalidQuery extends AnalyticsError {
  readonly code = 'invalid_query';
}

/** The `actor` an analytic is asked about does not exist (as GET /api/actors/{id} would say). */
export class UnknownActor extends AnalyticsError {
  readonly code = 'unknown_actor';

  static of(module: string | null, actorId: string): UnknownActor {
    return new UnknownActor(module, `actor '${actorId}' does not exist`, [{ path: 'actor', message: actorId }]);
  }
}

/** A well-formed option that names something the graph does not have (an actor or sector as `from`). */
export class UnknownReference extends AnalyticsError {
  readonly code = 'unknown_reference';
}

/** An iterative measure (eigenvector, PageRank) that did not settle on this graph. */
export class NotConverged extends AnalyticsError {
  readonly code = 'not_converged';
}

/** A computation that needed more than its time budget (counted while it runs, not while it waits). */
export class BudgetExceeded extends AnalyticsError {
  readonly code = 'budget_exceeded';

  constructor(readonly budgetMs: number) {
    super(
      null,
      `the analysis needs more than its time budget of ${budgetMs} ms; narrow the filters (area, type, status) ` +
        'or estimate betweenness from a sample of sources (samples=k)',
    );
  }
}

/** Every worker is busy and the queue is full: come back shortly. */
export class Busy extends AnalyticsError {
  readonly code = 'busy';

  constructor(readonly retryAfterSeconds: number) {
    super(null, `the analytics are busy with other requests; try again in ${retryAfterSeconds} s`);
  }
}

/** The pool was closed (the server is shutting down) while the task waited or ran. */
export class Stopped extends AnalyticsError {
  readonly code = 'stopped';
}

/** An error as it crosses a thread boundary: plain data, its type named by `code`. */
export type WireError =
  | {
      code: 'invalid_query' | 'unknown_actor' | 'unknown_reference' | 'not_converged' | 'stopped';
      module: string | null;
      reason: string;
      details?: ErrorDetail[];
    }
  | { code: 'budget_exceeded'; budgetMs: number }
  | { code: 'busy'; retryAfterSeconds: number }
  | { code: 'internal'; name: string; message: string };

export function toWire(error: unknown): WireError {
  if (error instanceof BudgetExceeded) return { code: error.code, budgetMs: error.budgetMs };
  if (error instanceof Busy) return { code: error.code, retryAfterSeconds: error.retryAfterSeconds };
  if (error instanceof AnalyticsError) {
    const code = error.code as Exclude<AnalyticsErrorCode, 'budget_exceeded' | 'busy'>;
    return { code, module: error.module, reason: error.reason, ...(error.details ? { details: error.details } : {}) };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: 'internal', name: e.name, message: e.message };
}

const PLAIN = {
  invalid_query: InvalidQuery,
  unknown_actor: UnknownActor,
  unknown_reference: UnknownReference,
  not_converged: NotConverged,
  stopped: Stopped,
};

export function fromWire(wire: WireError): Error {
  switch (wire.code) {
    case 'budget_exceeded':
      return new BudgetExceeded(wire.budgetMs);
    case 'busy':
      return new Busy(wire.retryAfterSeconds);
    case 'internal':
      return Object.assign(new Error(wire.message), { name: wire.name });
    default:
      return new PLAIN[wire.code](wire.module, wire.reason, wire.details);
  }
}
