// Errors that carry an HTTP meaning. They are thrown where the problem is found (a store, a
// service) and shaped once, by the error handler in app.ts.

export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    /** Response headers that belong to the error, such as Retry-After on a 503. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An error answer lists at most this many details, and then how many there were in all. */
export const MAX_DETAILS = 100;

/** The details an error answer carries: the first MAX_DETAILS, and the total when there are more. */
export function boundedDetails(details: ErrorDetail[] | undefined): { details?: ErrorDetail[]; detailsTotal?: number } {
  if (details === undefined) return {};
  if (details.length <= MAX_DETAILS) return { details };
  return { details: details.slice(0, MAX_DETAILS), detailsTotal: details.length };
}

export class ValidationError extends AppError {
  constructor(message: string, details?: ErrorDetail[]) {
    super(400, 'validation_error', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(kind: string, id: string) {
    super(404, 'not_found', `${kind} '${id}' does not exist`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: ErrorDetail[]) {
    super(409, 'conflict', message, details);
  }
}

/** A conditional request whose condition does not hold (If-None-Match: * on a record that exists). */
export class PreconditionFailedError extends AppError {
  constructor(message: string) {
    super(412, 'precondition_failed', message);
  }
}

/** A body that is well-formed but points at things that do not exist. */
export class ReferenceError422 extends AppError {
  constructor(message: string, details?: ErrorDetail[]) {
    super(422, 'unknown_reference', message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(unknownKey = false) {
    super(
      401,
      'unauthorized',
      unknownKey
        ? "the key in the Authorization header is not one of this server's keys"
        : 'this route needs the header Authorization: Bearer <key>',
      undefined,
      { 'www-authenticate': 'Bearer' },
    );
  }
}

/** A known key whose role does not allow this. */
export class ForbiddenError extends AppError {
  constructor(principal: { name: string; role: string }, needed: string) {
    super(403, 'forbidden', `the key '${principal.name}' has the role ${principal.role}; this needs ${needed}`);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'too_many_requests', `too many requests from this key or address; try again in ${retryAfterSeconds} s`, undefined, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

export class StoreUnavailableError extends AppError {
  constructor(retryAfterSeconds?: number) {
    super(
      503,
      'store_unavailable',
      'the graph store cannot be reached; try again shortly',
      undefined,
      retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) },
    );
  }
}

/** Another process holds the store's write lock (a long import elsewhere): try again in a moment. */
export class StoreBusyError extends AppError {
  constructor() {
    super(503, 'store_busy', 'another process is writing to the store; try again shortly', undefined, { 'retry-after': '1' });
  }
}

/**
 * The store refused this server's configuration (its password, its database name): waiting will
 * not help. To a request it is an ordinary 503; start-up stops and names `variable`.
 */
export class StoreConfigurationError extends StoreUnavailableError {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super();
  }
}

/** DNS rebinding: a Host this server does not answer to (RFC 9110 §15.5.20, Misdirected Request). */
export class HostNotAllowedError extends AppError {
  constructor(host: string) {
    super(
      421,
      'host_not_allowed',
      `this server does not answer to the host '${host}'; add it to SAMVERKAN_ALLOWED_HOSTS if it is this server's name`,
    );
  }
}

/** A write sent by a page of another site. */
export class OriginNotAllowedError extends AppError {
  constructor(origin: string) {
    super(
      403,
      'origin_not_allowed',
      `writes are not taken from pages of '${origin}'; add its host to SAMVERKAN_ALLOWED_HOSTS if it is this server's`,
    );
  }
}

/** A request that reached a server on its way down (SIGTERM): the client should go elsewhere or retry. */
export class ShuttingDownError extends AppError {
  constructor() {
    super(503, 'shutting_down', 'the server is shutting down; try again shortly', undefined, { 'retry-after': '5', connection: 'close' });
  }
}
