// Start-up time on the embedded store: from spawning the server process to the first
// /health 200, for a first start (empty store: schema + seed load) and a second start on the
// same file. Run: npx tsx bench/startup.ts [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const root = new URL('..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function timeToHealthy(dataFile: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SAMVERKAN_DATA: dataFile, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 30_000) throw new Error('no /health 200 within 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const rows: Array<[string, number, number]> = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-start-'));
  const file = join(dir, 'samverkan.db');
  rows.push([`run ${i + 1}`, await timeToHealthy(file), await timeToHealthy(file)]);
  rmSync(dir, { recursive: true, force: true });
}
console.log('start-up to first /health 200 (embedded store)');
console.log('run    | first start (seeds) | second start');
for (const [name, first, second] of rows) {
  console.log(`${name.padEnd(6)} | ${first.toFixed(0).padStart(16)} ms | ${second.toFixed(0).padStart(9)} ms`);
}
