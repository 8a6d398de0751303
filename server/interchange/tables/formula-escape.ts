// CSV (formula) injection: a spreadsheet program opening a CSV runs a cell that starts with "=",
// "+", "-" or "@" (or a tab or carriage return before them) as a formula. The CSV export puts an
// apostrophe before such text, as OWASP's CSV-injection guidance describes, and the CSV import
// takes exactly that apostrophe off again, so the text round-trips unchanged.
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
