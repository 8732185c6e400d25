// CONNECT (HTTPS through a forward proxy): a blind byte tunnel. Nothing inside it is inspected; the report
// lists the host as not inspected.
import { connect, type Socket } from 'node:net';

export interface TunnelResult {
  host: string;
  port: number;
  /** Why no tunnel was opened, when it was not. */
  error?: string;
}

/** "host:port" or "[v6]:port" → host and port, or undefined. */
export function authorityOf(target: string): { host: string; port: number } | undefined {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^\s:/@]+):(\d{1,5})$/.exec(target);
  if (!m) return undefined;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1]!.replace(/^\[|\]$/g, ''), port } : undefined;
}

/** Opens the tunnel, relays both ways until either side ends; resolves once it is established or failed. */
export function openTunnel(client: Socket, target: string, early: Buffer, connectTimeout: number, plain502: (reason: string) => Buffer): Promise<TunnelResult> {
  const authority = authorityOf(target);
  if (!authority) {
    client.end(plain502(`CONNECT needs host:port, not "${target}"`));
    return Promise.resolve({ host: target, port: 0, error: 'not host:port' });
  }
  return new Promise((resolve) => {
    const upstream = connect({ host: authority.host, port: authority.port });
    const timer = setTimeout(() => upstream.destroy(new Error(`no connection within ${connectTimeout} ms`)), connectTimeout);
    let open = false;
    upstream.once('connect', () => {
      clearTimeout(timer);
      open = true;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (early.length > 0) upstream.write(early);
      client.pipe(upstream);
      upstream.pipe(client);
      resolve(authority);
    });
    upstream.on('error', (err) => {
      clearTimeout(timer);
      if (open) {
        client.destroy();
        return;
      }
      const reason = `cannot open a tunnel to ${target}: ${(err as NodeJS.ErrnoException).code ?? err.message}`;
      client.end(plain502(reason));
      resolve({ ...authority, error: reason });
    });
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
}
