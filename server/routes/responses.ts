// Answers without a body (204 after a delete, 304 for a cached GET). `z.undefined()` is
// documented as a response with no media type; `z.null()` would promise an application/json
// body that these answers never carry.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const Deleted = z.undefined().describe('deleted; no body');
export const NotModified = z.undefined().describe('not modified; no body');

/** Where a record made by a POST to a collection lives: under that collection, in whichever round. */
export function locationOf(request: FastifyRequest, id: string): string {
  return `${(request.url.split('?')[0] ?? '').replace(/\/+$/, '')}/${id}`;
}
