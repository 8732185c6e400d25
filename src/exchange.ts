// The Exchange: what was sent and what really came back, as parsed from the recorded bytes.
// Every stage agrees on this one model: capture produces it, rules read it, reports print it.
import type { H2Info, Protocol } from './http2/types';

export type { H2Info, Protocol } from './http2/types';

/** A header line as received: original case and order, duplicates kept. */
export interface RawHeader {
  /** Field name as sent on the wire (original case, without surrounding whitespace). */
  name: string;
  /** Field value with leading/trailing whitespace removed; obs-folded lines are joined with one space. */
  value: string;
  /** The whole line as received (latin1), without its line ending. */
  raw: string;
  /** Byte offset of the line's first byte in the byte stream it came from (received or sent). */
  offset: number;
}

/** A range of bytes in the received stream. */
export interface ByteRange {
  offset: number;
  length: number;
}

/** How the body of a response is delimited (RFC 9112 §6.3). */
export type FramingKind =
  | 'none' // HEAD, 1xx, 204, 304 (and 2xx to CONNECT): the message ends with the header block
  | 'content-length'
  | 'chunked'
  | 'close' // read until the server closes the connection
  | 'end-stream'; // HTTP/2: DATA frames until END_STREAM

export interface Framing {
  kind: FramingKind;
  /** Declared length, for content-length framing. */
  length?: number;
  /** Why this framing was chosen, in words (e.g. "invalid Content-Length: read until close"). */
  reason: string;
}

/** One chunk of a chunked body. */
export interface Chunk {
  /** Offset of the chunk-size line. */
  offset: number;
  size: number;
  /** Offset of the chunk data. */
  dataOffset: number;
}

export interface ResponseMessage {
  /** "1.1", "1.0", "2"; "" when the status line could not be parsed. */
  httpVersion: string;
  status: number;
  reason: string;
  /** The status line as received, without its line ending. */
  statusLine: string;
  /** Offset of the first byte of this message in the received stream. */
  offset: number;
  headers: RawHeader[];
  /** Offset just past the blank line that ends the header block (== where the body starts). */
  headerEnd: number;
  framing: Framing;
  /**
   * The message body as it appeared on the wire (chunk framing included), from headerEnd.
   * For bodyless framing ('none') the length is 0: bytes after such a message are `Exchange.extra`.
   */
  body: ByteRange;
  /**
   * The content: body bytes with chunked framing removed (content-coding still applied).
   * Ranges into the received stream; `contentLength` is their total.
   */
  content: ByteRange[];
  contentLength: number;
  /** Chunks of a chunked body, in order (the terminating zero-size chunk included). */
  chunks: Chunk[];
  trailers: RawHeader[];
  /** HTTP/2: the pseudo-header fields (:status …), kept apart from `headers` (offsets as for headers). */
  pseudoHeaders?: RawHeader[];
  /** True when the framing says the message ended (false: the connection ended or timed out first). */
  complete: boolean;
}

export interface RequestMessage {
  method: string;
  /** Request target as sent (origin-form: path and query). */
  target: string;
  httpVersion: string;
  headers: RawHeader[];
  bodySize: number;
}

/** A malformation the parser found in the bytes. Rules turn anomalies into findings. */
export interface Anomaly {
  id: AnomalyId;
  /** Offset in the received stream where it was found. */
  offset?: number;
  detail: string;
  /** The offending bytes/line as text (latin1, unescaped). */
  evidence?: string;
  /** A milder variant than the rule's default (e.g. whitespace a recipient may accept): the finding's severity. */
  severity?: 'warning' | 'info';
}

export type AnomalyId =
  | 'invalid-status-line'
  | 'obs-fold'
  | 'whitespace-before-colon'
  | 'bare-lf'
  | 'invalid-header-line'
  | 'invalid-chunked-encoding'
  | 'header-section-too-large'
  | 'incomplete-head'
  | 'connection-close-ignored';

export interface TlsInfo {
  protocol: string | null;
  cipher: string | null;
  alpn: string | null;
  authorized: boolean;
  authorizationError: string | null;
  certificate: {
    subject: string;
    issuer: string;
    validFrom: string;
    validTo: string;
    subjectAltName: string | null;
  } | null;
}

/** Milliseconds since the start of the exchange (each phase's duration for dns/connect/tls). */
export interface Timings {
  dns?: number;
  connect?: number;
  tls?: number;
  /** Time from start until the request was written. */
  requestSent?: number;
  /** Time from start until the first response byte. */
  ttfb?: number;
  /** Time from start until the final response was complete. */
  complete?: number;
  total: number;
}

export interface TransportError {
  /** Stable code: DNS, REFUSED, RESET, TLS, TLS_CERT, TIMEOUT_CONNECT, TIMEOUT_TLS, TIMEOUT_DNS, TIMEOUT_FIRST_BYTE, TIMEOUT_IDLE, TIMEOUT_TOTAL, LIMIT, NETWORK … */
  code: string;
  message: string;
}

