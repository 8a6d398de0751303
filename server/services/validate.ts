// Turning zod failures into the API's 400 shape, and applying JSON merge patches. Used by the
// services after they merge a change, where the request schema could not see the whole record.
import type { z } from 'zod';
import { Slug } from '../domain/schemas.ts';
import { slugFor } from '../domain/text.ts';
import { ValidationError, type ErrorDetail } from '../errors.ts';

export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '');
    // zod reports unknown fields on their parent object; name each field itself.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'is not a known field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

/** Parse or throw a 400 that names every failing field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError(`${what} is not valid`, issuesToDetails(result.error.issues));
  }
  return result.data;
}

/** RFC 7396 merge patch, one level deep (our records' nested values are replaced whole). */
export function applyMergePatch<T extends object>(current: T, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged;
}

export function withoutTimestamps<T extends { createdAt?: string; updatedAt?: string }>(record: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

/**
 * The id a new record gets from its name when the caller gave none. A name with nothing
 * slug-worthy in it ("–", "\u0081") has no id to give: that is the caller's 400, not a record
 * with an empty id that every later list would fail to serialise.
 */
export function idFromName(name: string): string {
  const id = slugFor(name);
  if (!Slug.safeParse(id).success) {
    throw new ValidationError('cannot derive an id from this name; give an id', [
      { path: 'id', message: 'give an id: the name has no letters or digits to derive one from' },
    ]);
  }
  return id;
}
