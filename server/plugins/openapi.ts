// The OpenAPI document is generated from the same zod schemas that validate requests; served
// at /openapi.json, with Swagger UI at /docs.
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export default fp<{ version: string }>(async (app, { version }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Samverkan',
        version,
        description:
          'Collaboration networks between actors: who works with whom, and who does not. ' +
          'Reads are open; when the server has an API key, writes need `Authorization: Bearer <key>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'system', description: 'health and vocabulary' },
        { name: 'actors' },
        { name: 'collaborations' },
        { name: 'forums' },
        { name: 'sources' },
        { name: 'graph', description: 'the whole graph and bulk import' },
        { name: 'analytics', description: 'centrality, communities and structure' },
        { name: 'gaps', description: 'who is not working with whom' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}, { name: 'openapi' });
