// What to replay to a client, derived from a captured Exchange (pure): the response bytes exactly as
// received, how the real server ended the connection, and the request a client should send to get them.
import type { Exchange } from '../exchange';

/** How the real server ended the connection after its bytes. */
export type ConnectionEnd = 'close' | 'hold' | 'reset';

export interface ReplayPlan {
  /** Every kept received byte: interim responses, the final response, and any extra bytes after it. */
  bytes: Buffer;
  /** True when the capture counted more bytes than it kept (--max-body): the replay is cut short. */
  truncated: boolean;
  end: ConnectionEnd;
  /** The request the client sends to the replay server: same method (and body) as the captured request. */
  method: string;
  body?: Buffer;
  /**
   * Whether a client could send a second request on the connection after this response: it is complete and
   * ends by its own framing (not by the connection closing).
   */
  reusable: boolean;
  /** Where the final response ends in `bytes` when stray bytes follow it (they are what a kept-alive connection carries on). */
  responseEnd?: number;
}

const HELD_ERRORS = new Set(['TIMEOUT_FIRST_BYTE', 'TIMEOUT_IDLE', 'TIMEOUT_TOTAL']);

/** The plan for an exchange, or undefined when nothing was received (nothing to replay). */
export function replayPlanOf(exchange: Exchange): ReplayPlan | undefined {
  if (exchange.received.length === 0) return undefined;
  return {
    bytes: exchange.received,
    truncated: exchange.receivedTotal > exchange.received.length,
    end: connectionEndOf(exchange),
    method: exchange.request.method,
    body: requestBodyOf(exchange),
    reusable: exchange.response?.complete === true && exchange.response.framing.kind !== 'close',
    ...(exchange.extra && exchange.extra.length > 0 ? { responseEnd: exchange.extra.offset } : {}),
  };
}

/**
 * The capture only stops reading early when the server kept the connection open (it ignored
 * `Connection: close`, or went silent mid-response) or reset it; otherwise the server closed it.
 */
export function connectionEndOf(exchange: Exchange): ConnectionEnd {
  if (exchange.error?.code === 'RESET') return 'reset';
  if (exchange.anomalies.some((a) => a.id === 'connection-close-ignored')) return 'hold';
  if (exchange.error && HELD_ERRORS.has(exchange.error.code)) return 'hold';
  return 'close';
}

function requestBodyOf(exchange: Exchange): Buffer | undefined {
  if (exchange.request.bodySize === 0) return undefined;
  const headEnd = exchange.sent.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const body = exchange.sent.subarray(headEnd + 4);
  return body.length > 0 ? body : undefined;
}
