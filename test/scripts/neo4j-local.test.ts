// `npm run neo4j -- --home D` restarts on the data it left: the first start sets the password
// and stores it in the home (mode 0600); a second start without --password uses it again, which
// also sets the very same password once more — the case Neo4j refuses as a "change" and the
// launcher must take as already done. The real CLI and the store adapter, as `npm start` would
// connect; two Neo4j boots, hence the long timeout.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { actor } from '../store/contract/fixtures.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';

const CLI = fileURLToPath(new URL('../../scripts/neo4j/neo4j-local.mjs', import.meta.url));
const PASSWORD = 'restart-on-my-data';

interface Running {
  /** What the CLI printed: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD. */
  printed: Record<string, string>;
  /** SIGTERM, as Ctrl-C would; resolves with the exit code once the data folder is released. */
  stop(): Promise<number | null>;
}

/** Runs `npm run neo4j -- ARGS` and resolves once it has printed the password line. */
function startCli(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const printed: Record<string, string> = {};
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      for (const line of stdout.split('\n')) {
        const [key, ...value] = line.split('=');
        if (key?.startsWith('NEO4J_') && value.length > 0) printed[key] = value.join('=');
      }
      if ('NEO4J_PASSWORD' in printed) {
        resolve({
          printed,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`neo4j-local exited (${code}) before it was ready:\n${stderr}`)));
  });
}

/** Connects as the API does with what the CLI printed, and runs `use` on the store. */
async function withStore<T>(printed: Record<string, string>, use: (store: Neo4jStore) => Promise<T>): Promise<T> {
  const store = new Neo4jStore({ uri: printed.NEO4J_URI!, user: printed.NEO4J_USER!, password: printed.NEO4J_PASSWORD! });
  try {
    await store.init();
    await ensureLegacyRound(store);
    return await use(store);
  } finally {
    await store.close();
  }
}

describe('npm run neo4j on a kept home', () => {
  const home = mkdtempSync(join(tmpdir(), 'samverkan-neo4j-home-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('restarts on its data with the password it set the first time', { timeout: 600_000 }, async () => {
    const first = await startCli(['--home', home, '--password', PASSWORD]);
    try {
      expect(first.printed.NEO4J_PASSWORD).toBe(PASSWORD);
      await withStore(first.printed, (store) =>
        store.round(LEGACY_REF).createActor(actor('kronan', 'municipal', { name: 'Kronan Kulturhus' })),
      );
    } finally {
      expect(await first.stop()).toBe(0);
    }
    const stored = join(home, 'samverkan-password');
    expect(readFileSync(stored, 'utf8').trim()).toBe(PASSWORD);
    expect(statSync(stored).mode & 0o777).toBe(0o600);

    const second = await startCli(['--home', home]);
    try {
      expect(second.printed.NEO4J_PASSWORD).toBe(PASSWORD);
      const kept = await withStore(second.printed, (store) => store.round(LEGACY_REF).getActor('kronan'));
      expect(kept?.name).toBe('Kronan Kulturhus');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
