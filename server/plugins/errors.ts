// One error shape for every 4xx/5xx: {error, message, details?: [{path, message}]}. Errors are
// raised where they arise (AppError subclasses, schema validation) and shaped only here.
// 5xx answers never carry the original message: it is logged, not sent. Messages are raised in
// English and sent in the language Accept-Language prefers (server/i18n/translate.ts).
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AnalyticsError, type AnalyticsErrorCode, Busy, Stopped } from '../analytics/errors.ts';
import { escapeRegExp } from '../domain/text.ts';
import { AppError, boundedDetails, MAX_DETAILS, ShuttingDownError } from '../errors.ts';
import { inLanguage } from '../i18n/translate.ts';
import { messageLanguage } from '../routes/language.ts';

export const ErrorBody = z
  .object({
    error: z.string().describe('a stable machine-readable code, e.g. validation_error, not_found'),
    message: z.string(),
    details: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .max(MAX_DETAILS)
      .optional(),
    detailsTotal: z.int().optional().describe(`how many problems there are, when more than the ${MAX_DETAILS} listed`),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Any route that touches the store may answer 503 while the store cannot be reached. */
export const storeErrors = { 503: ErrorBody };

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'unavailable',
};

/** How each analytics error answers: its status, its code in the answer, and a hint to add. */
const ANALYTICS_ANSWERS: Record<AnalyticsErrorCode, { status: number; code: string; hint?: string }> = {
  invalid_query: { status: 400, code: 'validation_error' },
  unknown_actor: { status: 404, code: 'not_found' },
  unknown_reference: { status: 422, code: 'unknown_reference' },
  not_converged: { status: 422, code: 'not_converged', hint: 'try other filters, or weighted=false' },
  budget_exceeded: { status: 422, code: 'budget_exceeded' },
  busy: { status: 503, code: 'busy' },
  // Only while the server closes: the same answer as a request that arrives then (plugins/draining.ts).
  stopped: { status: 503, code: 'shutting_down' },
};

/** An analytics error as an HTTP error: the message is the reason, never the module that found it. */
export function analyticsAnswer(error: AnalyticsError): AppError {
  const answer = ANALYTICS_ANSWERS[error.code];
  const message = answer.hint ? `${error.reason}; ${answer.hint}` : error.reason;
  const headers =
    error instanceof Busy
      ? { 'retry-after': String(error.retryAfterSeconds) }
      : error instanceof Stopped
        ? new ShuttingDownError().headers
        : undefined;
  return new AppError(answer.status, answer.code, message, error.details, headers);
}

/** Sends an error answer with its messages in the language the request prefers. */
function sendError(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  const lang = messageLanguage(request, reply);
  return reply.code(status).send({
    ...body,
    message: inLanguage(body.message, lang),
    ...(body.details && { details: body.details.map((d) => ({ path: d.path, message: inLanguage(d.message, lang) })) }),
  } satisfies ErrorBody);
}

const INTERNAL: ErrorBody = { error: 'internal', message: 'something went wrong on our side; it has been logged' };

/**
 * The longest path parameter the router matches (Fastify's `routerOptions.maxParamLength`): an id
 * of 120 characters, each up to 12 bytes percent-encoded. Fastify's default of 100 turned ids of
 * 101–120 characters, which the API itself creates, into a 414 in Fastify's own shape.
 */
export const MAX_PARAM_LENGTH = 120 * 12;

/**
 * Fastify's `frameworkErrors`: what the router refuses before any route runs (a parameter longer
 * than MAX_PARAM_LENGTH, a URL with broken percent-encoding), in the API's error shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.code === 'FST_ERR_BAD_URL') {
    const message =
      error.code === 'FST_ERR_BAD_URL' ? 'is not a valid URL (broken percent-encoding)' : 'has a path parameter longer than any id';
    sendError(request, reply, 400, {
      error: 'validation_error',
      message: `invalid request: the path ${message}`,
      details: [{ path: 'path', message }],
    });
    return;
  }
  request.log.error({ err: error }, 'router error');
  sendError(request, reply, 500, INTERNAL);
}

/**
 * Which methods each route path answers, so that a known path asked with another method gets a
 * 405 naming the methods it has (RFC 9110 §15.5.6) instead of a 404 that says it does not exist.
 */
class RouteMethods {
  private readonly routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  add(url: string, methods: string | string[]): void {
    const entry = this.routes.get(url) ?? { pattern: RouteMethods.patternOf(url), methods: new Set<string>() };
    for (const method of [methods].flat()) entry.methods.add(method.toUpperCase());
    this.routes.set(url, entry);
  }

  /** The methods the path answers (sorted), or null when no route has this path. */
  allowed(path: string): string[] | null {
    const methods = new Set<string>();
    for (const { pattern, methods: own } of this.routes.values()) {
      if (pattern.test(path)) for (const method of own) methods.add(method);
    }
    return methods.size > 0 ? [...methods].sort() : null;
  }

  /** `/api/actors/:id` → /^\/api\/actors\/[^/]+\/?$/ (trailing slash ignored, as the router does). */
  private static patternOf(url: string): RegExp {
    const body = url
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : escapeRegExp(part)))
      .join('/');
    return new RegExp(`^${body.replace(/\/$/, '')}/?$`);
  }
}

export default fp(
  async (app) => {
    const routeMethods = new RouteMethods();
    app.addHook('onRoute', (route) => routeMethods.add(route.url, route.method));

    // Runs before the body is parsed, so a known path with an unknown method (TRACE, or QUERY
    // without a content type) is a 405, not a 404 or a complaint about its body.
    app.addHook('onRequest', async (request, reply) => {
      if (!request.is404) return;
      const allowed = routeMethods.allowed(request.url.split('?')[0] ?? '');
      if (allowed === null) return;
      reply.header('allow', allowed.join(', '));
      return sendError(request, reply, 405, {
        error: 'method_not_allowed',
        message: `${request.method} is not allowed here; use ${allowed.join(', ')}`,
      });
    });

    app.setErrorHandler((raised: FastifyError | AnalyticsError, request, reply) => {
      const error = raised instanceof AnalyticsError ? analyticsAnswer(raised) : raised;
      // Request validation (server/validation.ts) raises ValidationError, an AppError like the rest.
      if (error instanceof AppError) {
        if (error.statusCode >= 500) request.log.warn({ err: error }, 'request failed');
        if (error.headers) reply.headers(error.headers);
        return sendError(request, reply, error.statusCode, {
          error: error.code,
          message: error.message,
          ...boundedDetails(error.details),
        });
      }
      const status = error.statusCode ?? 500;
      if (status < 500) {
        // Fastify's own client errors (bad JSON, wrong content type, body too large) are safe to show.
        return sendError(request, reply, status, { error: STATUS_CODES[status] ?? 'bad_request', message: error.message });
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendError(request, reply, 500, INTERNAL);
    });

    app.setNotFoundHandler((request, reply) => {
      sendError(request, reply, 404, { error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
    });
  },
  { name: 'errors' },
);
