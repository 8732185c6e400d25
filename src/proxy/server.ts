// The linting proxy's listener: one request per client connection, forwarded on the capture engine as it
// arrives, the upstream's bytes relayed to the client exactly as received (never repaired), then the client
// connection is closed. Every captured exchange is handed to `onExchange`; judging happens there.
import { createServer, type Server, type Socket } from 'node:net';
import type { Exchange } from '../exchange';
import { captureSerialized, type CaptureOptions } from '../capture/http1';
import { readClientRequest } from './clientRequest';
import { forwardingOf } from './forwardedRequest';
import { openTunnel, type TunnelResult } from './tunnel';
import { visible } from '../text/escape';

export interface ProxyOptions {
  /** Reverse proxy to this origin; absent: a forward proxy (absolute-form requests and CONNECT). */
  upstream?: URL;
  host: string;
  port: number;
  capture: CaptureOptions;
  /** Largest request accepted from a client (head and body). */
  maxRequestBytes: number;
  onExchange(exchange: Exchange): void;
  onTunnel(tunnel: TunnelResult): void;
  /** A client request the proxy refused (malformed, too large), for stderr. */
  onRefused(reason: string): void;
}

export interface RunningProxy {
  url: string;
  /** Stops accepting, waits for the exchanges in flight (each bounded by the timeouts), closes tunnels. */
  close(): Promise<void>;
}

/** A short plain-text answer from the proxy itself (never used for what the upstream sent). */
export function plainResponse(status: number, reason: string): Buffer {
  const phrase = status === 502 ? 'Bad Gateway' : status === 413 ? 'Content Too Large' : 'Bad Request';
  // What the client sent is quoted with its control characters made visible.
  const body = `httpinspect proxy: ${visible(reason)}\n`;
  return Buffer.from(
    `HTTP/1.1 ${status} ${phrase}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    'utf8',
  );
}

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const inFlight = new Set<Promise<void>>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const work = serve(client, options, self).catch((err: unknown) => {
      options.onRefused(`internal error: ${err instanceof Error ? err.message : String(err)}`);
      client.destroy();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  server.maxConnections = 1024;
  // Filled in once listening: a request addressed to the proxy itself would loop forever.
  const self = { port: 0 };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: options.host, backlog: 511 }, () => resolve());
  });
  const address = server.address() as { address: string; port: number };
  self.port = address.port;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle clients that never sent a request do not hold the report back.
        for (const s of sockets) if (s.bytesRead === 0) s.destroy();
      });
      await Promise.all(inFlight);
      for (const s of sockets) s.destroy();
    },
  };
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

async function serve(client: Socket, options: ProxyOptions, self: { port: number }): Promise<void> {
  const read = await readClientRequest(client, {
    maxHeaderBytes: options.capture.maxHeaderBytes,
    maxRequestBytes: options.maxRequestBytes,
    idleTimeout: options.capture.idleTimeout,
  });
  if (read.kind === 'closed') {
    client.destroy();
    return;
  }
  if (read.kind === 'bad') {
    options.onRefused(read.reason);
    client.end(plainResponse(read.status, read.reason));
    return;
  }
  const request = read.request;
  if (request.method === 'CONNECT') {
    if (options.upstream) {
      client.end(plainResponse(400, 'CONNECT is for forward proxies; this one forwards to --upstream'));
      return;
    }
    options.onTunnel(await openTunnel(client, request.target, read.rest, options.capture.connectTimeout, (reason) => plainResponse(502, reason)));
    return;
  }
  const forwarding = forwardingOf(request, options.upstream);
  if (forwarding.kind === 'refuse') {
    options.onRefused(forwarding.reason);
    client.end(plainResponse(forwarding.status, forwarding.reason));
    return;
  }
  const url = forwarding.url;
  if (Number(url.port || (url.protocol === 'https:' ? 443 : 80)) === self.port && (LOOPBACK.test(url.hostname) || url.hostname === options.host)) {
    const reason = `${url.host} is this proxy itself: forwarding there would loop`;
    options.onRefused(reason);
    client.end(plainResponse(400, reason));
    return;
  }
  let relayed = 0;
  const exchange = await captureSerialized(forwarding.url, forwarding.request, {
    ...options.capture,
    onReceived: (chunk) => {
      relayed += chunk.length;
      if (client.destroyed || client.write(chunk)) return undefined;
      // The client reads slower than the upstream sends: stop reading until it catches up (or goes away).
      return new Promise<void>((resolve) => {
        const done = () => {
          client.removeListener('drain', done);
          client.removeListener('close', done);
          resolve();
        };
        client.once('drain', done);
        client.once('close', done);
      });
    },
  });
  // Nothing came back: the client gets a 502 naming the cause. Something came: it ends where the upstream stopped.
  if (relayed === 0 && exchange.error) client.end(plainResponse(502, exchange.error.message));
  else client.end();
  options.onExchange(exchange);
}
