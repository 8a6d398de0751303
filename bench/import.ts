// The format layer at scale: a seeded network of 10k actors and 100k ties exported as XLSX and as
// a CSV zip, then read back by parseImport (detection, reading, mapping, validation). Prints
// export time, parse time, rows/s and the process's peak RSS growth over the baseline.
//
// Run: npx tsx bench/import.ts [--actors=10000] [--ties=100000]
// Note: a Dataset holds at most 50 000 ties (DATASET_LIMITS); above that the parse is timed in
// full and ends with that one problem, as an import of such a file would today.
import { type ExportFormat, exportBytes, exportSnapshot } from '../server/interchange/export/formats.ts';
import { parseImport } from '../server/interchange/parse-import.ts';
import { syntheticSnapshot } from './synthetic-snapshot.ts';

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const actorCount = Number(option('actors', '10000'));
const tieCount = Number(option('ties', '100000'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const data = syntheticSnapshot(actorCount, tieCount);
const rows = actorCount + tieCount;
const baseline = peakRss();
console.log(
  `${actorCount.toLocaleString('en-US')} actors, ${tieCount.toLocaleString('en-US')} ties (${rows.toLocaleString('en-US')} rows); baseline peak RSS ${mb(baseline)}`,
);
for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
  let start = performance.now();
  const file = exportSnapshot(data, format);
  const bytes = await exportBytes(file);
  const exportSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const parsed = await parseImport(bytes, `bench.${file.extension}`, { limits: { maxFileBytes: 200 * 1024 * 1024 } });
  const parseSeconds = (performance.now() - start) / 1000;
  const outcome = parsed.dataset
    ? `${parsed.dataset.collaborations.length.toLocaleString('en-US')} ties read`
    : `${parsed.problems.total} problem(s): ${parsed.problems.listed[0]?.message}`;
  console.log(
    `${format.padEnd(4)} ${mb(bytes.length).padStart(8)}  export ${exportSeconds.toFixed(2)} s  parse ${parseSeconds.toFixed(2)} s = ${Math.round(rows / parseSeconds).toLocaleString('en-US')} rows/s  peak RSS +${mb(peakRss() - baseline)}  (${outcome})`,
  );
}
