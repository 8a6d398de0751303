// The export at scale: the seeded 10k-actor / 100k-tie network (bench/synthetic-snapshot.ts)
// written in every format through exportSnapshot — the stream the export route sends — into a sink
// that only counts bytes, with a `degree` metric column and a filters note as a filtered export
// with metrics= carries them (the metric is computed before the clock starts: the analytics
// benchmarks time metrics). Each format runs in its own process, so its peak RSS is its own.
// Prints seconds (wall, and CPU: user + system, the figure that holds on a shared machine), megabytes,
// peak RSS growth over the process's baseline (the snapshot built) and the load average.
//
// Run: npx tsx bench/export.ts [--actors=10000] [--ties=100000] [--format=csv]
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { buildActorGraph } from '../server/analytics/actor-graph.ts';
import { computeMetrics } from '../server/analytics/centrality/table.ts';
import { EXPORT_FORMATS, exportSnapshot } from '../server/interchange/export/formats.ts';
import { syntheticSnapshot } from './synthetic-snapshot.ts';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const actorCount = Number(option('actors') ?? '10000');
const tieCount = Number(option('ties') ?? '100000');
const format = option('format');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

if (format === undefined) {
  console.log(`${actorCount.toLocaleString('en-US')} actors, ${tieCount.toLocaleString('en-US')} ties, each format in its own process`);
  const script = fileURLToPath(import.meta.url);
  for (const each of EXPORT_FORMATS) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, script, `--actors=${actorCount}`, `--ties=${tieCount}`, `--format=${each}`],
      {
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) process.exitCode = 1;
  }
} else {
  const data = syntheticSnapshot(actorCount, tieCount);
  const table = computeMetrics(buildActorGraph(data), { metrics: ['degree'] });
  const options = {
    metrics: { ids: ['degree'], values: new Map(table.rows.map((r) => [r.id, r.values])) },
    filters: { status: 'active,needs_development,desired,ended' },
  };
  const baseline = peakRss();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await pipeline(exportSnapshot(data, format as (typeof EXPORT_FORMATS)[number], options).body, sink);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${format.padEnd(9)} ${mb(bytes).padStart(8)}  export ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU  peak RSS +${mb(peakRss() - baseline)} (baseline ${mb(baseline)})  load ${os.loadavg()[0]!.toFixed(1)}`,
  );
}
