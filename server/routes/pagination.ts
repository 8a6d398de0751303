// Keyset pagination shared by every list route: `limit` and an opaque `cursor` in, `items` and
// `nextCursor` out. The cursor wraps the last id so callers do not build it themselves.
import { z } from 'zod';
import type { Page, PageRequest } from '../store/port.ts';
import { chars, queryInt } from './filters.ts';

export const PageQuery = z.strictObject({
  limit: queryInt(1, 1000).prefault(100).describe('page size, 1–1000'),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be the nextCursor of a previous page')
    .optional()
    .describe('nextCursor from the previous page'),
});

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
    })
    .meta({ id });
}

export function pageRequest(query: z.infer<typeof PageQuery>): PageRequest {
  if (query.cursor === undefined) return { limit: query.limit };
  // The cursor is a position in id order. Any token of the documented shape names one (the page
  // starts after it), so the document and the check agree: only a malformed token is a 400.
  return { limit: query.limit, after: Buffer.from(query.cursor, 'base64url').toString('utf8') };
}

export function pageResponse<T>(page: Page<T>): { items: T[]; nextCursor: string | null } {
  return {
    items: page.items,
    nextCursor: page.lastId === null ? null : Buffer.from(page.lastId, 'utf8').toString('base64url'),
  };
}

export const IdParams = z.object({ id: chars(120).describe('the record id (a slug)') });
