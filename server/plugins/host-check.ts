// Refuses requests addressed to a name this server does not have, and writes sent by other
// sites' pages. Without these checks a page on attacker.example, whose name the attacker makes
// resolve to 127.0.0.1 (DNS rebinding), could read the graph and write to it through a visitor's
// browser, key or no key for reads; and any page could post a form to http://127.0.0.1:8080.
//
// A Host is accepted when it is an IP address (a browser only sends one when the user typed it:
// an address cannot be rebound), a loopback name (`localhost`, `*.localhost`, which browsers
// resolve to loopback themselves), or one of SAMVERKAN_ALLOWED_HOSTS. A write that carries an
// Origin must come from the API's own origin, a loopback origin (the dev server) or an allowed host.
import { isIP } from 'node:net';
import fp from 'fastify-plugin';
import { isReadMethod } from '../access.ts';
import { HostNotAllowedError, OriginNotAllowedError } from '../errors.ts';

/** The host name of a Host header value (`[::1]:8080` → `::1`), lowercase, without a final dot. */
export function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost');
}

function isLoopbackAddress(name: string): boolean {
  return (isIP(name) === 4 && name.startsWith('127.')) || name === '::1';
}

export default fp<{ allowedHosts: readonly string[] }>(
  async (app, { allowedHosts }) => {
    const allowed = new Set(allowedHosts.map(hostName));

    const hostAllowed = (name: string) => isIP(name) !== 0 || isLoopbackName(name) || allowed.has(name);

    const originAllowed = (origin: string, host: string | undefined): boolean => {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false; // `null` (a sandboxed or file: page) and anything unparsable
      }
      const name = hostName(url.host);
      return url.host === host?.toLowerCase() || isLoopbackName(name) || isLoopbackAddress(name) || allowed.has(name);
    };

    app.addHook('onRequest', async (request) => {
      const host = request.headers.host;
      // Browsers always send Host; a client without one is not a page being rebound.
      if (host !== undefined && !hostAllowed(hostName(host))) throw new HostNotAllowedError(hostName(host));
      const origin = request.headers.origin;
      if (origin !== undefined && !isReadMethod(request.method) && !originAllowed(origin, host)) {
        throw new OriginNotAllowedError(origin);
      }
    });
  },
  { name: 'host-check' },
);
