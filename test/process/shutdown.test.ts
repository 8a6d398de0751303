// Shutting down on SIGTERM, in a real child process (`node --import tsx server/main.ts`) on a
// temporary SQLite file: a request in flight when the signal arrives is finished, a request that
// arrives on an open connection afterwards is answered 503 with `Connection: close`, no new
// connection is accepted, and the process exits 0.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

const started: ServerProcess[] = [];
afterEach(() => {
  for (const server of started.splice(0)) server.dispose();
});

async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await spawnServer(env);
  started.push(server);
  await server.logged(/Server listening/);
  return server;
}

/** An empty service has no round for the short routes to write to: make a mapping and its first round. */
async function createRound(server: ServerProcess): Promise<void> {
  const post = (path: string, body: object) =>
    fetch(`http://127.0.0.1:${server.port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  expect((await post('/api/mappings', { id: 'prov', name: 'Prov', place: 'Trollhättan', topic: 'avstängning' })).status).toBe(201);
  expect((await post('/api/mappings/prov/rounds', { id: '2026', label: '2026', observedOn: '2026' })).status).toBe(201);
}

/** Sends the headers and the first bytes of a POST, and waits until the server has begun on it. */
async function startSlowPost(server: ServerProcess, body: Buffer): Promise<Socket> {
  const socket = connect(server.port, '127.0.0.1');
  socket.write(
    `POST /api/actors HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  socket.write(body.subarray(0, 10));
  await server.logged(/"url":"\/api\/actors".*incoming request/);
  return socket;
}

/** Everything the server sends on this socket until it closes it. */
function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
}

describe('SIGTERM', () => {
  it('finishes the request in flight, answers the next one on that connection 503, refuses new connections and exits 0', async () => {
    const server = await startServer();
    await createRound(server);
    const body = JSON.stringify({ id: 'sent-slowly', name: 'Skickad långsamt', sector: 'civil_society' });
    const bytes = Buffer.from(body);
    const socket = await startSlowPost(server, bytes);
    const answers = readAll(socket);

    server.child.kill('SIGTERM');
    await server.logged(/SIGTERM/);
    // The rest of the body, and a second request pipelined behind it on the same connection.
    socket.write(bytes.subarray(10));
    socket.write(`GET /api/actors HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);

    const text = await answers;
    const responses = text.split(/(?=HTTP\/1\.1 )/);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 201/);
    expect(responses[0]).toContain('"id":"sent-slowly"');
    expect(responses[1]).toMatch(/^HTTP\/1\.1 503/);
    expect(responses[1]).toMatch(/connection: close/i);
    expect(responses[1]).toContain('"error":"shutting_down"');

    const refused = await new Promise<string>((resolve) => {
      const late = connect(server.port, '127.0.0.1');
      late.on('connect', () => resolve('connected'));
      late.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(await server.exited).toBe(0);
  });

  it('cuts what is still running at the deadline and exits 1, saying so', async () => {
    const server = await startServer({ SAMVERKAN_SHUTDOWN_MS: '1500' });
    const socket = await startSlowPost(server, Buffer.from(JSON.stringify({ name: 'Aldrig klar', sector: 'state' })));
    const answer = readAll(socket);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/still running after 1500 ms \(SAMVERKAN_SHUTDOWN_MS\); cutting them/);
    expect(await answer).toBe('');
  });
});
