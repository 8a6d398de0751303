// Serves the explorer (client/dist, built by Vite) at /. Before the client is built, / answers
// with a small page that points at the API and its documentation.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Samverkan</title></head>
<body><main>
<h1>Samverkan</h1>
<p>Who works with whom against segregation, and who does not.</p>
<p>The explorer has not been built (<code>npm run build:client</code>). The API is up:
<a href="/docs">API documentation</a>, <a href="/api/graph">the graph</a>, <a href="/health">health</a>.</p>
</main></body></html>`;

export default fp<{ root?: string }>(
  async (app, { root = CLIENT_DIST }) => {
    if (existsSync(`${root}/index.html`)) {
      await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
      return;
    }
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html').send(PLACEHOLDER));
  },
  { name: 'client' },
);
