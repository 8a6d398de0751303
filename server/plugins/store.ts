// Makes the graph store available to every route as `app.store`, and closes it with the app.
import fp from 'fastify-plugin';
import type { GraphStore } from '../store/port.ts';

export default fp<{ store: GraphStore }>(async (app, { store }) => {
  app.decorate('store', store);
  app.addHook('onClose', async () => {
    await store.close();
  });
}, { name: 'store' });

declare module 'fastify' {
  interface FastifyInstance {
    store: GraphStore;
  }
}
