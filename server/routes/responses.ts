// Answers without a body (204 after a delete, 304 for a cached GET). `z.undefined()` is
// documented as a response with no media type; `z.null()` would promise an application/json
// body that these answers never carry.
import { z } from 'zod';

export const Deleted = z.undefined().describe('deleted; no body');
export const NotModified = z.undefined().describe('not modified; no body');
