// Options handling shared by every analytic: the caller's options merged over the module's
// DEFAULTS and checked on entry — by hand for the kernels (withDefaults, checkNumber), by the
// module's zod schema for the gap analytics (parseOptions). A bad option is an InvalidQuery whose
// message names the module.
import type { z } from 'zod';
import { InvalidQuery } from '../errors.ts';

/** Merges `options` over `defaults`; unknown keys are an error (they are usually typos). */
export function withDefaults<T extends object>(module: string, defaults: T, options: object | undefined): T {
  if (options === undefined) return { ...defaults };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidQuery(module, 'options must be an object');
  }
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) {
    if (!(key in defaults)) throw new InvalidQuery(module, `unknown option '${key}' (known: ${Object.keys(defaults).join(', ')})`);
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

export function checkBoolean(module: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidQuery(module, `option '${name}' must be true or false`);
  return value;
}

export interface NumberRule {
  integer?: boolean;
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  max?: number;
  /** Exclusive upper bound. */
  below?: number;
}

export function checkNumber(module: string, name: string, value: unknown, rule: NumberRule = {}): number {
  const fail = (what: string): never => {
    throw new InvalidQuery(module, `option '${name}' must be ${what}, got ${String(value)}`);
  };
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('a finite number');
  const x = value as number;
  if (rule.integer && !Number.isInteger(x)) fail('an integer');
  if (rule.min !== undefined && x < rule.min) fail(`at least ${rule.min}`);
  if (rule.above !== undefined && x <= rule.above) fail(`greater than ${rule.above}`);
  if (rule.max !== undefined && x > rule.max) fail(`at most ${rule.max}`);
  if (rule.below !== undefined && x >= rule.below) fail(`less than ${rule.below}`);
  return x;
}

/** Merges the caller's options over `defaults` and parses them with the module's schema. */
export function parseOptions<S extends z.ZodType>(module: string, schema: S, defaults: Partial<z.input<S>>, options: unknown): z.output<S> {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidQuery(module, 'options must be an object');
  }
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined));
  const parsed = schema.safeParse({ ...defaults, ...given });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0]!;
    throw new InvalidQuery(module, `${first.path ? `${first.path}: ` : ''}${first.message}`, details);
  }
  return parsed.data;
}
