// Loads the Cypher files in cypher/ (at the repo root) by name, eagerly, so a query the adapter
// uses but nobody wrote stops start-up with a clear error instead of failing mid-request.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../cypher');

export class CypherFileError extends Error {
  override name = 'CypherFileError';
}

/** Read `<dir>/<name>.cypher` for every name; throws one error naming every missing file. */
export function loadCypher<N extends string>(names: readonly N[], dir: string = CYPHER_DIR): Record<N, string> {
  const missing = names.filter((name) => !existsSync(join(dir, `${name}.cypher`)));
  if (missing.length > 0) {
    throw new CypherFileError(`Neo4j store: missing Cypher file(s) in ${dir}: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
  }
  const queries = {} as Record<N, string>;
  for (const name of names) {
    const text = readFileSync(join(dir, `${name}.cypher`), 'utf8').trim();
    if (text === '') throw new CypherFileError(`Neo4j store: ${join(dir, `${name}.cypher`)} is empty`);
    queries[name] = text;
  }
  return queries;
}

/**
 * Split a multi-statement file (schema.cypher) on `;`. Whole-line `//` comments go first so
 * they may contain semicolons; statements themselves must not contain `;` inside strings.
 */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
