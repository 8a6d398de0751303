// Query parameters shared by the list, graph, analytics and gap routes. Each is documented as
// exactly what it accepts (an enum, a pattern), so the OpenAPI document and the validator agree:
// a value the document allows is never refused, and one it forbids is a 400 naming the field.
import { z } from 'zod';
import { escapeRegExp } from '../domain/text.ts';

// What JavaScript's trim() removes, spelled out: `\s` means something else to the Python regex
// engine that tools reading the document's patterns (the fuzzer among them) use.
const BLANK = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const NOT_BLANK = new RegExp(`[^${BLANK}]`);

/**
 * Text of at most `max` characters, counted as the document's maxLength counts them: in code
 * points, so "𝔸" is one character, not the two UTF-16 units z.string().max() would count.
 */
export function chars(max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .refine((text) => [...text].length <= max, `must be at most ${max} characters`)
    .meta({ maxLength: max });
}

/** Free text to search for: not blank, at most `max` characters, trimmed. */
export function searchText(max: number) {
  return chars(max)
    .regex(NOT_BLANK, 'must not be blank')
    .transform((text) => text.trim());
}

/** Comma-separated vocabulary values (`status=active,needs_development`); spaces around commas are fine. */
export function listOf<T extends z.ZodEnum<Record<string, string>>>(term: T, what: string) {
  const one = `(?:${term.options.map(escapeRegExp).join('|')})`;
  return (
    z
      .string()
      .max(500)
      .regex(new RegExp(`^ *${one} *(?:, *${one} *)*$`), `must be one or more of ${term.options.join(', ')}, comma-separated`)
      // A value named twice counts once: `status=active,active` asks for active ties.
      .transform((text) => [...new Set(text.split(',').map((s) => s.trim()))])
      .pipe(z.array(term).min(1, `give at least one ${what}`))
      .optional()
      .describe(`one or more of ${term.options.join(', ')}, comma-separated`)
  );
}

/**
 * Comma-separated free-text values, such as neighbourhood names (`Kronogården,Lextorp`): each
 * one not blank, trimmed, named twice counts once; at most `max` characters in all. A name with
 * a comma in it cannot be asked for.
 */
export function textListOf(what: string, max: number) {
  // Blanks, then something else: the two classes are disjoint, so matching stays linear.
  const item = `[${BLANK}]*[^,${BLANK}][^,]*`;
  return chars(max)
    .regex(new RegExp(`^${item}(?:,${item})*$`), `must be one or more ${what}s, comma-separated, none blank`)
    .transform((text) => [...new Set(text.split(',').map((s) => s.trim()))])
    .optional()
    .describe(`one or more ${what}s, comma-separated`);
}

/** A yes/no query parameter: `true` or `false`, and nothing else. */
export function flag(fallback: boolean) {
  return z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true');
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A query string is text; a number parameter takes only a number written out (`5`, `0.85`,
 * `1e-3`). Anything else (an empty value, ` 5`, `0x10`, `Infinity`) stays text and is refused,
 * where z.coerce.number() would read `seed=` as 0.
 */
function numberLiteral(pattern: RegExp) {
  return (value: unknown) => (typeof value === 'string' && pattern.test(value) ? Number(value) : value);
}

/** A whole-number query parameter between min and max; a value out of range is told the range. */
export function queryInt(min: number, max: number) {
  return queryNumberOf(z.int({ error: 'must be a whole number' }).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A number query parameter checked by `schema` (a whole number when it is z.int()). */
export function queryNumberOf(schema: z.ZodNumber) {
  return z.preprocess(numberLiteral(schema.format === 'safeint' ? INTEGER : NUMBER), schema);
}
