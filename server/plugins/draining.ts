// While the app closes (SIGTERM, see main.ts): requests already running finish, a request that
// still arrives on an open connection is answered 503 shutting_down with `Connection: close`
// instead of starting work, and the analytics workers are stopped so that no request (and no
// shutdown) waits for a computation to run out its budget.
import fp from 'fastify-plugin';
import { ShuttingDownError } from '../errors.ts';

export default fp(
  async (app) => {
    let draining = false;
    app.addHook('onRequest', async () => {
      if (draining) throw new ShuttingDownError();
    });
    app.addHook('preClose', async () => {
      draining = true;
      // Stopped now but not awaited here: the server stops listening only after preClose, and a
      // worker still starting (they start with the server) can take seconds to terminate. The
      // analytics plugin's onClose waits for the same termination.
      app.analyticsPool.close().catch(() => undefined);
    });
  },
  { name: 'draining' },
);
