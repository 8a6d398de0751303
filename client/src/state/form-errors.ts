// Maps validation problems to form fields: zod issues (checked in the browser with the API's
// own schemas) and the API's 4xx `details[].path` ("body.evidence.0.note") alike. A problem
// lands on the most specific field the form has, else on the form as a whole ('').
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

export function zodErrors(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>, fields: readonly string[]): FieldError[] {
  return issues.map((i) => ({ field: fieldFor(i.path.map((p) => (typeof p === 'symbol' ? '' : p)), fields), message: i.message }));
}

export function apiErrors(details: ReadonlyArray<{ path: string; message: string }>, fallback: string, fields: readonly string[]): FieldError[] {
  if (details.length === 0) return [{ field: '', message: fallback }];
  return details.map((d) => ({ field: fieldFor(d.path, fields), message: d.message }));
}

/** "a, b ,, c" -> ["a", "b", "c"] without duplicates. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
}
