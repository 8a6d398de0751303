// A process killed in the middle of a big import leaves the round exactly as it was, on the
// embedded store: the kill comes once the import's transaction has spilled a megabyte of pages
// into SQLite's write-ahead log, which only an uncommitted write of that size does.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { killMidImport, pollUntil } from '../support/killed-import.ts';
import type { ServerProcess } from '../support/server-process.ts';

const SPILLED = 1024 * 1024;

const started: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const server of started.splice(0)) server.dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('an import killed mid-write', () => {
  it('leaves the round as before on the embedded store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samverkan-killed-'));
    dirs.push(dir);
    const file = join(dir, 'store.db');
    const walSize = () => statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    await killMidImport(
      { SAMVERKAN_DATA: file },
      () => {
        const from = walSize();
        return pollUntil(() => walSize() >= from + SPILLED, 1);
      },
      started,
    );
  }, 180_000);
});
