// The server started as users start it (`node --import tsx server/main.ts`, a real child process)
// starts its analytics workers right after it listens, so the first analytics request or file
// import does not wait for them; they run below the request thread's priority.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';
import { threadsBelowMainPriority } from '../support/thread-priority.ts';

const started: ServerProcess[] = [];
afterEach(() => {
  for (const server of started.splice(0)) server.dispose();
});

describe.runIf(process.platform === 'linux')('analytics workers at start-up', () => {
  it('are started without a request, below the priority of the thread that answers requests', async () => {
    const server = await spawnServer();
    started.push(server);
    await server.logged(/Server listening/);
    const pid = server.child.pid!;
    let threads = 0;
    for (let tries = 0; tries < 300 && threads === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      threads = threadsBelowMainPriority(pid);
    }
    expect(threads).toBeGreaterThan(0);
    // No request was needed: the server answered none.
    expect(server.output()).not.toMatch(/incoming request/);
  }, 60_000);
});
