// seed/examples/ stays true to the seed: every example file imports without a problem to the
// dataset the seed round holds (seed/tools/examples.ts writes them).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../server/domain/inputs.ts';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { datasetOfSnapshot, seedSnapshot } from './seed-snapshot.ts';

const folder = fileURLToPath(new URL('../../seed/examples/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.startsWith('trollhattan-2019.'));

let expected: Dataset;
beforeAll(async () => {
  expected = datasetOfSnapshot(await seedSnapshot());
});

describe('seed/examples', () => {
  it('holds the round in all seven formats', () => {
    expect(files).toHaveLength(7);
  });

  for (const name of files) {
    it(`${name} imports to the seed round`, async () => {
      const parsed = await parseImport(readFileSync(`${folder}${name}`), name);
      expect(parsed.problems.listed).toEqual([]);
      expect(parsed.dataset).toEqual(expected);
    });
  }
});
