// Offline input: a saved raw response (`curl -si --raw`, `nc`, a proxy dump) becomes Exchanges, one per
// response in the file (curl -L writes every hop). Pure: the caller reads the file (or stdin).
import { TCHAR } from '../http/token';
import type { EvidenceKind, Exchange, RequestMessage, ResponseMessage } from '../exchange';
import { headerNamed, headersNamed } from '../exchange';
import { parseFieldLines, parseHead } from '../http1/head';
import { DEFAULT_MAX_HEADER_BYTES, exchangeFromBytes, parseResponse } from '../http1/parse';
import { targetOf } from '../http1/request';
import { UsageError } from '../options/usage';

export interface RawInputOptions {
  /** The request method (-X); defaults to the saved request's method, else GET. It decides HEAD framing. */
  method?: string;
  /** The URL the response came from; defaults to Host + target of the saved request. */
  url?: string;
  /** The saved raw request (--raw-request), if any. */
  request?: Buffer;
  maxHeaderBytes?: number;
}

export interface RawInput {
  exchanges: Exchange[];
  /** Things the user should know about the file (how it was probably saved), one line each, for stderr. */
  warnings: string[];
}

/** Used when neither a URL nor a saved request says where the response came from (.invalid is reserved). */
export const UNKNOWN_URL = 'http://unknown.invalid/';

const STATUS_LINE_START = /^HTTP\/\d\.\d [0-9]{3}/;
const REQUEST_LINE = new RegExp(`^([${TCHAR}]+) (\\S+) HTTP/(\\d\\.\\d)$`);

export function exchangesFromRaw(bytes: Buffer, options: RawInputOptions = {}): RawInput {
  const maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  const warnings: string[] = [];
  checkLooksLikeHttp1(bytes);
  const saved = options.request ? parseRawRequest(options.request, maxHeaderBytes) : undefined;
  let method = (options.method ?? saved?.message.method ?? 'GET').toUpperCase();
  if (options.method && saved && saved.message.method.toUpperCase() !== method) {
    warnings.push(`the saved request says ${saved.message.method}, but -X says ${options.method}: judging the response as a ${method} response`);
  }
  let url = options.url ?? saved?.url ?? UNKNOWN_URL;

  const exchanges: Exchange[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const rest = bytes.subarray(pos);
    const { end, headOnly } = hopEnd(rest, method, maxHeaderBytes);
    const received = rest.subarray(0, end);
    const first = exchanges.length === 0;
    const request = first && saved ? saved.message : requestOf(method, url);
    const exchange = exchangeOf(received, method, url, request, first && options.request ? options.request : Buffer.alloc(0), maxHeaderBytes);
    describeHop(exchange, exchanges.length + 1, headOnly, warnings);
    exchanges.push(exchange);
    pos += end;
    const next = exchange.response ? nextHopOf(exchange.response, method, url) : undefined;
    if (next) ({ method, url } = next);
  }
  if (bytes.length > 0 && onlyBareLf(bytes)) {
    warnings.push('every line in the file ends in LF without CR: if it was edited or copied as text, line-ending findings describe the file, not the server');
  }
  return { exchanges, warnings };
}

