// Capture: one request, sent exactly as specified, and every byte that comes back, framed as it arrives.
// The result is an Exchange; from here on everything is pure.
import { now } from '../transport/clock';
import type { Socket } from 'node:net';
import type { Exchange, ResponseMessage, TransportError } from '../exchange';
import { ResponseFramer } from '../http1/framer';
import { responseFromFramer } from '../http1/parse';
import { Recorder } from '../http1/recorder';
import { serializeRequest, type RequestSpec, type SerializedRequest } from '../http1/request';
import { fmt, openConnection, timer } from '../transport/connect';
import type { CaptureOptions } from './options';
import { TransportFailure, describeSocketError } from '../transport/errors';
import { headerNamed, headersNamed } from '../exchange';

export type { CaptureOptions } from './options';

/** More interim (1xx) responses than this is a server looping, not informing: reading stops. */
export const MAX_INTERIM = 1000;

export async function captureExchange(spec: RequestSpec, options: CaptureOptions): Promise<Exchange> {
  return (await captureOnConnection([spec], options))[0]!;
}

/** A request ready to send: its bytes and parsed head, and the spec it came from (needed only for HTTP/2). */
interface Outgoing {
  url: URL;
  request: SerializedRequest;
  spec?: RequestSpec;
}

/**
 * Sends request bytes already made (the proxy forwards what its client sent) and captures the answer.
 * `spec`: the request as specified, needed only to speak HTTP/2 (a forwarded request stays HTTP/1.1).
 */
export async function captureSerialized(url: URL, request: SerializedRequest, options: CaptureOptions, spec?: RequestSpec): Promise<Exchange> {
  return (await captureRequests([{ url, request, spec }], options))[0]!;
}

/**
 * Sends `specs` one after another on one connection (keep-alive), each an Exchange of its own. After every
 * response but the last, a short grace window (ended early by FIN) catches stray bytes — a 204 or HEAD answer
 * with a body — which stay at the start of the stream the next response is read from, exactly as a client on a
 * kept-alive connection would read them. Stops early, sending no more, when the server closes the connection
 * or says `Connection: close` (then `connection.closedAfter` is set).
 */
export async function captureOnConnection(specs: readonly RequestSpec[], options: CaptureOptions, graceMs = Math.min(options.extrasTimeout, 300)): Promise<Exchange[]> {
  return captureRequests(
    specs.map((spec) => ({ url: spec.url, request: serializeRequest(spec, options.version), spec })),
    options,
    graceMs,
  );
}

async function captureRequests(specs: readonly Outgoing[], options: CaptureOptions, graceMs = Math.min(options.extrasTimeout, 300)): Promise<Exchange[]> {
  const started = now();
  const first = blankExchange(specs[0]!);
  const scheme = first.target.scheme;
  const wanted = options.protocol ?? 'http/1.1';
  // h2 needs TLS (ALPN) and h2c plain TCP: each only applies to its own scheme; only a specified request has an h2 form.
  const h2Spec = specs.length === 1 ? specs[0]!.spec : undefined;
  const tryH2 = h2Spec !== undefined && ((wanted === 'h2' && scheme === 'https') || (wanted === 'h2c' && scheme === 'http'));
  let connection;
  try {
    connection = await openConnection(specs[0]!.url, {
      connectTimeout: Math.min(options.connectTimeout, options.maxTime),
      tlsTimeout: Math.min(options.tlsTimeout, options.maxTime),
      insecure: options.insecure,
      ca: options.ca,
      alpn: tryH2 && scheme === 'https' ? ['h2', 'http/1.1'] : undefined,
      signal: options.signal,
      lookup: options.lookup,
      createSocket: options.createSocket,
    });
  } catch (err) {
    first.error = errorOf(err);
    first.timings.total = now() - started;
    if (specs.length > 1) first.connection = { position: 1, closedAfter: true };
    return [first];
  }
  // HTTP/2 (--http2, h2c) for a single request; a series on one connection is an HTTP/1.1 question (keep-alive).
  if (tryH2 && (scheme === 'http' || connection.tls?.alpn === 'h2')) {
    first.target.remoteAddress = connection.remoteAddress;
    first.tls = connection.tls;
    Object.assign(first.timings, connection.timings);
    // The HTTP/2 engine (frame codec, HPACK tables) loads only when a connection speaks it.
    const { captureH2OverConnection } = await import('./h2');
    return [await captureH2OverConnection(connection.socket, first, h2Spec!, options, started, scheme === 'http' ? 'h2c' : 'h2')];
  }
  if (tryH2) first.protocolRequested = 'h2';
  const socket = connection.socket;
  // Between two exchanges no reader is attached: a reset then must not become an unhandled 'error'.
  socket.on('error', () => undefined);
  const exchanges: Exchange[] = [];
  let leftover: Buffer = Buffer.alloc(0);
  try {
    for (let i = 0; i < specs.length; i++) {
      const exchange = i === 0 ? first : blankExchange(specs[i]!);
      exchange.target.remoteAddress = connection.remoteAddress;
      exchange.tls = connection.tls;
      if (i === 0) Object.assign(exchange.timings, connection.timings);
      const keepOpen = i < specs.length - 1;
      const read = await readExchange(socket, specs[i]!, exchange, options, { started: i === 0 ? started : now(), leftover, keepOpen: keepOpen || specs.length > 1, graceMs });
      exchanges.push(exchange);
      if (specs.length > 1) exchange.connection = { position: i + 1, closedAfter: read.closed };
      if (!keepOpen || read.closed || exchange.error || !exchange.response?.complete) break;
      leftover = read.leftover;
    }
  } finally {
    socket.destroy();
  }
  return exchanges;
}

