// Offline input: every entry of a HAR 1.2 file becomes an Exchange. A HAR holds parsed, decoded messages,
// so the received bytes are synthesized: the status line and headers as recorded, then the decoded body
// content-coded again with the declared Content-Encoding, so content rules judge what the browser saw.
// What a HAR cannot show (framing, often credentials or bodies) is marked unavailable: not evaluated, never passed.
import type { EvidenceKind, Exchange, RawHeader, RequestMessage, ResponseMessage, Timings } from '../exchange';
import { headerNamed, headersNamed } from '../exchange';
import { parseHead } from '../http1/head';
import { DEFAULT_MAX_HEADER_BYTES } from '../http1/parse';
import { targetOf } from '../http1/request';
import { UsageError } from '../options/usage';
import { readHar, type HarEntry, type HarTimings } from './harFormat';

export interface HarInput {
  exchanges: Exchange[];
  /** What the user should know about the file (sanitized cookies, missing bodies), one line each. */
  warnings: string[];
}

export function exchangesFromHar(text: string | Buffer, options: { label?: string; maxHeaderBytes?: number } = {}): HarInput {
  const label = options.label ?? 'HAR';
  const har = readHar(text, label);
  const exchanges = har.log.entries.map((entry, i) => exchangeOfEntry(entry, `${label}: log.entries[${i}]`, options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES));
  const warnings: string[] = [];
  const count = (need: EvidenceKind) => exchanges.filter((e) => e.response && e.unavailable?.includes(need)).length;
  const noCredentials = count('credentials');
  if (noCredentials > 0) {
    warnings.push(
      `${noCredentials} of ${exchanges.length} HAR entries carry no Cookie or Authorization header (browsers remove them when exporting a sanitized HAR): CORS rules that depend on credentials are not evaluated for them`,
    );
  }
  const noBody = count('body');
  if (noBody > 0) warnings.push(`${entries(noBody)} no saved response body: body rules are not evaluated for them`);
  const failed = exchanges.filter((e) => !e.response).length;
  if (failed > 0) warnings.push(`${entries(failed)} no response (status 0: blocked, failed or cancelled in the browser)`);
  return { exchanges, warnings };
}

function entries(n: number): string {
  return n === 1 ? '1 HAR entry has' : `${n} HAR entries have`;
}

/** "HTTP/1.1" → "1.1"; "h2", "HTTP/2", "http/2.0" → "2.0"; unknown → "1.1". */
export function httpVersionOf(text: string): string {
  const t = text.trim().toLowerCase();
  if (t === 'h2' || t === 'h2c' || /^http\/2(\.0)?$/.test(t)) return '2.0';
  if (t === 'h3' || /^http\/3(\.0)?$/.test(t)) return '3.0';
  const m = /^http\/(\d)\.(\d)$/.exec(t);
  return m ? `${m[1]}.${m[2]}` : '1.1';
}

function exchangeOfEntry(entry: HarEntry, where: string, maxHeaderBytes: number): Exchange {
  let url: URL;
  try {
    url = new URL(entry.request.url);
  } catch {
    throw new UsageError(`${where}.request.url is not an absolute URL ("${entry.request.url}")`);
  }
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const method = entry.request.method;
  const { sent, message } = requestOf(entry, url);
  const unavailable = new Set<EvidenceKind>(['wire']);
  const exchange: Exchange = {
    source: 'har',
    url: url.href,
    target: { scheme, host: url.hostname, port: Number(url.port || (scheme === 'https' ? 443 : 80)) },
    request: message,
    sent,
    received: Buffer.alloc(0),
    receivedTotal: 0,
    interim: [],
    anomalies: [],
    timings: timingsOf(entry.timings, entry.time),
    startedAt: Date.parse(entry.startedDateTime),
  };
  if (entry.serverIPAddress) exchange.target.remoteAddress = entry.serverIPAddress.replace(/^\[(.*)\]$/, '$1');
  if (!hasCredentials(entry)) unavailable.add('credentials');

  if (entry.response.status === 0) {
    exchange.error = { code: 'HAR_NO_RESPONSE', message: `the browser recorded no response${entry.response.comment ? ` (${entry.response.comment})` : ''}` };
  } else {
    const built = responseOf(entry, method, maxHeaderBytes);
    exchange.received = built.received;
    exchange.receivedTotal = built.received.length;
    exchange.response = built.response;
    exchange.anomalies = built.anomalies;
    if (!built.bodyKnown) unavailable.add('body');
  }
  exchange.unavailable = [...unavailable];
  return exchange;
}

function requestOf(entry: HarEntry, url: URL): { sent: Buffer; message: RequestMessage } {
  const target = targetOf(url);
  let head = `${entry.request.method} ${target} HTTP/${httpVersionOf(entry.request.httpVersion)}\r\n`;
  const headers: RawHeader[] = [];
  for (const [name, value] of fieldLines(entry.request.headers)) {
    const raw = `${name}: ${value}`;
    headers.push({ name, value, raw, offset: Buffer.byteLength(head, 'latin1') });
    head += `${raw}\r\n`;
  }
  head += '\r\n';
  const post = entry.request.postData;
  const body = post?.text === undefined ? Buffer.alloc(0) : Buffer.from(post.text, post._encoding === 'base64' ? 'base64' : 'utf8');
  return {
    sent: Buffer.concat([Buffer.from(head, 'latin1'), body]),
    message: { method: entry.request.method, target, httpVersion: httpVersionOf(entry.request.httpVersion), headers, bodySize: body.length },
  };
}

