// The HTTP/2 replay: a one-shot TLS server on 127.0.0.1 (ALPN h2, the lab's test certificate) that reads a
// client's preface and request on stream 1, then writes the captured server bytes (frames exactly as
// received, decrypted) — so a real HTTP/2 client reacts to exactly what the inspected server sent.
import type { Socket } from 'node:net';
import { serveH2 } from '../lab/h2/serverConnection';
import { LAB_CERTIFICATE, LAB_PRIVATE_KEY } from '../lab/h2/testCertificate';
import type { ReplayServer } from './replayServer';
import type { ConnectionEnd } from './replayPlan';

const MAX_CONNECTIONS = 4;

export async function startH2ReplayServer(options: { bytes: Buffer; end: ConnectionEnd; holdMs: number }): Promise<ReplayServer> {
  const { createServer } = process.getBuiltinModule('node:tls');
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let connections = 0;
  const server = createServer({ key: LAB_PRIVATE_KEY, cert: LAB_CERTIFICATE, ALPNProtocols: ['h2'] }, (socket) => {
    socket.on('error', () => socket.destroy());
    if (++connections > MAX_CONNECTIONS) return void socket.destroy();
    serveH2(socket, Buffer.alloc(0), () => {
      socket.write(options.bytes, () => {
        if (options.end === 'reset') socket.destroy();
        else if (options.end === 'hold') {
          const timer = setTimeout(() => socket.end(), options.holdMs);
          timers.add(timer);
        } else {
          // Like the real server: it closed once the client had read the response (after its GOAWAY).
          socket.on('end', () => socket.end());
          const timer = setTimeout(() => socket.end(), options.holdMs);
          timers.add(timer);
        }
      });
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  let closing: Promise<void> | undefined;
  return {
    url: `https://127.0.0.1:${port}/`,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })),
  };
}
