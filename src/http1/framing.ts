// How a response's body is delimited, decided from its head and the request method (RFC 9112 §6.3).
import { TCHAR } from '../http/token';
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
  const values = lines.flatMap((h) => h.value.split(',').map(trimOws));
  if (values.some((v) => !DIGITS.test(v) || !Number.isSafeInteger(Number(v)))) return { values, problem: 'invalid' };
  const numbers = new Set(values.map(Number));
  if (numbers.size > 1) return { values, problem: 'conflicting' };
  return { values, length: Number(values[0]) };
}

/** Removes optional whitespace (SP, HTAB) only: other bytes such as 0xA0 are part of the value (RFC 9110 §5.6.3). */
export function trimOws(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** One transfer coding as listed: its name (lower-cased) and the element as written. */
export interface TransferCoding {
  name: string;
  element: string;
  header: RawHeader;
  /** Why the element is not `token *( OWS ";" OWS transfer-parameter )`, when it is not. */
  invalid?: string;
}

const TOKEN = `[${TCHAR}]+`;
const QUOTED = '"(?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t \\x21-\\x7e\\x80-\\xff])*"';
const CODING = new RegExp(`^${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}[ \\t]*=[ \\t]*(?:${TOKEN}|${QUOTED}))*$`);

/** Splits a list on commas outside quoted strings; empty elements are dropped (RFC 9110 §5.6.1). */
function listElements(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === '\\') {
      current += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map(trimOws).filter((e) => e !== '');
}

/** Every transfer coding in order across every Transfer-Encoding line, each checked against RFC 9112 §7. */
export function transferEncodingOf(headers: readonly RawHeader[]): TransferCoding[] {
  return headersNamed(headers, 'transfer-encoding').flatMap((header) =>
    listElements(header.value).map((element) => {
      const name = trimOws(element.split(';')[0]!).toLowerCase();
      const coding: TransferCoding = { name, element, header };
      if (!CODING.test(element)) coding.invalid = 'it is not a token with optional ";name=value" parameters (RFC 9112 §7)';
      else if (name === 'chunked' && element.includes(';')) coding.invalid = 'the chunked coding takes no parameters (RFC 9112 §7.1)';
      return coding;
    }),
  );
}

/** Transfer codings in order, lower-cased, across every Transfer-Encoding line (parameters dropped). */
export function transferCodingsOf(headers: readonly RawHeader[]): string[] {
  return transferEncodingOf(headers).map((c) => c.name);
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
