// One error shape for every 4xx/5xx: {error, message, details?: [{path, message}]}. Errors are
// raised where they arise (AppError subclasses, schema validation) and shaped only here.
// 5xx answers never carry the original message: it is logged, not sent.
import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../errors.ts';

export const ErrorBody = z
  .object({
    error: z.string().describe('a stable machine-readable code, e.g. validation_error, not_found'),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

const LOCATION: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

function validationDetails(error: { validation: Array<{ instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }>; validationContext?: string }): ErrorDetail[] {
  const where = LOCATION[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
  return error.validation.flatMap((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    // An unknown field is reported by zod on the parent object; name the field itself.
    const keys = v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys) ? (v.params.keys as string[]) : [null];
    return keys.map((key) => ({
      path: [where, ...path, ...(key === null ? [] : [key])].join('.'),
      message: key === null ? (v.message ?? 'is not valid') : 'is not a known field',
    }));
  });
}

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

export default fp(async (app) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = validationDetails(error as never);
      return reply.code(400).send({
        error: 'validation_error',
        message: `invalid request: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`,
        details,
      } satisfies ErrorBody);
    }
    if (error instanceof AppError) {
      if (error.statusCode >= 500) request.log.warn({ err: error }, 'request failed');
      return reply.code(error.statusCode).send({
        error: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // Fastify's own client errors (bad JSON, wrong content type, body too large) are safe to show.
      return reply.code(status).send({ error: STATUS_CODES[status] ?? 'bad_request', message: error.message } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'internal', message: 'something went wrong on our side; it has been logged' } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
  });
}, { name: 'errors' });
