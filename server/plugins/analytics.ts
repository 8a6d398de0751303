// Makes the analytics services (one per round: snapshot per round version, cached results), the
// worker pool and the offload (which answers run on it, how many at once) available to the
// analytics and gap routes. The pool's workers start on first heavy use and stop with the app.
import fp from 'fastify-plugin';
import { Offload, type OffloadOptions } from '../analytics/offload.ts';
import { AnalyticsService } from '../analytics/service.ts';
import { WorkerPool, type WorkerPoolOptions } from '../analytics/worker-pool.ts';
import { roundPath } from '../domain/mappings.ts';
import type { GraphStore } from '../store/port.ts';

export interface AnalyticsPluginOptions extends OffloadOptions {
  /** Worker threads; default os.availableParallelism(). */
  workers?: WorkerPoolOptions['size'];
}

export default fp<AnalyticsPluginOptions>(
  async (app, options) => {
    const pool = new WorkerPool({ size: options.workers, defaultBudgetMs: options.budgetMs });
    const services = new Map<string, AnalyticsService>();
    app.decorate('analyticsOf', (graph: GraphStore) => {
      const key = roundPath(graph.ref);
      let service = services.get(key);
      if (service === undefined) {
        service = new AnalyticsService(graph);
        services.set(key, service);
      }
      return service;
    });
    // A deleted round's cached snapshot would otherwise stay in memory for the life of the process.
    app.decorate('forgetAnalytics', (mapping: string, round?: string) => {
      const prefix = round === undefined ? `${mapping}/` : roundPath({ mapping, round });
      for (const key of services.keys()) if (round === undefined ? key.startsWith(prefix) : key === prefix) services.delete(key);
    });
    app.decorate('analyticsPool', pool);
    app.decorate('analyticsOffload', new Offload(pool, options));
    app.addHook('onClose', async () => {
      await pool.close();
    });
  },
  { name: 'analytics', dependencies: ['store', 'rounds'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** The analytics of one round; its cache is keyed by the round's version. */
    analyticsOf(graph: GraphStore): AnalyticsService;
    /** Drop the analytics of a deleted round, or of every round of a deleted mapping. */
    forgetAnalytics(mapping: string, round?: string): void;
    analyticsPool: WorkerPool;
    analyticsOffload: Offload;
  }
}
