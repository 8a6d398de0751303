// Makes the analytics service (snapshot per graph version, cached results) and the worker
// pool for heavy metrics available to the analytics and gap routes. The pool's workers start
// on first heavy use and stop with the app.
import fp from 'fastify-plugin';
import { AnalyticsService } from '../analytics/service.ts';
import { WorkerPool } from '../analytics/worker-pool.ts';

export default fp(
  async (app) => {
    const pool = new WorkerPool();
    app.decorate('analytics', new AnalyticsService(app.store));
    app.decorate('analyticsPool', pool);
    app.addHook('onClose', async () => {
      await pool.close();
    });
  },
  { name: 'analytics', dependencies: ['store'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    analytics: AnalyticsService;
    analyticsPool: WorkerPool;
  }
}
