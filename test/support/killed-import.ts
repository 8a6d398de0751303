// The killed-import experiment, for any store: a real server (server-process.ts) holding a small
// round takes a 10k-actor, 50k-tie replace import, is killed with SIGKILL once `midWrite` says the
// write transaction is under way, and a new server on the same store must answer the round
// exactly as before (its record, version included, and every record in it).
import { expect } from 'vitest';
import { syntheticDataset } from '../http/synthetic-dataset.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';

const ROUND = '/api/mappings/prov/rounds/2026';

const call = (server: ServerProcess, path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${server.port}${path}`, init);
const post = (server: ServerProcess, path: string, body: unknown) =>
  call(server, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function startOn(env: Record<string, string>, started: ServerProcess[]): Promise<ServerProcess> {
  const server = await spawnServer({ SAMVERKAN_IMPORT_LIMIT_MB: '64', ...env });
  started.push(server);
  await server.logged(/Server listening/);
  return server;
}

async function roundState(server: ServerProcess): Promise<{ round: unknown; data: string }> {
  const round = await call(server, ROUND);
  const data = await call(server, `${ROUND}/export?format=json`);
  expect([round.status, data.status]).toEqual([200, 200]);
  return { round: await round.json(), data: await data.text() };
}

/**
 * `env` points both servers at one store; `midWrite` resolves once the import is writing, and is
 * told to stop watching once the race is decided. `started` collects the servers for disposal.
 */
export async function killMidImport(
  env: Record<string, string>,
  midWrite: () => { writing: Promise<void>; stop: () => void },
  started: ServerProcess[],
): Promise<void> {
  const first = await startOn(env, started);
  expect((await post(first, '/api/mappings', { id: 'prov', name: 'Prov', place: 'Trollhättan', topic: 'avbrott' })).status).toBe(201);
  expect((await post(first, '/api/mappings/prov/rounds', { id: '2026', label: '2026', observedOn: '2026' })).status).toBe(201);
  expect((await post(first, `${ROUND}/import/file?format=json`, syntheticDataset(30, 60, 7))).status).toBe(200);
  const before = await roundState(first);

  const watch = midWrite();
  const answered = post(first, `${ROUND}/import/file?format=json&mode=replace`, syntheticDataset(10_000, 50_000, 8)).then(
    (res) => `answered ${res.status}`,
    () => 'cut off',
  );
  const winner = await Promise.race([watch.writing.then(() => 'writing'), answered]);
  watch.stop();
  expect(winner, 'the import finished before it could be killed mid-write').toBe('writing');
  first.child.kill('SIGKILL');
  expect(await answered).toBe('cut off');
  await first.exited;

  const second = await startOn(env, started);
  expect(await roundState(second)).toEqual(before);
}

/** Calls `check` every `everyMs` until it says yes; `stop` ends the polling. */
export function pollUntil(check: () => boolean | Promise<boolean>, everyMs: number): { writing: Promise<void>; stop: () => void } {
  let stopped = false;
  const writing = new Promise<void>((resolve) => {
    const next = async () => {
      if (stopped) return;
      if (
        await Promise.resolve()
          .then(check)
          .catch(() => false)
      )
        return resolve();
      setTimeout(next, everyMs);
    };
    void next();
  });
  return { writing, stop: () => (stopped = true) };
}
