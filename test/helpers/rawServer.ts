// A raw TCP server on 127.0.0.1 that answers each connection with exact bytes, for end-to-end tests.
import { createServer, type Server, type Socket } from 'node:net';

export interface RawServer {
  url: string;
  port: number;
  /** Every request received, as raw latin1 text (head and body). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * `respond` gets the socket once a full request head (and Content-Length body) has arrived.
 * It writes whatever it likes; the server never closes on its own, so respond must end or destroy the socket.
 */
export async function rawServer(respond: (socket: Socket, request: string) => unknown): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = '';
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      buffered += chunk.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(buffered.slice(0, end))?.[1] ?? 0);
      if (buffered.length < end + 4 + length) return;
      answered = true;
      requests.push(buffered);
      void respond(socket, buffered);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server that sends `bytes` (latin1) and closes, to every request. */
export function bytesServer(bytes: string | Buffer): Promise<RawServer> {
  return rawServer((socket) => {
    socket.end(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  });
}
