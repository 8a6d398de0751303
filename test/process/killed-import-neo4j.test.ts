// A process killed in the middle of a big import leaves the round exactly as it was, on Neo4j:
// the kill comes once Neo4j reports the server's transaction running a batched write of ties
// (actors are written by then), and Neo4j rolls back a transaction whose connection is gone.
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, inject, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { killMidImport, pollUntil } from '../support/killed-import.ts';
import type { ServerProcess } from '../support/server-process.ts';

const connection = inject('neo4j');
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
const started: ServerProcess[] = [];

beforeAll(async () => {
  const store = new Neo4jStore(connection);
  await store.init();
  await store.wipe();
  await store.close();
});
afterEach(() => {
  for (const server of started.splice(0)) server.dispose();
});
afterAll(async () => {
  await driver.close();
});

async function writingTies(): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
    { marker: 'CREATE (s)<-[:SOURCE]-(c:Collaboration)' },
  );
  return Number(records[0]?.get('n') ?? 0) > 0;
}

describe('an import killed mid-write', () => {
  it('leaves the round as before on Neo4j', async () => {
    await killMidImport(
      { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, SAMVERKAN_SEED: 'never' },
      () => pollUntil(writingTies, 20),
      started,
    );
  }, 300_000);
});