/**
 * Header fields as lines: HTTP/2 pseudo-headers (":status") dropped, values that browsers joined with
 * newlines (several Set-Cookie) split back into one line each, text as UTF-8 bytes read as latin1 (the wire form).
 */
function fieldLines(headers: readonly { name: string; value: string }[]): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  for (const { name, value } of headers) {
    if (name.startsWith(':')) continue;
    for (const part of value.split(/\r?\n/)) lines.push([name, Buffer.from(part, 'utf8').toString('latin1')]);
  }
  return lines;
}

function hasCredentials(entry: HarEntry): boolean {
  const names = entry.request.headers.map((h) => h.name.toLowerCase());
  return names.includes('cookie') || names.includes('authorization') || entry.request.cookies.length > 0;
}

function responseOf(entry: HarEntry, method: string, maxHeaderBytes: number): { received: Buffer; response?: ResponseMessage; anomalies: Exchange['anomalies']; bodyKnown: boolean } {
  const res = entry.response;
  let head = `HTTP/${httpVersionOf(res.httpVersion)} ${res.status} ${res.statusText}\r\n`;
  for (const [name, value] of fieldLines(res.headers)) head += `${name}: ${value}\r\n`;
  head += '\r\n';
  const headBytes = Buffer.from(head, 'latin1');
  const parsed = parseHead(headBytes, 0, Math.max(maxHeaderBytes, headBytes.length));
  if (parsed.kind !== 'head') return { received: headBytes, anomalies: 'anomaly' in parsed ? [parsed.anomaly] : [], bodyKnown: false };
  const h = parsed.head;

  const bodyless = method.toUpperCase() === 'HEAD' || (h.status >= 100 && h.status < 200) || h.status === 204 || h.status === 304;
  const { text, encoding, size } = res.content;
  let body: Buffer = Buffer.alloc(0);
  let bodyKnown = true;
  if (!bodyless) {
    if (text !== undefined) body = encodeLike(h.headers, Buffer.from(text, encoding === 'base64' ? 'base64' : 'utf8'));
    else bodyKnown = size === 0;
  }
  const received = Buffer.concat([headBytes, body]);
  const te = headerNamed(h.headers, 'transfer-encoding');
  const cl = headerNamed(h.headers, 'content-length');
  const range = { offset: h.headerEnd, length: body.length };
  const response: ResponseMessage = {
    httpVersion: h.httpVersion,
    status: h.status,
    reason: h.reason,
    statusLine: h.statusLine,
    offset: 0,
    headers: h.headers,
    headerEnd: h.headerEnd,
    framing: bodyless
      ? { kind: 'none', reason: 'no body for this status or method' }
      : te
        ? { kind: 'chunked', reason: 'from a HAR: the body as the browser decoded it; chunk framing not recorded' }
        : cl && /^\d+$/.test(cl.value)
          ? { kind: 'content-length', length: Number(cl.value), reason: 'from a HAR: the body as the browser decoded it' }
          : { kind: 'close', reason: 'from a HAR: the body as the browser decoded it' },
    body: range,
    content: body.length > 0 ? [range] : [],
    contentLength: body.length,
    chunks: [],
    trailers: [],
    complete: true,
  };
  return { received, response, anomalies: h.anomalies, bodyKnown };
}

/**
 * The decoded body content-coded again as the headers declare (gzip, deflate, br), so rules that undo the
 * coding see the content the browser saw. Unknown codings are left as they are (those rules then skip it).
 */
function encodeLike(headers: readonly RawHeader[], decoded: Buffer): Buffer {
  const codings = headersNamed(headers, 'content-encoding')
    .flatMap((h) => h.value.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (decoded.length === 0 || codings.length === 0) return decoded;
  // Some tools save the still-coded bytes (base64): gzip data already is what the header says.
  if ((codings[0] === 'gzip' || codings[0] === 'x-gzip') && codings.length === 1 && decoded[0] === 0x1f && decoded[1] === 0x8b) return decoded;
  const zlib = process.getBuiltinModule('node:zlib');
  let bytes = decoded;
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') bytes = zlib.gzipSync(bytes);
    else if (coding === 'deflate') bytes = zlib.deflateSync(bytes);
    else if (coding === 'br') bytes = zlib.brotliCompressSync(bytes);
    else return decoded;
  }
  return bytes;
}

/** HAR phase durations → httpinspect's timings (phase durations for dns/connect/tls, the rest since start). */
function timingsOf(t: HarTimings, time: number): Timings {
  const known = (v: number | undefined) => (v !== undefined && v >= 0 ? v : undefined);
  const dns = known(t.dns);
  const ssl = known(t.ssl);
  const connectWithSsl = known(t.connect);
  const connect = connectWithSsl === undefined ? undefined : Math.max(0, connectWithSsl - (ssl ?? 0));
  const requestSent = (known(t.blocked) ?? 0) + (dns ?? 0) + (connectWithSsl ?? 0) + t.send;
  const ttfb = requestSent + t.wait;
  const timings: Timings = { requestSent, ttfb, complete: ttfb + t.receive, total: time };
  if (dns !== undefined) timings.dns = dns;
  if (connect !== undefined) timings.connect = connect;
  if (ssl !== undefined) timings.tls = ssl;
  return timings;
}