/** Where an exchange came from: captured live, read from a saved raw response, or from a HAR file. */
export type ExchangeSource = 'network' | 'raw' | 'har';

/**
 * A kind of evidence some rules need and some inputs cannot provide:
 * - 'wire': the bytes exactly as they crossed the connection (framing, line endings, content-coding as sent);
 *   a HAR only holds parsed, decoded messages.
 * - 'body': the response content (a HAR may omit it; `curl -L` does not save bodies of redirects it follows).
 * - 'credentials': whether the request carried Cookie or Authorization (browsers' HAR sanitizers remove them).
 * - 'http1-syntax': HTTP/1.1 message syntax (status line, header lines, chunked coding); HTTP/2 has none.
 * Rules needing evidence an exchange lacks are reported as not evaluated, never as passed.
 */
export type EvidenceKind = 'wire' | 'body' | 'credentials' | 'http1-syntax';

export interface Exchange {
  /** The protocol the exchange used; absent means 'http/1.1' (every capture and input before HTTP/2). */
  protocol?: Protocol;
  /** The protocol asked for, when it differs from the one used (--http2 answered with HTTP/1.1 by ALPN). */
  protocolRequested?: Protocol;
  /** HTTP/2 only: every frame, SETTINGS, RST_STREAM/GOAWAY codes, header blocks with per-field encoding. */
  h2?: H2Info;
  /** --compare-protocols: index (in the same inspection) of the HTTP/1.1 exchange this one repeats over HTTP/2. */
  comparedTo?: number;
  /** Absent means 'network' (a live capture). */
  source?: ExchangeSource;
  /** Evidence this exchange's input could not provide (see `EvidenceKind`). HAR exchanges always lack 'wire'. */
  unavailable?: EvidenceKind[];
  /** Wall-clock start (ms since the epoch), when known: HAR's startedDateTime in and out. */
  startedAt?: number;
  url: string;
  target: { scheme: 'http' | 'https'; host: string; port: number; remoteAddress?: string };
  request: RequestMessage;
  /** Every byte written to the socket, in order. */
  sent: Buffer;
  /** Every byte read from the socket that was kept, in order (see `receivedTotal`). */
  received: Buffer;
  /** Total bytes read, including any that were counted but not kept because of the memory limit. */
  receivedTotal: number;
  interim: ResponseMessage[];
  /** Absent when no response could be parsed (transport failure or not HTTP at all). */
  response?: ResponseMessage;
  /** Bytes after the final response message. */
  extra?: ByteRange;
  anomalies: Anomaly[];
  timings: Timings;
  tls?: TlsInfo;
  /** Set when the transport failed; a response may still be present when it failed after the status line. */
  error?: TransportError;
  /**
   * Set when the inspection simulates a browser's CORS request (--origin, --cors, --credentials).
   * CORS rules otherwise judge from the request headers alone (Origin, Access-Control-Request-*).
   * `credentials`: the request's credentials mode is "include" (--credentials); `notes`: how the simulated
   * request differs from the one typed (e.g. a Cookie a page cannot set), for the CORS verdict's explanation.
   */
  cors?: { credentials: boolean; notes?: string[] };
  /** Set on a follow-up probe request (--probe): which probe sent it, and the index of the exchange it checks. */
  probe?: ProbeMark;
  /** On a probed exchange: each probe request that could not be sent, and why (its rules report "not evaluated"). */
  probesSkipped?: ProbeSkip[];
  /** On a request sent on a kept-alive connection (the reuse probe): its place on the connection and what followed. */
  connection?: { position: number; closedAfter: boolean };
}

export interface ProbeMark {
  /** conditional, range, encoding, head, options, reuse — or baseline: a GET sent because the user's request was not one. */
  name: string;
  /** Index (within its inspection) of the exchange the probe checks. */
  of: number;
}

export interface ProbeSkip {
  name: string;
  /** What would have been sent, e.g. "If-Modified-Since". */
  request: string;
  reason: string;
}

/** Case-insensitive lookup of every header with that name, in order. */
export function headersNamed(headers: readonly RawHeader[], name: string): RawHeader[] {
  const lower = name.toLowerCase();
  // Every rule asks this of every response: compare lengths before lower-casing.
  return headers.filter((h) => h.name.length === lower.length && h.name.toLowerCase() === lower);
}

/** First header with that name, or undefined. */
export function headerNamed(headers: readonly RawHeader[], name: string): RawHeader | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.length === lower.length && h.name.toLowerCase() === lower);
}

/** The content bytes (chunk framing removed) that were kept in memory. */
export function contentOf(exchange: Exchange, message: ResponseMessage | undefined = exchange.response): Buffer {
  if (!message) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for (const range of message.content) {
    parts.push(exchange.received.subarray(range.offset, range.offset + range.length));
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
