// Vitest globalSetup for the neo4j project: one Neo4j server per run, shared by every test file
// that needs it (starting one costs tens of seconds). NEO4J_URI points the tests at a server you
// run yourself; otherwise scripts/neo4j/neo4j-local.mjs starts a throwaway one. Without either
// the run fails with what to install — Neo4j tests are never skipped.
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../scripts/neo4j/neo4j-local.mjs';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Test infrastructure, not the app: the app reads the environment only in server/config.ts.
  const uri = process.env.NEO4J_URI?.trim();
  if (uri) {
    const password = process.env.NEO4J_PASSWORD;
    if (!password) throw new Error('test/setup/neo4j: NEO4J_URI is set but NEO4J_PASSWORD is not');
    project.provide('neo4j', { uri, user: process.env.NEO4J_USER?.trim() || 'neo4j', password });
    return async () => {};
  }
  const server = await startNeo4j();
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password });
  return () => server.stop();
}