function blankExchange({ url, request }: Outgoing): Exchange {
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  return {
    protocol: 'http/1.1',
    url: url.href,
    target: { scheme, host: url.hostname, port: Number(url.port || (scheme === 'https' ? 443 : 80)) },
    request: request.message,
    sent: Buffer.alloc(0),
    received: Buffer.alloc(0),
    receivedTotal: 0,
    interim: [],
    anomalies: [],
    timings: { total: 0 },
  };
}

interface ReadPlan {
  started: number;
  /** Bytes already received after the previous response on this connection: the start of this one's stream. */
  leftover: Buffer;
  /** A kept-alive connection: after the response, wait `graceMs` for stray bytes, then stop (leaving it open). */
  keepOpen: boolean;
  graceMs: number;
}

/** Writes one request on an open socket and records its response into `exchange`. */
async function readExchange(socket: Socket, outgoing: Outgoing, exchange: Exchange, options: CaptureOptions, plan: ReadPlan): Promise<{ closed: boolean; leftover: Buffer }> {
  const { started } = plan;
  const { bytes, message } = outgoing.request;
  const url = outgoing.url;
  const recorder = new Recorder(options.maxHeaderBytes + options.maxBody + 64 * 1024);
  const framer = new ResponseFramer({ method: message.method, maxHeaderBytes: options.maxHeaderBytes });
  const askedToClose = /\bclose\b/i.test(headerNamed(message.headers, 'connection')?.value ?? '');

  let eof = false;
  const maxTotal = options.maxTotalBytes ?? Infinity;
  const error = await new Promise<TransportError | undefined>((resolve) => {
    let settled = false;
    let phaseTimer: NodeJS.Timeout | undefined;
    let idleTimer: NodeJS.Timeout | undefined;
    let extrasTimer: NodeJS.Timeout | undefined;
    const remaining = Math.max(0, options.maxTime - (now() - started));
    const totalTimer = timer(remaining, () => finish(new TransportFailure('TIMEOUT_TOTAL', `total timeout: the exchange took longer than ${fmt(options.maxTime)} (-m/--max-time)`)));
    const onAbort = () => finish(new TransportFailure('ABORTED', 'interrupted (Ctrl-C): the report shows what arrived until then'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();

    function finish(failure?: TransportFailure) {
      if (settled) return;
      settled = true;
      for (const t of [totalTimer, phaseTimer, idleTimer, extrasTimer]) clearTimeout(t);
      options.signal?.removeEventListener('abort', onAbort);
      socket.off('data', onData).off('end', onEnd).off('close', onEnd).off('error', onError);
      if (plan.keepOpen && !failure && !eof) socket.pause();
      else socket.destroy();
      resolve(failure ? { code: failure.code, message: failure.message } : undefined);
    }

    function received(data: Buffer) {
      if (settled) return;
      if (exchange.timings.ttfb === undefined) {
        exchange.timings.ttfb = now() - started;
        clearTimeout(phaseTimer);
      }
      // Past --max-total-size only the bytes up to the limit are looked at.
      const room = maxTotal - recorder.receivedTotal;
      const chunk = data.length <= room ? data : data.subarray(0, Math.max(0, room));
      recorder.received(chunk);
      framer.push(chunk);
      // The proxy relays what arrives; a slow client pauses reading from the upstream until it catches up.
      const drained = options.onReceived?.(chunk);
      if (drained) {
        socket.pause();
        void drained.then(() => {
          if (!settled) socket.resume();
        });
      }
      if (chunk.length < data.length) {
        finish(new TransportFailure('LIMIT', `size limit: read ${recorder.receivedTotal} bytes (--max-total-size); reading stopped`));
        return;
      }
      if (framer.unparsed && framer.anomalies.some((a) => a.id === 'header-section-too-large')) {
        finish(new TransportFailure('LIMIT', `size limit: the response head is larger than ${options.maxHeaderBytes} bytes (--max-header-size); reading stopped`));
        return;
      }
      if (framer.messages.length > MAX_INTERIM) {
        finish(new TransportFailure('LIMIT', `size limit: the server sent more than ${MAX_INTERIM} interim (1xx) responses; reading stopped`));
        return;
      }
      if (framer.finalComplete) {
        clearTimeout(idleTimer);
        if (exchange.timings.complete === undefined) exchange.timings.complete = now() - started;
        if (plan.keepOpen) {
          // Stray bytes after the response arrive within the grace window; the next request waits for them.
          extrasTimer ??= timer(plan.graceMs, () => finish());
          return;
        }
        extrasTimer ??= timer(options.extrasTimeout, () => {
          // The response is complete; the server just did not close. Only a finding if we asked it to.
          if (askedToClose) {
            exchange.anomalies.push({
              id: 'connection-close-ignored',
              detail: `the server kept the connection open ${fmt(options.extrasTimeout)} after a complete response, although the request said "Connection: close"`,
            });
          }
          finish();
        });
      } else if (idleTimer) {
        // refresh() re-arms without allocating: this runs once per received chunk.
        idleTimer.refresh();
      } else if (plan.keepOpen && framer.readsToClose) {
        // Read-to-close on a kept-alive connection (unframed, or not HTTP): a server that keeps it open would make
        // a client wait forever; record what arrived until it went quiet.
        idleTimer = timer(Math.min(options.idleTimeout, options.extrasTimeout), () => finish());
      } else {
        idleTimer = timer(options.idleTimeout, () =>
          finish(new TransportFailure('TIMEOUT_IDLE', `idle timeout: the server sent nothing for ${fmt(options.idleTimeout)} in the middle of the response (--idle-timeout)`)),
        );
      }
    }
    function onData(data: Buffer) {
      received(data);
    }
    function onEnd() {
      eof = true;
      finish();
    }
    function onError(err: Error) {
      // A reset after a complete response loses nothing; before it, it is worth saying.
      eof = true;
      if (framer.finalComplete) finish();
      else finish(describeSocketError(err, `${url.hostname}:${exchange.target.port}`));
    }
    socket.on('data', onData).on('end', onEnd).on('close', onEnd).on('error', onError);
    if (socket.destroyed) eof = true;

    if (settled) return;
    socket.write(bytes, () => {
      exchange.timings.requestSent = now() - started;
    });
    recorder.sent(bytes);
    phaseTimer = timer(options.firstByteTimeout, () =>
      finish(new TransportFailure('TIMEOUT_FIRST_BYTE', `first-byte timeout: the server sent no response within ${fmt(options.firstByteTimeout)} of the request (--first-byte-timeout)`)),
    );
    // Bytes left over from the previous response on this connection come first, as a client reads them.
    if (plan.leftover.length > 0) received(plan.leftover);
    if (!settled) socket.resume();
  });

  framer.end(eof && !error);
  const parsed = responseFromFramer(framer);
  exchange.sent = recorder.sentBuffer();
  exchange.received = recorder.receivedBuffer();
  exchange.receivedTotal = recorder.receivedTotal;
  exchange.interim = parsed.interim;
  exchange.response = parsed.response;
  exchange.extra = parsed.extra;
  exchange.anomalies.unshift(...parsed.anomalies);
  exchange.timings.total = now() - started;
  if (error) exchange.error = error;
  else if (!parsed.response && framer.total === 0) {
    exchange.error = { code: 'EMPTY', message: 'the server closed the connection without sending any response' };
  } else if (!parsed.response && !framer.unparsed) {
    exchange.error = { code: 'INCOMPLETE', message: 'the server closed the connection before a final response' };
  }
  const saysClose = parsed.response !== undefined && closesAfter(parsed.response);
  const leftover = framer.finalEnd === undefined ? Buffer.alloc(0) : exchange.received.subarray(framer.finalEnd);
  return { closed: eof || saysClose, leftover };
}

/** The response ends the connection: `Connection: close`, or HTTP/1.0 without `Connection: keep-alive` (RFC 9112 §9.3). */
function closesAfter(res: ResponseMessage): boolean {
  const tokens = headersNamed(res.headers, 'connection').flatMap((h) => h.value.toLowerCase().split(',').map((t) => t.trim()));
  if (tokens.includes('close')) return true;
  return res.httpVersion === '1.0' && !tokens.includes('keep-alive');
}

function errorOf(err: unknown): TransportError {
  if (err instanceof TransportFailure) return { code: err.code, message: err.message };
  return { code: 'NETWORK', message: err instanceof Error ? err.message : String(err) };
}
