// Makes the analytics service (snapshot per graph version, cached results) available to the
// analytics and gap routes as `app.analytics`.
import fp from 'fastify-plugin';
import { AnalyticsService } from '../analytics/service.ts';

export default fp(async (app) => {
  app.decorate('analytics', new AnalyticsService(app.store));
}, { name: 'analytics', dependencies: ['store'] });

declare module 'fastify' {
  interface FastifyInstance {
    analytics: AnalyticsService;
  }
}
