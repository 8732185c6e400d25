// Capture over HTTP/2: drives one H2ClientSession over a connected socket (TLS with ALPN h2, or h2c),
// with the same timeouts and limits as HTTP/1.1. After the response stream ends it sends GOAWAY(NO_ERROR)
// and half-closes, then reads to EOF within the extras timeout, so late frames are still caught.
import type { Socket } from 'node:net';
import type { CaptureOptions } from './options';
import type { Exchange, TransportError } from '../exchange';
import { Recorder } from '../http1/recorder';
import type { RequestSpec } from '../http1/request';
import { h2RequestOf } from '../http2/request';
import { DEFAULT_SESSION_OPTIONS, H2ClientSession } from '../http2/session';
import { responseOfSession } from '../http2/toExchange';
import { now } from '../transport/clock';
import { fmt, timer } from '../transport/connect';
import { TransportFailure, describeSocketError } from '../transport/errors';

export async function captureH2OverConnection(
  socket: Socket,
  exchange: Exchange,
  spec: RequestSpec,
  options: CaptureOptions,
  started: number,
  protocol: 'h2' | 'h2c',
): Promise<Exchange> {
  const request = h2RequestOf(spec, options.version);
  exchange.protocol = protocol;
  exchange.request = request.message;
  exchange.unavailable = ['http1-syntax'];
  const session = new H2ClientSession({ ...DEFAULT_SESSION_OPTIONS, maxHeaderBytes: options.maxHeaderBytes, clock: () => now() - started });
  session.info.droppedRequestFields = request.dropped;
  const recorder = new Recorder(options.maxHeaderBytes + options.maxBody + 64 * 1024);
  const maxTotal = options.maxTotalBytes ?? Infinity;
  // Small control frames (WINDOW_UPDATE, ACKs) must not wait for Nagle: the server's sending waits on them.
  socket.setNoDelay(true);

  const error = await new Promise<TransportError | undefined>((resolve) => {
    let settled = false;
    let phaseTimer: NodeJS.Timeout | undefined;
    let idleTimer: NodeJS.Timeout | undefined;
    let extrasTimer: NodeJS.Timeout | undefined;
    let closing = false;
    const totalTimer = timer(Math.max(0, options.maxTime - (now() - started)), () =>
      finish(new TransportFailure('TIMEOUT_TOTAL', `total timeout: the exchange took longer than ${fmt(options.maxTime)} (-m/--max-time)`)),
    );
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
    function send(bytes: Buffer) {
      if (settled || bytes.length === 0 || socket.destroyed || !socket.writable) return;
      recorder.sent(bytes);
      socket.write(bytes);
    }
    /** The response is over (or reading must stop): GOAWAY, half-close, and wait for EOF a little. */
    function close() {
      if (closing) return;
      closing = true;
      clearTimeout(idleTimer);
      clearTimeout(phaseTimer);
      send(session.goaway());
      socket.end();
      if (exchange.timings.complete === undefined && session.complete) exchange.timings.complete = now() - started;
      extrasTimer = timer(options.extrasTimeout, () => finish());
    }

    socket.on('data', (data: Buffer) => {
      if (settled) return;
      if (exchange.timings.ttfb === undefined) {
        exchange.timings.ttfb = now() - started;
        clearTimeout(phaseTimer);
      }
      const room = maxTotal - recorder.receivedTotal;
      const chunk = data.length <= room ? data : data.subarray(0, Math.max(0, room));
      recorder.received(chunk);
      for (const reply of session.receive(chunk)) if (!closing) send(reply);
      if (chunk.length < data.length) {
        finish(new TransportFailure('LIMIT', `size limit: read ${recorder.receivedTotal} bytes (--max-total-size); reading stopped`));
        return;
      }
      if (session.stopped) {
        if (session.stopped.limit) {
          send(session.goaway());
          finish(new TransportFailure('LIMIT', `limit: ${session.stopped.reason}`));
        } else close();
        return;
      }
      if (session.streamEnded || session.goawayReceived) {
        close();
      } else if (idleTimer) {
        idleTimer.refresh();
      } else {
        idleTimer = timer(options.idleTimeout, () =>
          finish(new TransportFailure('TIMEOUT_IDLE', `idle timeout: the server sent nothing for ${fmt(options.idleTimeout)} in the middle of the response (--idle-timeout)`)),
        );
      }
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (err) => {
      if (session.streamEnded || closing) finish();
      else finish(describeSocketError(err, `${exchange.target.host}:${exchange.target.port}`));
    });

    if (settled) return;
    const opening = session.start(request.block, spec.body);
    recorder.sent(opening);
    socket.write(opening, () => {
      exchange.timings.requestSent = now() - started;
    });
    phaseTimer = timer(options.firstByteTimeout, () =>
      finish(new TransportFailure('TIMEOUT_FIRST_BYTE', `first-byte timeout: the server sent no response within ${fmt(options.firstByteTimeout)} of the request (--first-byte-timeout)`)),
    );
  });

  exchange.sent = recorder.sentBuffer();
  exchange.received = recorder.receivedBuffer();
  exchange.receivedTotal = recorder.receivedTotal;
  const parsed = responseOfSession(session, spec.method);
  exchange.interim = parsed.interim;
  exchange.response = parsed.response;
  exchange.anomalies.push(...parsed.anomalies);
  exchange.h2 = session.info;
  exchange.timings.total = now() - started;
  // Request field offsets: from the header block into the sent bytes (the HEADERS frame's payload).
  const headersFrame = session.info.frames.find((f) => f.direction === 'sent' && f.type === 'HEADERS');
  if (headersFrame) for (const h of exchange.request.headers) h.offset += headersFrame.offset + 9;
  if (error) exchange.error = error;
  else if (exchange.receivedTotal === 0) exchange.error = { code: 'EMPTY', message: 'the server closed the connection without sending any HTTP/2 frame' };
  else if (!session.finalSeen && !session.stopped && session.info.problems.length === 0) {
    exchange.error = { code: 'INCOMPLETE', message: 'the server closed the connection before a final response' };
  }
  return exchange;
}
