// Reads one request from a proxy client, as received: the head and the body (Content-Length or chunked),
// bounded in size and time. Parsing is pure (`parseClientRequest`); `readClientRequest` only feeds it bytes.
import type { Socket } from 'node:net';
import type { RawHeader } from '../exchange';
import { headerNamed, headersNamed } from '../exchange';
import { parseFieldLines } from '../http1/head';
import { TCHAR } from '../http/token';

export interface ClientRequest {
  /** Every byte of the request as the client sent it (head and body). */
  bytes: Buffer;
  method: string;
  /** The request target as sent: origin-form, absolute-form or (CONNECT) authority-form. */
  target: string;
  httpVersion: string;
  headers: RawHeader[];
  /** Offset of the first header line (just past the request line). */
  fieldsStart: number;
  /** Offset just past the blank line that ends the head. */
  headEnd: number;
}

/** `need`: when known (Content-Length), how many bytes the whole request has: no use parsing again before. */
export type ParseResult = { kind: 'incomplete'; need?: number } | { kind: 'request'; request: ClientRequest; end: number } | { kind: 'bad'; reason: string };

const REQUEST_LINE = new RegExp(`^([${TCHAR}]+) (\\S+) HTTP/(\\d\\.\\d)$`);

/** Where a chunked body starting at `from` ends (trailers included), or undefined while incomplete. */
function chunkedEnd(buf: Buffer, from: number): number | 'bad' | undefined {
  let at = from;
  for (;;) {
    const lf = buf.indexOf(0x0a, at);
    if (lf < 0) return undefined;
    const size = /^([0-9A-Fa-f]+)[ \t]*(;.*)?\r?$/.exec(buf.toString('latin1', at, lf));
    if (!size) return 'bad';
    const length = Number.parseInt(size[1]!, 16);
    if (!Number.isSafeInteger(length)) return 'bad';
    if (length === 0) {
      const trailers = parseFieldLines(buf, lf + 1, 64 * 1024);
      if (trailers.kind === 'incomplete') return undefined;
      return trailers.kind === 'fields' ? trailers.end : 'bad';
    }
    const next = lf + 1 + length;
    if (buf.length < next + 1) return undefined;
    at = buf[next] === 0x0d ? next + 2 : next + 1;
    if (buf.length < at) return undefined;
  }
}

/** Parses a request from the start of `buf`; `maxHeaderBytes` bounds the head. */
export function parseClientRequest(buf: Buffer, maxHeaderBytes: number): ParseResult {
  const lf = buf.indexOf(0x0a);
  if (lf < 0) return buf.length > maxHeaderBytes ? { kind: 'bad', reason: 'the request line is too long' } : { kind: 'incomplete' };
  const line = buf.toString('latin1', 0, lf).replace(/\r$/, '');
  const m = REQUEST_LINE.exec(line);
  if (!m) return { kind: 'bad', reason: `not an HTTP/1.x request line: "${line.slice(0, 80)}"` };
  const fields = parseFieldLines(buf, lf + 1, maxHeaderBytes);
  if (fields.kind === 'incomplete') return { kind: 'incomplete' };
  if (fields.kind === 'too-large') return { kind: 'bad', reason: `the request head is larger than ${maxHeaderBytes} bytes` };
  const request = (end: number): ParseResult => ({
    kind: 'request',
    end,
    request: { bytes: buf.subarray(0, end), method: m[1]!, target: m[2]!, httpVersion: m[3]!, headers: fields.headers, fieldsStart: lf + 1, headEnd: fields.end },
  });
  const codings = headersNamed(fields.headers, 'transfer-encoding').map((h) => h.value.toLowerCase());
  if (codings.length > 0) {
    if (!/(^|,)\s*chunked\s*$/.test(codings.join(','))) return { kind: 'bad', reason: 'a request Transfer-Encoding that does not end in chunked' };
    const end = chunkedEnd(buf, fields.end);
    if (end === 'bad') return { kind: 'bad', reason: 'a malformed chunked request body' };
    return end === undefined ? { kind: 'incomplete' } : request(end);
  }
  const lengths = [...new Set(headersNamed(fields.headers, 'content-length').map((h) => h.value.trim()))];
  if (lengths.length > 1 || (lengths.length === 1 && !/^\d+$/.test(lengths[0]!))) return { kind: 'bad', reason: 'an invalid request Content-Length' };
  const length = lengths.length === 1 ? Number(lengths[0]) : 0;
  return buf.length >= fields.end + length ? request(fields.end + length) : { kind: 'incomplete', need: fields.end + length };
}

export interface ReadLimits {
  maxHeaderBytes: number;
  /** Most bytes a request may have in all (head and body). */
  maxRequestBytes: number;
  /** Longest silence from the client before the request is complete. */
  idleTimeout: number;
}

/**
 * Waits for one complete request on the socket. `rest` holds bytes that came after it (a tunnel's first bytes).
 * Resolves `bad` with a reason for a malformed or oversized request, `closed` when the client went away first.
 */
export function readClientRequest(socket: Socket, limits: ReadLimits): Promise<{ kind: 'request'; request: ClientRequest; rest: Buffer } | { kind: 'bad'; reason: string; status: number } | { kind: 'closed' }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let need = 0;
    const done = (value: Parameters<typeof resolve>[0]) => {
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('close', onEnd);
      socket.setTimeout(0);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      // A body of known length is only parsed again once it is all there (no copying per chunk).
      if (size < need && size <= limits.maxRequestBytes) return;
      const buf = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      chunks.splice(0, chunks.length, buf);
      const parsed = parseClientRequest(buf, limits.maxHeaderBytes);
      if (parsed.kind === 'incomplete') need = parsed.need ?? 0;
      const tooLarge = parsed.kind === 'request' ? parsed.end > limits.maxRequestBytes : parsed.kind === 'incomplete' && (need > limits.maxRequestBytes || size > limits.maxRequestBytes);
      if (parsed.kind === 'bad') done({ kind: 'bad', reason: parsed.reason, status: 400 });
      else if (tooLarge) done({ kind: 'bad', reason: `the request is larger than ${limits.maxRequestBytes} bytes (--max-body + --max-header-size)`, status: 413 });
      else if (parsed.kind === 'request') done({ kind: 'request', request: parsed.request, rest: buf.subarray(parsed.end) });
    };
    const onEnd = () => done({ kind: 'closed' });
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.setTimeout(limits.idleTimeout, () => done({ kind: 'closed' }));
  });
}

/** The Host header's value, when there is exactly one. */
export function hostOf(request: ClientRequest): string | undefined {
  return headersNamed(request.headers, 'host').length === 1 ? headerNamed(request.headers, 'host')!.value : undefined;
}
