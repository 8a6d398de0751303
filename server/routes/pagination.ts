// Keyset pagination shared by every list route: `limit` and an opaque `cursor` in, `items` and
// `nextCursor` out. The cursor wraps the last id so callers do not build it themselves.
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import type { Page, PageRequest } from '../store/port.ts';

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('page size, 1–1000'),
  cursor: z.string().max(200).optional().describe('nextCursor from the previous page'),
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
  const after = Buffer.from(query.cursor, 'base64url').toString('utf8');
  if (after === '' || Buffer.from(after, 'utf8').toString('base64url') !== query.cursor) {
    throw new ValidationError('invalid request: query.cursor is not a cursor this server gave out', [
      { path: 'query.cursor', message: 'is not a cursor this server gave out' },
    ]);
  }
  return { limit: query.limit, after };
}

export function pageResponse<T>(page: Page<T>): { items: T[]; nextCursor: string | null } {
  return {
    items: page.items,
    nextCursor: page.lastId === null ? null : Buffer.from(page.lastId, 'utf8').toString('base64url'),
  };
}

export const IdParams = z.object({ id: z.string().max(120).describe('the record id (a slug)') });
