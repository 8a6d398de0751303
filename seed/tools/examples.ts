// Writes seed/examples/: the Trollhättan round exported in every format the importer reads, from
// the seed as a store holds it. Run: npx tsx seed/tools/examples.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_FORMATS, exportBytes, exportSnapshot } from '../../server/interchange/export/formats.ts';
import { seedRoundSnapshot } from './seed-snapshot.ts';

const folder = fileURLToPath(new URL('../examples/', import.meta.url));
const snapshot = await seedRoundSnapshot();
for (const format of EXPORT_FORMATS) {
  const file = exportSnapshot(snapshot, format);
  const path = `${folder}trollhattan-2019.${file.extension}`;
  writeFileSync(path, await exportBytes(file));
  console.log(`wrote ${path}`);
}