/** The saved request: its message (offsets into its own bytes) and the URL it names, when it names one. */
export function parseRawRequest(bytes: Buffer, maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES): { message: RequestMessage; url?: string } {
  const lf = bytes.indexOf(0x0a);
  const line = bytes.toString('latin1', 0, lf < 0 ? Math.min(bytes.length, 200) : lf).replace(/\r$/, '');
  const m = REQUEST_LINE.exec(line);
  if (!m) throw new UsageError(`the saved request does not start with a request line such as "GET /path HTTP/1.1" (it starts with "${line.slice(0, 60)}")`);
  const fields = parseFieldLines(bytes, lf + 1, maxHeaderBytes);
  if (fields.kind !== 'fields') throw new UsageError('the saved request has no complete header section (a blank line must end the headers)');
  const [, method, target, httpVersion] = m;
  const message: RequestMessage = { method: method!, target: target!, httpVersion: httpVersion!, headers: fields.headers, bodySize: bytes.length - fields.end };
  const host = headerNamed(fields.headers, 'host')?.value;
  let url: string | undefined;
  try {
    if (/^https?:\/\//i.test(target!)) url = new URL(target!).href;
    else if (host && target!.startsWith('/')) url = new URL(`http://${host}${target}`).href;
  } catch {
    url = undefined;
  }
  return { message, url };
}

/** Refuses what is clearly not an HTTP/1.x response, with the likely cause. */
function checkLooksLikeHttp1(bytes: Buffer): void {
  if (bytes.length === 0) throw new UsageError('the raw response is empty (expected the output of `curl -si --raw URL`)');
  const start = bytes.toString('latin1', 0, Math.min(bytes.length, 64));
  if (/^HTTP\/[23](\.0)? \d{3}/.test(start)) {
    throw new UsageError('the file holds an HTTP/2 or HTTP/3 response as curl prints it; httpinspect judges HTTP/1.x bytes: save it with `curl --http1.1 -si --raw URL`');
  }
  if (/^\* |^> |^< /.test(start)) throw new UsageError('the file looks like `curl -v` output; save the response with `curl -si --raw URL > file` instead');
  if (!start.startsWith('HTTP/')) {
    const first = start.split(/\r?\n/)[0]!;
    throw new UsageError(`the raw response does not start with a status line such as "HTTP/1.1 200 OK" (it starts with "${first.slice(0, 40)}")`);
  }
}

/**
 * Where the first response in `rest` ends. Content-Length and chunked framing delimit the content (RFC 9112
 * §6.3), so a status line inside a body (a `message/http` body) never starts a new hop, and leftovers after a
 * complete response stay extra bytes (a body after a 204 is a finding, not a second response). The one split:
 * after a redirect, where `curl -L` writes the next hop — directly after the redirect's head when curl did
 * not save its body, or after the redirect's framed end when it did.
 */
function hopEnd(rest: Buffer, method: string, maxHeaderBytes: number): { end: number; headOnly: boolean } {
  let at = 0;
  for (let guard = 0; guard < 100 && at < rest.length; guard++) {
    const head = parseHead(rest, at, maxHeaderBytes);
    if (head.kind !== 'head') break;
    const { status, headerEnd } = head.head;
    if (status >= 100 && status < 200 && status !== 101) {
      at = headerEnd;
      continue;
    }
    if (REDIRECTS.has(status) && headerEnd < rest.length && startsWithStatusLine(rest, headerEnd)) return { end: headerEnd, headOnly: true };
    break;
  }
  const parsed = parseResponse(rest, method, maxHeaderBytes);
  if (parsed.response && REDIRECTS.has(parsed.response.status) && parsed.extra && startsWithStatusLine(rest, parsed.extra.offset)) {
    return { end: parsed.extra.offset, headOnly: false };
  }
  return { end: rest.length, headOnly: false };
}

/** The statuses curl -L follows. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function startsWithStatusLine(buf: Buffer, at: number): boolean {
  return STATUS_LINE_START.test(buf.toString('latin1', at, Math.min(buf.length, at + 16)));
}

function requestOf(method: string, url: string): RequestMessage {
  let target = '/';
  try {
    target = targetOf(new URL(url));
  } catch {
    // keep "/": the URL came from the user and was checked there
  }
  return { method, target, httpVersion: '1.1', headers: [], bodySize: 0 };
}

function exchangeOf(received: Buffer, method: string, url: string, request: RequestMessage, sent: Buffer, maxHeaderBytes: number): Exchange {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a valid URL`);
  }
  // The method that decides framing (HEAD has no body) is the one given, whatever the saved request says.
  return exchangeFromBytes({ url: parsedUrl, request, sent, received, source: 'raw', maxHeaderBytes, framingMethod: method });
}

/** Notes what the file cannot show about this hop, and repairs a body that curl de-chunked. */
function describeHop(exchange: Exchange, n: number, headOnly: boolean, warnings: string[]): void {
  const res = exchange.response;
  if (!res) return;
  const unavailable = new Set<EvidenceKind>();
  const label = `response ${n} (${res.statusLine})`;
  if (headOnly && !res.complete) {
    unavailable.add('wire').add('body');
    warnings.push(`${label}: its body is not in the file (curl -L does not save bodies of redirects it follows); framing and body rules are not evaluated for it`);
  } else if (wasDechunked(exchange, res)) {
    undoChunkedFraming(exchange, res);
    unavailable.add('wire');
    warnings.push(
      `${label} declares Transfer-Encoding: chunked but its body is not chunked: the file was probably saved with \`curl -si\` without --raw, which removes the chunk framing. Framing rules are not evaluated for it; save it with \`curl -si --raw\` to judge the framing`,
    );
  }
  const codings = headersNamed(res.headers, 'content-encoding').map((h) => h.value.trim().toLowerCase());
  const head = exchange.received.subarray(res.content[0]?.offset ?? 0, (res.content[0]?.offset ?? 0) + 2);
  if (res.contentLength > 0 && (codings.includes('gzip') || codings.includes('x-gzip')) && !(head[0] === 0x1f && head[1] === 0x8b)) {
    warnings.push(`${label}: Content-Encoding says gzip but the body is not gzip data: if the file was saved with \`curl --compressed\`, curl decoded the body and kept the header; save it without --compressed`);
  }
  if (unavailable.size > 0) exchange.unavailable = [...unavailable];
}

/**
 * Chunked framing declared, bytes present, yet no chunk framing in them: neither a terminating zero-size chunk
 * at the end nor a chunk-size line (judged on the whole first line) at the start. A malformed size line in a
 * body that ends with the last chunk is real chunked framing gone wrong, and is judged as such.
 */
function wasDechunked(exchange: Exchange, res: ResponseMessage): boolean {
  if (res.framing.kind !== 'chunked' || res.body.length === 0) return false;
  const bytes = exchange.received;
  const lf = bytes.indexOf(0x0a, res.headerEnd);
  const lineEnd = lf < 0 || lf - res.headerEnd > MAX_CHUNK_LINE ? Math.min(bytes.length, res.headerEnd + MAX_CHUNK_LINE) : lf;
  const firstLine = bytes.toString('latin1', res.headerEnd, lineEnd);
  if (CHUNK_SIZE_LINE.test(firstLine) || MANGLED_SIZE_LINE.test(firstLine)) return false;
  return !LAST_CHUNK_AT_END.test(bytes.toString('latin1', Math.max(res.headerEnd, bytes.length - 8192)));
}

const MAX_CHUNK_LINE = 4096;
/** A chunk-size line as a recipient may read it: hex size, optional whitespace and extensions, CR. */
const CHUNK_SIZE_LINE = /^[0-9A-Fa-f]+[ \t]*(;[^\n]*)?\r?$/;
/** Size lines gone wrong (" 5", "+5", "0x5", "5g", "5<bare CR>…"), not text a server wrote as content. */
const MANGLED_SIZE_LINE = /^[ \t]*[+-]?(0[xX])?[0-9A-Fa-f]+([g-zG-Z]?[ \t]*(;[^\n]*)?|\r[^\r]*)\r?$/;
/** The last chunk, any trailers, and the blank line, at the very end of the bytes. */
const LAST_CHUNK_AT_END = /(^|\n)0+[ \t]*(;[^\n]*)?\r?\n([^\r\n]+\r?\n)*\r?\n$/;

/** The body as curl wrote it: already de-chunked, running to the end of this hop's bytes. */
function undoChunkedFraming(exchange: Exchange, res: ResponseMessage): void {
  const length = exchange.received.length - res.headerEnd;
  res.framing = { kind: 'close', reason: 'the chunk framing was removed when the file was saved (curl -si without --raw): body read to the end of the response' };
  res.body = { offset: res.headerEnd, length };
  res.content = [{ offset: res.headerEnd, length }];
  res.contentLength = length;
  res.chunks = [];
  res.complete = true;
  exchange.extra = undefined;
  exchange.anomalies = exchange.anomalies.filter((a) => a.id !== 'invalid-chunked-encoding');
}

/** The method and URL of the next hop when a client followed this redirect (RFC 9110 §15.4, as curl -L). */
function nextHopOf(res: ResponseMessage, method: string, url: string): { method: string; url: string } | undefined {
  if (![301, 302, 303, 307, 308].includes(res.status)) return undefined;
  let next = url;
  const location = headerNamed(res.headers, 'location')?.value;
  if (location) {
    try {
      next = new URL(location, url).href;
    } catch {
      next = url;
    }
  }
  const nextMethod = (res.status === 303 && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST') ? 'GET' : method;
  return { method: nextMethod, url: next };
}

function onlyBareLf(bytes: Buffer): boolean {
  const headEnd = bytes.indexOf('\n\n');
  if (headEnd < 0) return false;
  return !bytes.subarray(0, headEnd).includes(0x0d);
}
