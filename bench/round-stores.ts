// What the round benchmarks (rounds.ts, compare.ts) share: a store of either kind, empty, with
// the legacy mapping and round in place; a round's snapshot becomes the dataset an import takes
// by test/interchange/seed-snapshot.ts's datasetOfSnapshot.
import { ensureLegacyRound } from '../server/seed/load.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import type { Store } from '../server/store/port.ts';
import { startNeo4j } from '../scripts/neo4j/neo4j-local.mjs';

export type StoreName = 'embedded' | 'neo4j';

/** The store names among the arguments, else both. */
export function chosenStores(args: readonly string[]): StoreName[] {
  const named = args.filter((a): a is StoreName => a === 'embedded' || a === 'neo4j');
  return named.length > 0 ? named : ['embedded', 'neo4j'];
}

/** What a bench may want of the store's server besides the store: the JVM's process id where this process started it. */
export interface StoreServer {
  pid?: number | undefined;
}

/**
 * Runs `work` on an empty store of the kind named, holding the legacy mapping and round. Neo4j:
 * the server NEO4J_URI / NEO4J_PASSWORD name (wiped first: never point it at data you keep), else
 * a throwaway one.
 */
export async function withStore(name: StoreName, work: (store: Store, server: StoreServer) => Promise<void>): Promise<void> {
  if (name === 'embedded') {
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    try {
      await ensureLegacyRound(store);
      await work(store, {});
    } finally {
      await store.close();
    }
    return;
  }
  const given = process.env.NEO4J_URI?.trim();
  const server = given
    ? {
        uri: given,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        pid: undefined,
        stop: async () => {},
      }
    : await startNeo4j();
  const store = new Neo4jStore({ uri: server.uri, user: server.user, password: server.password, maxRetryTimeMs: 60_000 });
  try {
    await store.init();
    await store.wipe();
    await ensureLegacyRound(store);
    await work(store, { pid: server.pid });
  } finally {
    await store.close();
    await server.stop();
  }
}
