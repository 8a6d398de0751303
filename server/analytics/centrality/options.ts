// Options handling shared by the analytics: every metric merges its caller's options over a
// DEFAULTS object and checks them on entry, with errors prefixed by the module name.

/** Merges `options` over `defaults`; unknown keys are an error (they are usually typos). */
export function withDefaults<T extends object>(module: string, defaults: T, options: object | undefined): T {
  if (options === undefined) return { ...defaults };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Error(`${module}: options must be an object`);
  }
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) {
    if (!(key in defaults)) throw new Error(`${module}: unknown option '${key}' (known: ${Object.keys(defaults).join(', ')})`);
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

export function checkBoolean(module: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new Error(`${module}: option '${name}' must be true or false`);
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
    throw new Error(`${module}: option '${name}' must be ${what}, got ${String(value)}`);
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
