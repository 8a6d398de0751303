// The real server as a child process (`node --import tsx server/main.ts`), for what only a
// process shows: signals, exit codes, start-up that stops. Its log is searchable line by line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Resolves with the first line of output (stdout or stderr) that matches. */
  logged(pattern: RegExp): Promise<string>;
  /** Everything written so far. */
  output(): string;
  /** The exit code. */
  exited: Promise<number | null>;
  /** Kill it if still running and remove its temporary folder. */
  dispose(): void;
}

/** Starts the server on a free port and a temporary SQLite file; `env` adds or overrides settings. */
export async function spawnServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-process-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMVERKAN_DATA: join(dir, 'store.db'),
      SAMVERKAN_SEED: 'never',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiting = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const find = (pattern: RegExp) => text.split('\n').find((line) => pattern.test(line));
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const w of waiting) {
      const line = find(w.pattern);
      if (line !== undefined) {
        waiting.delete(w);
        w.resolve(line);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    port,
    output: () => text,
    exited,
    logged: (pattern) =>
      new Promise<string>((resolve, reject) => {
        const line = find(pattern);
        if (line !== undefined) return resolve(line);
        waiting.add({ pattern, resolve });
        void exited.then((code) => {
          const late = find(pattern);
          if (late !== undefined) resolve(late);
          else reject(new Error(`the server exited (${code}) without logging ${pattern}:\n${text}`));
        });
      }),
    dispose() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
