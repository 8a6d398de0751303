// Start-up against a real Neo4j that refuses the configuration, or against no Neo4j at all: a
// wrong password or an unknown database stops start-up at once with a message naming the
// variable; an unreachable server is retried with the time left in the log, then start-up stops.
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort, spawnServer, type ServerProcess } from '../support/server-process.ts';

const connection = inject('neo4j');
const started: ServerProcess[] = [];
afterEach(() => {
  for (const server of started.splice(0)) server.dispose();
});

async function startOn(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer({ NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, ...env });
  started.push(server);
  return server;
}

describe('start-up on Neo4j', () => {
  it('stops with a message naming NEO4J_PASSWORD when Neo4j refuses the password', async () => {
    const server = await startOn({ NEO4J_PASSWORD: 'not-the-password' });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toMatch(/NEO4J_PASSWORD: Neo4j refused the user name and password/);
    expect(server.output()).not.toContain('not-the-password');
    expect(server.output()).not.toMatch(/Server listening/);
  });

  it('stops with a message naming NEO4J_DATABASE when the database does not exist', async () => {
    const server = await startOn({ NEO4J_DATABASE: 'nosuchdatabase' });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toMatch(/NEO4J_DATABASE: Neo4j has no database of that name/);
  });

  // One attempt on a port nobody listens on takes the driver's own retries, up to ≈ 8.4 s with
  // their backoff and jitter (neo4j-store.ts: a 5 s retry window), so the wait leaves room for a
  // second attempt: with 8 s, a slow first attempt used it all and no countdown was logged.
  it('retries an unreachable server with a countdown, then stops naming SAMVERKAN_STORE_WAIT_S', { timeout: 60_000 }, async () => {
    const server = await startOn({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, SAMVERKAN_STORE_WAIT_S: '12' });
    expect(await server.logged(/is not answering; retrying in 2 s, giving up in \d+ s \(SAMVERKAN_STORE_WAIT_S\)/)).toBeTruthy();
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toMatch(/did not answer within SAMVERKAN_STORE_WAIT_S \(12 s\); start-up stopped/);
  });

  it('starts and serves when the configuration is right', async () => {
    const server = await startOn({ SAMVERKAN_SEED: 'never' });
    await server.logged(/Server listening/);
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'neo4j' });
  });
});
