// Picks the store adapter from the configuration. Adapters are imported lazily so that the
// embedded database is never loaded when Neo4j is in use, and the other way round.
import type { Config } from '../config.ts';
import type { Store } from './port.ts';

export async function createStore(config: Config['store']): Promise<Store> {
  if (config.kind === 'neo4j') {
    const { Neo4jStore } = await import('./neo4j/neo4j-store.ts');
    return new Neo4jStore(config);
  }
  const { EmbeddedStore } = await import('./embedded/embedded-store.ts');
  return new EmbeddedStore({ file: config.file, busyTimeoutMs: config.busyTimeoutMs });
}
