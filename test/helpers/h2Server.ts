// A raw HTTP/2 (h2c prior knowledge) server on 127.0.0.1 that answers stream 1 with exact frames.
import { createServer, type Server, type Socket } from 'node:net';
import { serveH2, type H2Request } from '../../src/lab/h2/serverConnection';

export interface H2TestServer {
  url: string;
  requests: H2Request[];
  /** Bytes the client sent after the request (its GOAWAY), per connection. */
  close(): Promise<void>;
}

/** `respond` writes frames (an array is written in order) and decides whether to end the socket. */
export async function h2Server(respond: (socket: Socket, request: H2Request) => unknown, options: { greet?: Buffer } = {}): Promise<H2TestServer> {
  const sockets = new Set<Socket>();
  const requests: H2Request[] = [];
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (options.greet) socket.write(options.greet);
    serveH2(socket, Buffer.alloc(0), (request) => {
      requests.push(request);
      void respond(socket, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Writes the frames and ends the socket once the client half-closes (or at once with `end: true`). */
export function framesServer(frames: Buffer[] | ((request: H2Request) => Buffer[]), options: { end?: boolean } = {}): Promise<H2TestServer> {
  return h2Server((socket, request) => {
    socket.write(Buffer.concat(typeof frames === 'function' ? frames(request) : frames));
    if (options.end) socket.end();
    else socket.on('end', () => socket.end());
  });
}
