// Makes the graph store available to every route as `app.store`, behind a gate that refuses
// calls at once while the store is known to be down (store/fail-fast.ts), and closes it with the app.
import fp from 'fastify-plugin';
import { StoreGate } from '../store/fail-fast.ts';
import type { Store } from '../store/port.ts';

export default fp<{ store: Store; probeMs?: number | undefined }>(
  async (app, { store, probeMs }) => {
    const gate = new StoreGate(store, probeMs);
    app.decorate('store', gate.guard(store));
    app.decorate('storeGate', gate);
    app.addHook('onClose', async () => {
      await app.store.close();
    });
  },
  { name: 'store' },
);

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    storeGate: StoreGate;
  }
}
