// The WHATWG Fetch standard's view of a browser request, for CORS: which methods and headers are safelisted,
// which the browser controls, what fetch() does to a method, and whether (and with what) a preflight is sent.
// https://fetch.spec.whatwg.org/#methods, #terminology-headers (safelisting, forbidden names), #cors-preflight-fetch.
// The response side (Access-Control-* values, the CORS check, the preflight check) is in ./fetchSpec.ts.
import { TOKEN } from '../http/token';

/** A header as a [name, value] pair (CLI options) or a RawHeader-like object (parsed messages). */
export type HeaderLike = readonly [string, string] | { readonly name: string; readonly value: string };

export interface NamedHeader {
  name: string;
  value: string;
}

function toNamed(h: HeaderLike): NamedHeader {
  return Array.isArray(h) ? { name: h[0], value: h[1] } : { name: (h as NamedHeader).name, value: (h as NamedHeader).value };
}

// ---------------------------------------------------------------------------------------------------------
// Methods

/** CORS-safelisted method: `GET`, `HEAD` or `POST`, byte for byte (fetch() upper-cases these before sending). */
export function isSafelistedMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'POST';
}

const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** ASCII upper case only: Fetch compares bytes, and String#toUpperCase maps e.g. "ı" to "I". */
function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/**
 * Fetch's "normalize a method", which fetch() applies before sending and before any CORS comparison:
 * DELETE, GET, HEAD, OPTIONS, POST and PUT in any case become upper case; every other method (PATCH too)
 * stays exactly as typed.
 */
export function normalizeMethod(method: string): string {
  const upper = asciiUpper(method);
  return NORMALIZED_METHODS.has(upper) ? upper : method;
}

// ---------------------------------------------------------------------------------------------------------
// Request headers

/** Fetch's "CORS-unsafe request-header byte": controls other than HT, `"():<>?@[\]{}` and DEL. */
export function isCorsUnsafeRequestHeaderByte(code: number): boolean {
  if (code < 0x20) return code !== 0x09;
  return '"():<>?@[\\]{}'.includes(String.fromCharCode(code)) || code === 0x7f;
}

function hasUnsafeByte(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isCorsUnsafeRequestHeaderByte(value.charCodeAt(i))) return true;
  return false;
}

/**
 * The essence ("type/subtype", lower-cased) per WHATWG MIME Sniffing's "parse a MIME type", or null on failure.
 * Parameters never make parsing fail there, so only the essence matters for safelisting.
 */
export function mimeEssenceOf(value: string): string | null {
  const text = value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const type = text.slice(0, slash);
  if (!TOKEN.test(type)) return null;
  const rest = text.slice(slash + 1);
  const semi = rest.indexOf(';');
  const subtype = (semi < 0 ? rest : rest.slice(0, semi)).replace(/[\t\n\r ]+$/, '');
  if (!TOKEN.test(subtype)) return null;
  return `${type}/${subtype}`.toLowerCase();
}

/** Fetch's "parse a single range header value" (allowWhitespace false): `bytes=start-end`, or null on failure. */
export function parseSingleRange(value: string): { start: number | null; end: number | null } | null {
  const m = /^([^=]*)=([0-9]*)-([0-9]*)$/.exec(value);
  if (!m || m[1]!.toLowerCase() !== 'bytes') return null;
  const start = m[2] === '' ? null : Number(m[2]);
  const end = m[3] === '' ? null : Number(m[3]);
  if (start === null && end === null) return null;
  if (start !== null && end !== null && start > end) return null;
  return { start, end };
}

const SAFELISTED_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Fetch's "CORS-safelisted request-header" (name, value). */
export function isSafelistedRequestHeader(name: string, value: string): boolean {
  if (value.length > 128) return false;
  switch (name.toLowerCase()) {
    case 'accept':
      return !hasUnsafeByte(value);
    case 'accept-language':
    case 'content-language':
      return /^[0-9A-Za-z *,\-.;=]*$/.test(value);
    case 'content-type': {
      if (hasUnsafeByte(value)) return false;
      const essence = mimeEssenceOf(value);
      return essence !== null && SAFELISTED_CONTENT_TYPES.has(essence);
    }
    case 'range': {
      // Only a single byte range with a first position ("bytes=0-", "bytes=0-499"); "bytes=-500" is not.
      const range = parseSingleRange(value);
      return range !== null && range.start !== null;
    }
    default:
      return false;
  }
}

const FORBIDDEN_REQUEST_HEADERS = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method', 'connection',
  'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive', 'origin', 'referer',
  'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);
const METHOD_OVERRIDE_HEADERS = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

/** Fetch's "forbidden request-header": script cannot set it; the browser controls it. */
export function isForbiddenRequestHeader(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (FORBIDDEN_REQUEST_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) return true;
  if (METHOD_OVERRIDE_HEADERS.has(lower)) {
    return value.split(',').some((m) => ['CONNECT', 'TRACE', 'TRACK'].includes(m.trim().toUpperCase()));
  }
  return false;
}

/**
 * The headers a page's script would have set on a browser request that goes out with these headers on the
 * wire: forbidden request-headers (Host, Connection, Content-Length, Cookie, Origin, Sec-*, …) are the browser's
 * own, and so is User-Agent (Chromium ignores a script's User-Agent; httpinspect always sends its own).
 * CORS safelisting is decided over this list only.
 */
export function authorHeaders(headers: Iterable<HeaderLike>): NamedHeader[] {
  const out: NamedHeader[] = [];
  for (const h of headers) {
    const { name, value } = toNamed(h);
    if (isForbiddenRequestHeader(name, value) || name.toLowerCase() === 'user-agent') continue;
    out.push({ name, value });
  }
  return out;
}

/**
 * Fetch's "CORS-unsafe request-header names": sorted, lower-cased, de-duplicated names of the author headers
 * that are not CORS-safelisted, plus every safelisted one when the safelisted values total more than 1024 bytes.
 * Headers the browser controls are dropped first (see authorHeaders), so a whole wire header list may be passed.
 */
export function corsUnsafeRequestHeaderNames(headers: Iterable<HeaderLike>): string[] {
  const unsafe: string[] = [];
  const potentiallyUnsafe: string[] = [];
  let safelistValueSize = 0;
  for (const { name, value } of authorHeaders(headers)) {
    if (!isSafelistedRequestHeader(name, value)) unsafe.push(name);
    else {
      potentiallyUnsafe.push(name);
      safelistValueSize += value.length;
    }
  }
  if (safelistValueSize > 1024) unsafe.push(...potentiallyUnsafe);
  return [...new Set(unsafe.map((n) => n.toLowerCase()))].sort();
}

/** Whether a browser sends a CORS preflight before this cross-origin request. */
export function needsPreflight(method: string, headers: Iterable<HeaderLike>): boolean {
  return !isSafelistedMethod(method) || corsUnsafeRequestHeaderNames(headers).length > 0;
}

/**
 * The headers of the preflight OPTIONS a browser sends (Fetch §4.8 steps 2–5, plus Origin added by the
 * HTTP-network-or-cache fetch). A preflight never carries credentials (no Cookie, no Authorization).
 */
export function preflightRequestHeaders(origin: string, method: string, headers: Iterable<HeaderLike>): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['Origin', origin],
    ['Access-Control-Request-Method', method],
  ];
  const unsafe = corsUnsafeRequestHeaderNames(headers);
  if (unsafe.length > 0) out.push(['Access-Control-Request-Headers', unsafe.join(',')]);
  out.push(['Accept', '*/*']);
  return out;
}
