// Opens the connection for one exchange: DNS, TCP, TLS, each phase timed and bounded.
// Parses nothing; hands back a connected socket and the facts of the connection.
import { now } from './clock';
import { isIP, Socket, connect as netConnect } from 'node:net';
import type { TLSSocket, PeerCertificate } from 'node:tls';
import type { TlsInfo } from '../exchange';
import { TransportFailure, describeSocketError } from './errors';

export interface ConnectOptions {
  /** Applies to DNS + TCP connect together, as curl's --connect-timeout. */
  connectTimeout: number;
  /** TLS handshake limit (ms). */
  tlsTimeout: number;
  insecure: boolean;
  ca?: Buffer;
  /** ALPN protocols offered in the TLS handshake (default: http/1.1 only). */
  alpn?: string[];
  signal?: AbortSignal;
  /** Test-only seam: resolves a host name (default node:dns lookup with all: true). */
  lookup?: (host: string) => Promise<string[]>;
  /** Test-only seam: starts a TCP connection (default net.connect). */
  createSocket?: (address: string, port: number) => Socket;
}

/** Longest delay setTimeout honors; a longer one would fire at once (Node clamps it to 1 ms). */
export const MAX_TIMER = 2 ** 31 - 1;

/** A timer that never overflows: limits beyond ~24.8 days are as good as none. */
export function timer(ms: number, fn: () => void): NodeJS.Timeout {
  return setTimeout(fn, Math.max(0, Math.min(ms, MAX_TIMER)));
}

function checkAborted(signal: AbortSignal | undefined, when: string): void {
  // A listener added to an already aborted signal never fires: check first.
  if (signal?.aborted) throw new TransportFailure('ABORTED', `interrupted ${when}`);
}

export interface Connection {
  socket: Socket;
  remoteAddress: string;
  tls?: TlsInfo;
  timings: { dns?: number; connect: number; tls?: number };
}

export async function openConnection(url: URL, options: ConnectOptions): Promise<Connection> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const started = now();
  const deadline = started + options.connectTimeout;

  checkAborted(options.signal, 'before connecting');
  let addresses: string[];
  let dns: number | undefined;
  if (isIP(host)) {
    addresses = [host];
  } else {
    addresses = await withTimeout(
      (options.lookup ?? systemLookup)(host),
      options.connectTimeout,
      () => new TransportFailure('TIMEOUT_DNS', `DNS timeout: resolving ${host} took longer than ${fmt(options.connectTimeout)} (--connect-timeout)`),
      options.signal,
    ).catch((err: unknown) => {
      if (err instanceof TransportFailure) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new TransportFailure('DNS', `could not resolve host ${host}${code ? ` (${code})` : ''}: check the URL's host name`);
    });
    if (addresses.length === 0) throw new TransportFailure('DNS', `could not resolve host ${host} (no addresses): check the URL's host name`);
    dns = now() - started;
  }

  const connectStart = now();
  let socket: Socket | undefined;
  let lastError: TransportFailure | undefined;
  for (const address of addresses) {
    const left = deadline - now();
    if (left <= 0) break;
    try {
      socket = await tcpConnect(address, port, left, options);
      break;
    } catch (err) {
      lastError = err as TransportFailure;
      if (lastError.code.startsWith('TIMEOUT') || lastError.code === 'ABORTED') throw lastError;
    }
  }
  if (!socket) {
    throw lastError ?? new TransportFailure('TIMEOUT_CONNECT', `connecting to ${host}:${port} took longer than ${fmt(options.connectTimeout)} (--connect-timeout)`);
  }
  const connect = now() - connectStart;
  const remoteAddress = socket.remoteAddress ?? addresses[0]!;

  if (url.protocol !== 'https:') return { socket, remoteAddress, timings: { dns, connect } };

  const tlsStart = now();
  checkAborted(options.signal, 'before the TLS handshake');
  const secure = await tlsHandshake(socket, isIP(host) ? undefined : host, options);
  const tls = tlsInfoOf(secure);
  const timings = { dns, connect, tls: now() - tlsStart };
  if (!tls.authorized && !options.insecure) {
    secure.destroy();
    throw new TransportFailure('TLS_CERT', `${certificateProblem(tls.authorizationError, host, tls)} (use -k/--insecure to inspect anyway, or --cacert to trust its CA)`);
  }
  return { socket: secure, remoteAddress, tls, timings };
}

async function systemLookup(host: string): Promise<string[]> {
  // Loaded on first use: plain inspection of an IP literal never pays for DNS or TLS modules.
  const { lookup } = process.getBuiltinModule('node:dns/promises');
  return (await lookup(host, { all: true })).map((a) => a.address);
}

