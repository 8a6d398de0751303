import { configDefaults, defineConfig } from 'vitest/config';

// Test files with "neo4j" in their name need a Neo4j server: they run in their own project, whose
// globalSetup starts one server per run (or uses NEO4J_URI), one file at a time because they
// share (and wipe) that database. Everything else runs without Java.
const NEO4J_TESTS = 'test/**/*neo4j*.test.ts';
// Browser tests drive a real Chromium: a page load on a loaded 2-core machine can take seconds,
// so they get twice the time of the rest.
const E2E_TESTS = 'test/e2e/**/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // The JSON report is what .ci/run turns into the one summary line CI reads.
    reporters: ['default', 'json'],
    outputFile: { json: 'test/artifacts/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, NEO4J_TESTS, E2E_TESTS] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: [E2E_TESTS], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'neo4j', include: [NEO4J_TESTS], globalSetup: ['test/setup/neo4j.ts'], fileParallelism: false },
      },
    ],
  },
});
