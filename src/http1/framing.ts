// How a response's body is delimited, decided from its head and the request method (RFC 9112 §6.3).
import { headersNamed, type Framing, type RawHeader } from '../exchange';

export interface ContentLengthReading {
  /** Every value in every Content-Length line, in order (lists split on commas). */
  values: string[];
  /** The single valid length, when every value is the same non-negative decimal integer. */
  length?: number;
  problem?: 'invalid' | 'conflicting';
}

const DIGITS = /^\d+$/;

/** Reads all Content-Length lines together, as RFC 9110 §8.6 and RFC 9112 §6.3 ask a recipient to. */
export function contentLengthOf(headers: readonly RawHeader[]): ContentLengthReading | undefined {
  const lines = headersNamed(headers, 'content-length');
  if (lines.length === 0) return undefined;
  const values = lines.flatMap((h) => h.value.split(',').map((v) => v.trim()));
  if (values.some((v) => !DIGITS.test(v) || !Number.isSafeInteger(Number(v)))) return { values, problem: 'invalid' };
  const numbers = new Set(values.map(Number));
  if (numbers.size > 1) return { values, problem: 'conflicting' };
  return { values, length: Number(values[0]) };
}

/** Transfer codings in order, lower-cased, across every Transfer-Encoding line (parameters dropped). */
export function transferCodingsOf(headers: readonly RawHeader[]): string[] {
  return headersNamed(headers, 'transfer-encoding')
    .flatMap((h) => h.value.split(','))
    .map((c) => c.split(';')[0]!.trim().toLowerCase())
    .filter((c) => c !== '');
}

/** True when the status code never has content, whatever the headers say. */
export function isBodylessStatus(status: number): boolean {
  return (status >= 100 && status < 200) || status === 204 || status === 304;
}

export function framingOf(status: number, headers: readonly RawHeader[], method: string): Framing {
  const m = method.toUpperCase();
  if (m === 'HEAD') return { kind: 'none', reason: 'a response to HEAD has no body' };
  if (isBodylessStatus(status)) return { kind: 'none', reason: `a ${status} response has no body` };
  if (m === 'CONNECT' && status >= 200 && status < 300) {
    return { kind: 'none', reason: 'a 2xx response to CONNECT starts a tunnel' };
  }
  const codings = transferCodingsOf(headers);
  if (headersNamed(headers, 'transfer-encoding').length > 0) {
    if (codings[codings.length - 1] === 'chunked') return { kind: 'chunked', reason: 'Transfer-Encoding: chunked' };
    return { kind: 'close', reason: 'Transfer-Encoding whose final coding is not chunked: read until close' };
  }
  const cl = contentLengthOf(headers);
  if (cl?.problem) return { kind: 'close', reason: `${cl.problem} Content-Length: read until close` };
  if (cl && cl.length !== undefined) return { kind: 'content-length', length: cl.length, reason: `Content-Length: ${cl.length}` };
  return { kind: 'close', reason: 'neither Content-Length nor Transfer-Encoding: read until close' };
}
