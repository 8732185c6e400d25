// The built-in lab: a raw TCP server on loopback that plays scenarios byte for byte (so it can misbehave in
// ways no HTTP library would let it). One request per connection; the lab closes after responding.
import { TCHAR } from '../http/token';
import { createServer, type Server, type Socket } from 'node:net';
import { allScenarios } from './scenarios/index';
import { response, type LabRequest, type Step } from './scenario';
import { statusEndpoint } from './statusEndpoint';
import { corsEndpoint } from './corsEndpoint';
import { h2cServer, tlsServer } from './h2/server';

const MAX_HEAD = 64 * 1024;
const MAX_BODY = 1024 * 1024;

export interface Lab {
  port: number;
  host: string;
  url: string;
  /** HTTP/2 with prior knowledge (h2c); HTTP/1.1 too when a connection does not open with the preface. */
  h2cUrl: string;
  /** With `tls`: HTTPS with ALPN h2 and http/1.1, using the lab-only test certificate. */
  tlsUrl?: string;
  close(): Promise<void>;
}

export interface LabOptions {
  port: number;
  host: string;
  /** Port of the h2c listener (default: a free one). */
  h2cPort?: number;
  tls?: boolean;
  /** Port of the TLS listener (default: a free one). */
  tlsPort?: number;
}

const REQUEST_LINE = new RegExp(`^([${TCHAR}]+) (\\S+) HTTP/1\\.[01]$`);

export function parseLabRequest(head: string, body: Buffer): LabRequest | undefined {
  const [requestLine, ...lines] = head.split('\r\n');
  const m = REQUEST_LINE.exec(requestLine ?? '');
  if (!m) return undefined;
  const target = m[2]!;
  const url = new URL(target, 'http://lab.invalid');
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return { method: m[1]!, target, path: url.pathname, query: url.searchParams, headers, body };
}

/** Whether the connection stays open for another request after answering `req` (keep-alive scenarios only). */
export function keepsAlive(req: LabRequest): boolean {
  const scenario = /^\/scenario\/([^/]+)$/.exec(req.path);
  const found = scenario ? allScenarios.find((s) => s.name === decodeURIComponent(scenario[1]!)) : undefined;
  const connection = req.headers.find(([n]) => n.toLowerCase() === 'connection')?.[1] ?? '';
  return found?.keepAlive === true && !/\bclose\b/i.test(connection);
}

export function route(req: LabRequest): Step[] {
  const scenario = /^\/scenario\/([^/]+)$/.exec(req.path);
  if (scenario) {
    const found = allScenarios.find((s) => s.name === decodeURIComponent(scenario[1]!));
    if (found) return found.respond(req);
  }
  const status = /^\/status\/(\d{3})$/.exec(req.path);
  if (status && Number(status[1]) >= 100 && Number(status[1]) <= 599) return statusEndpoint(req, Number(status[1]));
  if (req.path === '/cors') return corsEndpoint(req);
  if (req.path === '/') {
    const body = [
      'httpinspect lab: deliberately misbehaving HTTP endpoints.',
      '',
      '/status/<code>?body=&ct=&cl=&te=&header=&delay=&force-body=1&baseline=0&reason=',
      '/cors?pstatus=&pacao=&pacam=&pacah=&pacac=&pmaxage=&pvary=&pbody=&status=&acao=&acac=&aceh=&vary=&location=&body=',
      '',
      ...allScenarios.map((s) => `/scenario/${s.name}  ${s.description}`),
      '',
    ].join('\n');
    return [response(200, [['Content-Type', 'text/plain; charset=utf-8']], body)];
  }
  const body = `no such lab endpoint: ${req.path}\n`;
  return [response(404, [['Content-Type', 'text/plain; charset=utf-8']], body)];
}

async function play(socket: Socket, steps: Step[], keepOpen = false): Promise<void> {
  for (const step of steps) {
    if (socket.destroyed) return;
    if (typeof step === 'string') socket.write(Buffer.from(step, 'latin1'));
    else if (Buffer.isBuffer(step)) socket.write(step);
    else if ('wait' in step) await new Promise((r) => setTimeout(r, Math.min(step.wait, 10_000)));
    else if ('hold' in step) {
      await new Promise((r) => setTimeout(r, Math.min(step.hold, 10_000)));
    }
  }
  if (!keepOpen) socket.end();
}

function handle(socket: Socket, already: Buffer = Buffer.alloc(0)): void {
  let buffered = Buffer.alloc(0);
  let busy = false;
  let done = false;
  socket.setTimeout(15_000, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  // One request at a time; a keep-alive scenario reads the next one after answering.
  const next = () => {
    if (done || busy) return;
    const end = buffered.indexOf('\r\n\r\n');
    if (end < 0) {
      if (buffered.length > MAX_HEAD) socket.destroy();
      return;
    }
    const head = buffered.toString('latin1', 0, end);
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (length > MAX_BODY) return void socket.destroy();
    if (buffered.length < end + 4 + length) return;
    const req = parseLabRequest(head, buffered.subarray(end + 4, end + 4 + length));
    buffered = buffered.subarray(end + 4 + length);
    const keepOpen = req !== undefined && keepsAlive(req);
    done = !keepOpen;
    busy = true;
    const steps = req ? route(req) : [response(400, [['Content-Type', 'text/plain; charset=utf-8']], 'bad request line\n')];
    play(socket, steps, keepOpen).then(
      () => {
        busy = false;
        next();
      },
      () => socket.destroy(),
    );
  };
  const onData = (chunk: Buffer) => {
    if (done) return;
    buffered = Buffer.concat([buffered, chunk]);
    next();
  };
  socket.on('data', onData);
  if (already.length > 0) onData(already);
}

function listen(server: Server, port: number, host: string, sockets: Set<Socket>): Promise<number> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export async function startLab(options: LabOptions): Promise<Lab> {
  const sockets = new Set<Socket>();
  const servers: Server[] = [createServer((socket) => handle(socket)), h2cServer(handle)];
  if (options.tls) servers.push(tlsServer(handle));
  const ports: number[] = [];
  try {
    ports.push(await listen(servers[0]!, options.port, options.host, sockets));
    ports.push(await listen(servers[1]!, options.h2cPort ?? 0, options.host, sockets));
    if (options.tls) ports.push(await listen(servers[2]!, options.tlsPort ?? 0, options.host, sockets));
  } catch (err) {
    for (const server of servers) server.close();
    throw err;
  }
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port: ports[0]!,
    host: options.host,
    url: `http://${host}:${ports[0]}`,
    h2cUrl: `http://${host}:${ports[1]}`,
    ...(options.tls ? { tlsUrl: `https://${host}:${ports[2]}` } : {}),
    close: async () => {
      // Held connections would keep close() waiting; the lab owns them, so end them now.
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise<void>((done) => (server.listening ? server.close(() => done()) : done()))));
    },
  };
}
