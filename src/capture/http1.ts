// Capture: one request, sent exactly as specified, and every byte that comes back, framed as it arrives.
// The result is an Exchange; from here on everything is pure.
import { now } from '../transport/clock';
import type { Exchange, TransportError } from '../exchange';
import { ResponseFramer } from '../http1/framer';
import { responseFromFramer } from '../http1/parse';
import { Recorder } from '../http1/recorder';
import { serializeRequest, type RequestSpec } from '../http1/request';
import { fmt, openConnection, timer } from '../transport/connect';
import type { CaptureOptions } from './options';
import { TransportFailure, describeSocketError } from '../transport/errors';
import { headerNamed } from '../exchange';

export type { CaptureOptions } from './options';

/** More interim (1xx) responses than this is a server looping, not informing: reading stops. */
export const MAX_INTERIM = 1000;

export async function captureExchange(spec: RequestSpec, options: CaptureOptions): Promise<Exchange> {
  const started = now();
  const { bytes, message } = serializeRequest(spec, options.version);
  const url = spec.url;
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const wanted = options.protocol ?? 'http/1.1';
  // h2 needs TLS (ALPN) and h2c plain TCP: each only applies to its own scheme.
  const tryH2 = (wanted === 'h2' && scheme === 'https') || (wanted === 'h2c' && scheme === 'http');
  const exchange: Exchange = {
    protocol: 'http/1.1',
    url: url.href,
    target: { scheme, host: url.hostname, port: Number(url.port || (scheme === 'https' ? 443 : 80)) },
    request: message,
    sent: Buffer.alloc(0),
    received: Buffer.alloc(0),
    receivedTotal: 0,
    interim: [],
    anomalies: [],
    timings: { total: 0 },
  };

  let connection;
  try {
    connection = await openConnection(url, {
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
    exchange.error = errorOf(err);
    exchange.timings.total = now() - started;
    return exchange;
  }
  exchange.target.remoteAddress = connection.remoteAddress;
  exchange.tls = connection.tls;
  Object.assign(exchange.timings, connection.timings);
  if (tryH2 && (scheme === 'http' || connection.tls?.alpn === 'h2')) {
    // The HTTP/2 engine (frame codec, HPACK tables) loads only when a connection speaks it.
    const { captureH2OverConnection } = await import('./h2');
    return captureH2OverConnection(connection.socket, exchange, spec, options, started, scheme === 'http' ? 'h2c' : 'h2');
  }
  if (tryH2) exchange.protocolRequested = 'h2';

  const recorder = new Recorder(options.maxHeaderBytes + options.maxBody + 64 * 1024);
  const framer = new ResponseFramer({ method: spec.method, maxHeaderBytes: options.maxHeaderBytes });
  const askedToClose = /\bclose\b/i.test(headerNamed(message.headers, 'connection')?.value ?? '');
  const socket = connection.socket;

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
      socket.removeAllListeners('data');
      socket.destroy();
      resolve(failure ? { code: failure.code, message: failure.message } : undefined);
    }

    socket.on('data', (data: Buffer) => {
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
      } else {
        idleTimer = timer(options.idleTimeout, () =>
          finish(new TransportFailure('TIMEOUT_IDLE', `idle timeout: the server sent nothing for ${fmt(options.idleTimeout)} in the middle of the response (--idle-timeout)`)),
        );
      }
    });
    socket.on('end', () => {
      eof = true;
      finish();
    });
    socket.on('close', () => {
      eof = true;
      finish();
    });
    socket.on('error', (err) => {
      // A reset after a complete response loses nothing; before it, it is worth saying.
      if (framer.finalComplete) finish();
      else finish(describeSocketError(err, `${url.hostname}:${exchange.target.port}`));
    });

    if (settled) return;
    socket.write(bytes, () => {
      exchange.timings.requestSent = now() - started;
    });
    recorder.sent(bytes);
    phaseTimer = timer(options.firstByteTimeout, () =>
      finish(new TransportFailure('TIMEOUT_FIRST_BYTE', `first-byte timeout: the server sent no response within ${fmt(options.firstByteTimeout)} of the request (--first-byte-timeout)`)),
    );
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
  return exchange;
}

function errorOf(err: unknown): TransportError {
  if (err instanceof TransportFailure) return { code: err.code, message: err.message };
  return { code: 'NETWORK', message: err instanceof Error ? err.message : String(err) };
}
