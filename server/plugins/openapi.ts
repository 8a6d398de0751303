// The OpenAPI document is generated from the same zod schemas that validate requests; served
// at /openapi.json, with Swagger UI at /docs.
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

// @fastify/swagger marks every request body required. A route whose body schema also takes no
// body at all (PUT /api/forums/:id/members/:actorId) is flagged per route and corrected once the
// document is built, so the document does not refuse what the route accepts.
const OPTIONAL_BODY = 'x-samverkan-optional-body';

const transform: typeof jsonSchemaTransform = (document) => {
  const result = jsonSchemaTransform(document);
  const body = document.schema?.body;
  if (body instanceof z.ZodType && body.safeParse(undefined).success) {
    return { ...result, schema: { ...result.schema, [OPTIONAL_BODY]: true } };
  }
  return result;
};

const transformObject: typeof jsonSchemaTransformObject = (document) => {
  const result = jsonSchemaTransformObject(document) as { paths?: Record<string, Record<string, Record<string, unknown>>> };
  for (const operations of Object.values(result.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      if (operation[OPTIONAL_BODY] === undefined) continue;
      delete operation[OPTIONAL_BODY];
      if (operation.requestBody) (operation.requestBody as { required?: boolean }).required = false;
    }
  }
  return result as ReturnType<typeof jsonSchemaTransformObject>;
};

export default fp<{ version: string }>(
  async (app, { version }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Samverkan',
          version,
          description:
            'Collaboration networks between actors: who works with whom, and who does not. ' +
            'Without keys configured, reads and writes are open (to local users). With keys, writes need ' +
            '`Authorization: Bearer <key>` of a key with role write or admin, and with a read key configured reads of ' +
            '/api/* need a key too. Requests are rate-limited per key or address (429 with Retry-After); a Host the ' +
            'server does not answer to is refused with 421. Error answers list at most 100 details (then `detailsTotal`). ' +
            'Messages (of errors and import problems) are in Swedish when Accept-Language prefers sv, else English ' +
            '(Content-Language says which); codes and paths are the same in both.',
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
          { name: 'layout', description: 'where the explorer draws each actor and forum of a round' },
        ],
      },
      transform,
      transformObject,
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      // Swagger UI adds <style> elements as it renders; inline styles are allowed on /docs only
      // (plugins/security-headers.ts keeps everything else to the server's own stylesheets).
      transformStaticCSP: (header) => header.replace(/style-src [^;]*/, "$& 'unsafe-inline'"),
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
