// A one-shot loopback server that answers with captured response bytes, so a real client can react to
// exactly what the inspected server sent. The user's server never sees these requests.
import { createServer, type Socket } from 'node:net';
import type { ConnectionEnd } from './replayPlan';

export interface ReplayServer {
  url: string;
  /** With `second`: where the client sent its second request (undefined: it did not). */
  secondRequest?(): 'same-connection' | 'new-connection' | undefined;
  /** Stops listening and ends every connection; safe to call twice. */
  close(): Promise<void>;
}

export interface ReplayServerOptions {
  bytes: Buffer;
  end: ConnectionEnd;
  /** How long a 'hold' keeps the connection open after the bytes (the real server held it longer). */
  holdMs: number;
  /** Longest wait for the client's request before answering anyway. */
  requestWaitMs?: number;
  /**
   * Keep-alive replay: after `bytes` the connection stays open, and the next request — on it, or on a new
   * connection — is answered with these bytes (a clean response), then the connection ends.
   */
  second?: Buffer;
  /**
   * With `second`: write `bytes` up to here first and the rest (stray bytes after the response) a moment later,
   * as a server that writes a body after a bodyless response's head does; a client has then taken the response
   * as complete.
   */
  splitAt?: number;
}

// A client that retries would get the same bytes again, as from the real server; more is a runaway.
const MAX_CONNECTIONS = 4;
/** How long after the response the keep-alive replay writes the stray bytes that followed it. */
const STRAY_DELAY_MS = 50;

export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let connections = 0;
  let secondOn: 'same-connection' | 'new-connection' | undefined;
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    if (++connections > MAX_CONNECTIONS) return void socket.destroy();
    const second = options.second;
    // Keep-alive replay: a connection after the first one carries the second request.
    if (second && connections > 1) {
      let pending = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        if (secondOn === undefined && requestComplete(pending)) {
          secondOn = 'new-connection';
          socket.end(second);
        }
      });
      return;
    }
    let received = Buffer.alloc(0);
    let answered = false;
    let strayWritten = false;
    // The stray bytes were sent before the server read the next request: they always precede the second response.
    const writeStray = () => {
      if (strayWritten || socket.destroyed || options.splitAt === undefined) return;
      strayWritten = true;
      socket.write(options.bytes.subarray(options.splitAt));
    };
    const answer = () => {
      if (answered || socket.destroyed) return;
      answered = true;
      if (second && options.splitAt !== undefined) {
        socket.write(options.bytes.subarray(0, options.splitAt));
        later(STRAY_DELAY_MS, writeStray);
        return;
      }
      socket.write(options.bytes, () => (second ? undefined : finish(socket)));
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!answered && requestComplete(received)) {
        received = received.subarray(requestLength(received));
        answer();
      } else if (second && answered && secondOn === undefined && requestComplete(received)) {
        secondOn = 'same-connection';
        writeStray();
        socket.end(second);
      }
    });
    // Like a real server, answer after the request; a client that sends less still gets the bytes.
    later(options.requestWaitMs ?? 1000, answer);
  });

  function finish(socket: Socket) {
    // A reset right in the write callback can overtake the bytes; a moment later it arrives after them.
    if (options.end === 'reset') later(10, () => socket.resetAndDestroy());
    else if (options.end === 'hold') later(options.holdMs, () => socket.end());
    else socket.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    secondRequest: () => secondOn,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })),
  };
}

/** Bytes of the first whole request in `bytes` (call when `requestComplete`). */
export function requestLength(bytes: Buffer): number {
  const headEnd = bytes.indexOf('\r\n\r\n');
  const head = bytes.toString('latin1', 0, headEnd);
  if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) return bytes.indexOf('0\r\n\r\n', headEnd + 4) + 5;
  return headEnd + 4 + Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
}

/** Whether `bytes` hold a whole request: the head, and its Content-Length or chunked body. */
export function requestComplete(bytes: Buffer): boolean {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return false;
  const head = bytes.toString('latin1', 0, headEnd);
  const body = bytes.length - headEnd - 4;
  if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) return bytes.indexOf('0\r\n\r\n', headEnd + 4) >= 0;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  return body >= (length ? Number(length[1]) : 0);
}
