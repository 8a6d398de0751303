// A spreadsheet import end to end, into each store: a seeded 10k-actor / 100k-tie round exported
// as a CSV zip and as XLSX, then each file POSTed to the real app's import route into an empty
// round (upsert) and once more unchanged. Prints wall seconds, rows/s, this process's CPU seconds
// and its peak RSS growth over the baseline (the Neo4j server's own CPU is not in that figure).
// Issue 11's targets: CSV into embedded ≤ 3 s, into Neo4j ≤ 8 s, RSS growth ≤ 150 MB.
//
// Run: npx tsx bench/import-stores.ts [embedded] [neo4j] [--actors=10000] [--ties=100000] [--formats=csv,xlsx] [--warm] [--server-pid=N]
// (NEO4J_URI/NEO4J_PASSWORD: an existing server, which is wiped, --server-pid naming its JVM to
// print its CPU seconds too; else a throwaway one is started).
// --warm starts the worker threads first, as a server that has read a file or computed a metric
// has them: the first pass then leaves out a worker's start (loading the reading code).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.ts';
import { exportBytes, exportSnapshot, type ExportFormat } from '../server/interchange/export/formats.ts';
import { ensureLegacyRound } from '../server/seed/load.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { LEGACY_REF } from '../server/store/legacy.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import { startNeo4j } from '../scripts/neo4j/neo4j-local.mjs';
import { benchDataset } from './dataset.ts';
import { processCpuMs } from './process-cpu.ts';

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const actorCount = Number(option('actors', '10000'));
const tieCount = Number(option('ties', '100000'));
const formats = option('formats', 'csv,xlsx').split(',') as ExportFormat[];
const named = process.argv.slice(2).filter((a) => a === 'embedded' || a === 'neo4j');
const stores = named.length > 0 ? named : ['embedded', 'neo4j'];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
/** The Neo4j JVM, when this script started it or --server-pid names it: its CPU is printed too. */
let serverPid = process.argv.some((a) => a.startsWith('--server-pid=')) ? Number(option('server-pid', '')) : undefined;
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The files to import, made once: the dataset through an in-memory store and the export layer. */
async function files(): Promise<Map<ExportFormat, Uint8Array>> {
  const source = new EmbeddedStore({ file: ':memory:' });
  await source.init();
  await ensureLegacyRound(source);
  await source.round(LEGACY_REF).importDataset(benchDataset(actorCount, tieCount));
  const snapshot = await source.round(LEGACY_REF).snapshot();
  await source.close();
  const made = new Map<ExportFormat, Uint8Array>();
  for (const format of formats) {
    made.set(format, await exportBytes(exportSnapshot(snapshot, format)));
  }
  return made;
}

async function storeNamed(name: string): Promise<{ store: EmbeddedStore | Neo4jStore; stop: () => Promise<void> }> {
  if (name === 'embedded') {
    // A database file, as the server keeps one (data/samverkan.db): an in-memory database would
    // count every page of the imported round as this process's memory.
    const dir = mkdtempSync(join(tmpdir(), 'samverkan-import-bench-'));
    const store = new EmbeddedStore({ file: join(dir, 'bench.db') });
    return {
      store,
      stop: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = process.env.NEO4J_URI ? null : await startNeo4j({});
  const connection = server
    ? { uri: server.uri, user: 'neo4j', password: server.password }
    : { uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
  if (server) serverPid = server.pid;
  const store = new Neo4jStore(connection);
  return {
    store,
    stop: async () => {
      await store.close();
      await server?.stop();
    },
  };
}

const made = await files();
const rows = actorCount + tieCount;
console.log(
  `${actorCount.toLocaleString('en-US')} actors, ${tieCount.toLocaleString('en-US')} ties; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const name of stores) {
  const { store, stop } = await storeNamed(name);
  try {
    await store.init();
    const app = await buildApp({ store, clientRoot: '/nonexistent', importBodyLimitBytes: 200 * 1024 * 1024 });
    if (process.argv.includes('--warm')) await app.analyticsPool.warm();
    for (const [format, body] of made) {
      await store.clear();
      await ensureLegacyRound(store);
      for (const pass of ['fresh', 'unchanged']) {
        const baseline = peakRss();
        const [wall, cpu, serverCpu] = [performance.now(), cpuSeconds(), name === 'neo4j' ? processCpuMs(serverPid) : null];
        const res = await app.inject({
          method: 'POST',
          url: `/api/mappings/${LEGACY_REF.mapping}/rounds/${LEGACY_REF.round}/import/file?name=bench.${format === 'csv' ? 'zip' : format}`,
          headers: { 'content-type': 'application/octet-stream' },
          payload: Buffer.from(body),
        });
        const seconds = (performance.now() - wall) / 1000;
        const serverUsed = serverCpu === null ? null : ((processCpuMs(serverPid) ?? serverCpu) - serverCpu) / 1000;
        if (res.statusCode !== 200) throw new Error(`${name} ${format}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        console.log(
          `${name.padEnd(8)} ${format.padEnd(4)} ${mb(body.length).padStart(6)} ${pass.padEnd(9)} ${seconds.toFixed(2)} s = ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s  CPU ${(cpuSeconds() - cpu).toFixed(2)} s${serverUsed === null ? '' : `, server ${serverUsed.toFixed(2)} s`}  peak RSS +${mb(Math.max(0, peakRss() - baseline))}  ${res.body}`,
        );
      }
    }
    await app.close();
  } finally {
    await stop();
  }
}
