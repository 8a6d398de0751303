// A TCP relay to a real server that a test can cut and restore on the same port: how the tests
// take a store "down" without stopping the one Neo4j server the whole run shares.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpRelay {
  port(): number;
  /** Start relaying, on `port` when given (to come back where clients expect it). */
  up(port?: number): Promise<void>;
  /** Stop listening and cut every open connection. */
  down(): Promise<void>;
}

export function tcpRelay(target: { hostname: string; port: string | number }): TcpRelay {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  let port = 0;
  return {
    port: () => port,
    up: (at = 0) =>
      new Promise((resolve, reject) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port), target.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('error', () => undefined);
            s.on('close', () => {
              sockets.delete(s);
              client.destroy();
              upstream.destroy();
            });
          }
          client.pipe(upstream).pipe(client);
        });
        server.once('error', reject);
        server.listen(at, '127.0.0.1', () => {
          port = (server!.address() as { port: number }).port;
          resolve();
        });
      }),
    down: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        if (server?.listening) server.close(() => resolve());
        else resolve();
      }),
  };
}

/** host and port of a bolt:// or neo4j:// URI. */
export function boltAddress(uri: string): { hostname: string; port: string } {
  const url = new URL(uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
  return { hostname: url.hostname, port: url.port || '7687' };
}
