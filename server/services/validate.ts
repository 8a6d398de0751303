// Turning zod failures into the API's 400 shape, and applying JSON merge patches. Used by the
// services after they merge a change, where the request schema could not see the whole record.
import type { z } from 'zod';
import { ValidationError, type ErrorDetail } from '../errors.ts';

export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    message: issue.message,
  }));
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

export function withoutTimestamps<T extends { createdAt?: string; updatedAt?: string }>(
  record: T,
): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}
