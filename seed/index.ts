// Where the seed dataset lives and how any dataset file is read: one function that turns a JSON
// file into a checked `Dataset`, so the seed command, the tests and any later dataset share the
// same door and the same error messages ("<file>: actors[3] (eidar).sector: …").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../server/domain/inputs.ts';

/** Absolute path of the Trollhättan 2019 seed dataset. */
export const seedDatasetPath = fileURLToPath(new URL('./trollhattan-2019.json', import.meta.url));

/** Absolute path of the seed report's section structure (what evidence locators may name). */
export const reportSectionsPath = fileURLToPath(new URL('./report-sections.json', import.meta.url));

const MAX_LISTED_ISSUES = 10;

/**
 * Reads a dataset file and validates it against `Dataset`. Throws an Error naming the file and,
 * for schema problems, the failing field paths (with the id of the record they sit in).
 */
export function loadDatasetFile(path: string): Dataset {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`loadDatasetFile: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`loadDatasetFile: ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = Dataset.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues;
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${fieldPath(json, issue.path)}: ${issue.message}`);
    const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
    throw new Error(`loadDatasetFile: ${path} is not a valid dataset: ${listed.join('; ')}${more}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** `actors[3] (eidar).evidence[0].locator` — the record's id helps find it in a long file. */
function fieldPath(json: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  let node: unknown = json;
  path.forEach((key, depth) => {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const recordId = depth === 1 && node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof recordId === 'string') out += ` (${recordId})`;
  });
  return out;
}
