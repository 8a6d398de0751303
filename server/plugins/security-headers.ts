// What browsers are told about every answer (@fastify/helmet): a Content-Security-Policy that
// lets a page run only this server's own scripts, no MIME sniffing, no referrer, no framing.
// The policy is what the explorer and Swagger UI need and no more (test/e2e/security.test.ts
// loads both under it and checks that nothing is refused):
// - worker-src blob: ForceAtlas2's supervisor starts the layout worker from a blob: URL;
// - img-src data: blob: the inline SVG favicon and PNG export (a canvas read back as a blob);
// - no upgrade-insecure-requests: the API is served over plain http on loopback or a LAN.
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // Set by the TLS-terminating proxy in front, if any: this server speaks plain http.
      strictTransportSecurity: false,
    });
  },
  { name: 'security-headers' },
);