function tcpConnect(address: string, port: number, timeout: number, options: ConnectOptions): Promise<Socket> {
  const signal = options.signal;
  return new Promise((resolve, reject) => {
    const socket = options.createSocket ? options.createSocket(address, port) : netConnect({ host: address, port });
    const deadline = timer(timeout, () => fail(new TransportFailure('TIMEOUT_CONNECT', `connect timeout: connecting to ${address}:${port} took longer than ${fmt(timeout)} (--connect-timeout)`)));
    const onAbort = () => fail(new TransportFailure('ABORTED', 'interrupted while connecting'));
    signal?.addEventListener('abort', onAbort, { once: true });
    function done() {
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      socket.removeAllListeners('error');
      socket.removeAllListeners('connect');
    }
    function fail(err: TransportFailure) {
      done();
      socket.destroy();
      reject(err);
    }
    socket.once('connect', () => {
      done();
      resolve(socket);
    });
    socket.once('error', (err) => fail(describeSocketError(err, `${address}:${port}`)));
  });
}

function tlsHandshake(socket: Socket, servername: string | undefined, options: ConnectOptions): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    // Certificate problems are reported, not thrown by Node: the handshake always completes so we can say why.
    const { connect: tlsConnect } = process.getBuiltinModule('node:tls');
    const secure = tlsConnect({ socket, servername, ALPNProtocols: options.alpn ?? ['http/1.1'], rejectUnauthorized: false, ca: options.ca });
    const deadline = timer(options.tlsTimeout, () => fail(new TransportFailure('TIMEOUT_TLS', `TLS handshake timeout: the handshake took longer than ${fmt(options.tlsTimeout)} (--tls-timeout)`)));
    const onAbort = () => fail(new TransportFailure('ABORTED', 'interrupted during the TLS handshake'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    function done() {
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', onAbort);
      secure.removeAllListeners('error');
      secure.removeAllListeners('secureConnect');
    }
    function fail(err: TransportFailure) {
      done();
      secure.destroy();
      reject(err);
    }
    secure.once('secureConnect', () => {
      done();
      resolve(secure);
    });
    secure.once('error', (err) => {
      const e = err as NodeJS.ErrnoException;
      const reason = e.code === 'ECONNRESET' ? 'the server closed the connection during the TLS handshake (is it really HTTPS?)' : e.message.split('\n')[0];
      fail(new TransportFailure('TLS', `TLS handshake failed: ${reason}`));
    });
  });
}

function tlsInfoOf(secure: TLSSocket): TlsInfo {
  const cert = secure.getPeerCertificate() as PeerCertificate | Record<string, never>;
  const hasCert = cert && typeof cert === 'object' && 'subject' in cert && cert.subject !== undefined;
  const error = secure.authorizationError as unknown;
  return {
    protocol: secure.getProtocol() ?? null,
    cipher: secure.getCipher()?.name ?? null,
    alpn: typeof secure.alpnProtocol === 'string' ? secure.alpnProtocol : null,
    authorized: secure.authorized,
    authorizationError: error ? String(error instanceof Error ? (error as NodeJS.ErrnoException).code ?? error.message : error) : null,
    certificate: hasCert
      ? {
          subject: nameOf((cert as PeerCertificate).subject),
          issuer: nameOf((cert as PeerCertificate).issuer),
          validFrom: (cert as PeerCertificate).valid_from,
          validTo: (cert as PeerCertificate).valid_to,
          subjectAltName: (cert as PeerCertificate).subjectaltname ?? null,
        }
      : null,
  };
}

function nameOf(name: object | undefined): string {
  if (!name) return '';
  return Object.entries(name as Record<string, string | string[] | undefined>)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}

function certificateProblem(code: string | null, host: string, tls: TlsInfo): string {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `the server's certificate expired on ${tls.certificate?.validTo ?? 'an earlier date'}`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return "the server's certificate is self-signed";
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `the server's certificate is not valid for ${host} (it names ${tls.certificate?.subjectAltName ?? tls.certificate?.subject ?? 'other hosts'})`;
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_GET_ISSUER_CERT':
      return `the server's certificate is signed by an unknown CA (${tls.certificate?.issuer ?? 'no issuer'})`;
    case 'CERT_NOT_YET_VALID':
      return `the server's certificate is not valid before ${tls.certificate?.validFrom ?? 'a later date'}`;
    default:
      return `the server's certificate could not be verified (${code ?? 'unknown reason'})`;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const deadline = timer(ms, () => reject(onTimeout()));
    const onAbort = () => reject(new TransportFailure('ABORTED', 'interrupted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export function fmt(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
