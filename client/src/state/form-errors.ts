// Maps validation problems to form fields: zod issues (checked in the browser with the API's
// own schemas) and the API's 4xx `details[].path` ("body.evidence.0.note") alike. A problem
// lands on the most specific field the form has, else on the form as a whole (''). Messages
// are put in the UI's language by issue code and by the schemas' own (English) wording, which
// the API repeats in its details.
import { translate, type Lang } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/strings.ts';

export interface FieldError {
  field: string;
  message: string;
}

export function fieldFor(path: readonly (string | number)[] | string, fields: readonly string[]): string {
  const parts = (typeof path === 'string' ? path.split('.') : path.map(String)).filter((p) => p !== '');
  if (parts[0] === 'body') parts.shift();
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return '';
}

/** What the client reads of a zod issue (v4 field names); the API's details carry only a message. */
export interface IssueLike {
  path?: readonly PropertyKey[];
  message: string;
  code?: string;
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** The schemas' own messages (server/domain/schemas.ts), as zod and the API both report them. */
const BY_MESSAGE: Array<[RegExp, MessageKey]> = [
  [/^must not be blank$/, 'errBlank'],
  [/^must be at most (\d+) characters$/, 'errTooLong'],
  [/^must be a date as YYYY/, 'errDate'],
  [/^must be a lowercase ASCII slug/, 'errSlug'],
  [/^must not list the same value twice$/, 'errDuplicate'],
  [/^must not list an actor twice$/, 'errDuplicate'],
  [/^must be an http:\/\/ or https:\/\/ URL$/, 'errUrl'],
];

/** The issue's message in `lang`; a message the client wrote itself (already translated) passes through. */
export function issueMessage(issue: IssueLike, lang: Lang): string {
  for (const [pattern, key] of BY_MESSAGE) {
    const m = pattern.exec(issue.message);
    if (m) return translate(lang, key, { n: m[1] ?? '' });
  }
  const bound = (v: number | bigint | undefined) => String(v ?? '');
  switch (issue.code) {
    case 'invalid_format':
      return translate(lang, issue.format === 'url' ? 'errUrl' : 'errFormat');
    case 'invalid_value':
      return translate(lang, 'errOption');
    case 'invalid_type':
      return translate(lang, 'errMissing');
    case 'too_small':
      return issue.origin === 'number' ? translate(lang, 'errMin', { n: bound(issue.minimum) }) : translate(lang, 'errBlank');
    case 'too_big':
      return issue.origin === 'number'
        ? translate(lang, 'errMax', { n: bound(issue.maximum) })
        : translate(lang, 'errTooMany', { n: bound(issue.maximum) });
    case 'unrecognized_keys':
      return translate(lang, 'errUnknownField');
    default:
      return issue.message;
  }
}

export function zodErrors(issues: readonly IssueLike[], fields: readonly string[], lang: Lang = 'en'): FieldError[] {
  return issues.map((i) => ({
    field: fieldFor(
      (i.path ?? []).map((p) => (typeof p === 'symbol' ? '' : p)),
      fields,
    ),
    message: issueMessage(i, lang),
  }));
}

/** The API's 4xx details on the fields; `fallback` (the API's own message, labelled) when it sent none. */
export function apiErrors(
  details: ReadonlyArray<{ path: string; message: string }>,
  fallback: string,
  fields: readonly string[],
  lang: Lang = 'en',
): FieldError[] {
  if (details.length === 0) return [{ field: '', message: fallback }];
  return details.map((d) => ({ field: fieldFor(d.path, fields), message: issueMessage({ message: d.message }, lang) }));
}

/** "a, b ,, c" -> ["a", "b", "c"] without duplicates. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
