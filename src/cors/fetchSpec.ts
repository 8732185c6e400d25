// The WHATWG Fetch standard's CORS algorithms on the response side, as pure functions over header lists:
// https://fetch.spec.whatwg.org/#cors-protocol — §3.2 (CORS protocol), §4.9 (CORS check), §4.8 (CORS-preflight
// fetch). The request side (safelisting, method normalization, the preflight's headers) is in ./fetchRequest.ts.
// Nothing here knows about Exchanges: src/cors/exchange.ts maps exchanges onto these functions.
import { TOKEN } from '../http/token';
import { isSafelistedMethod, type NamedHeader } from './fetchRequest';

// ---------------------------------------------------------------------------------------------------------
// Response header values

function named<H extends NamedHeader>(headers: readonly H[], name: string): H[] {
  const lower = name.toLowerCase();
  return headers.filter((h) => h.name.toLowerCase() === lower);
}

/** Fetch's "get": every value of that name combined with ", ", or null when absent. */
export function getCombined(headers: readonly NamedHeader[], name: string): string | null {
  const found = named(headers, name);
  return found.length === 0 ? null : found.map((h) => h.value).join(', ');
}

export type ListValues<H extends NamedHeader> =
  | { kind: 'absent' }
  | { kind: 'failure'; reason: string; header: H }
  | { kind: 'values'; values: string[]; headers: H[] };

/**
 * Fetch's "extract header list values" for a `#token` list (Access-Control-Allow-Methods: #method,
 * Access-Control-Allow-Headers: #field-name): every header of that name, split on commas, whitespace trimmed,
 * empty elements skipped; any element that is not a token makes the whole header a failure.
 */
export function extractTokenList<H extends NamedHeader>(headers: readonly H[], name: string): ListValues<H> {
  const found = named(headers, name);
  if (found.length === 0) return { kind: 'absent' };
  const values: string[] = [];
  for (const h of found) {
    for (const part of h.value.split(',')) {
      const item = part.replace(/^[ \t]+|[ \t]+$/g, '');
      if (item === '') continue;
      if (!TOKEN.test(item)) return { kind: 'failure', reason: `"${item}" is not a token`, header: h };
      values.push(item);
    }
  }
  return { kind: 'values', values, headers: found };
}

export type MaxAge<H extends NamedHeader> =
  | { kind: 'absent' }
  | { kind: 'failure'; reason: string; header: H }
  | { kind: 'value'; seconds: number; header: H };

/** Access-Control-Max-Age = delta-seconds, a single header. Failure or absence means the 5-second default. */
export function extractMaxAge<H extends NamedHeader>(headers: readonly H[]): MaxAge<H> {
  const found = named(headers, 'Access-Control-Max-Age');
  if (found.length === 0) return { kind: 'absent' };
  if (found.length > 1) return { kind: 'failure', reason: `${found.length} Access-Control-Max-Age headers`, header: found[1]! };
  const h = found[0]!;
  if (!/^[0-9]+$/.test(h.value)) return { kind: 'failure', reason: `"${h.value}" is not a number of seconds`, header: h };
  return { kind: 'value', seconds: Number(h.value), header: h };
}

// ---------------------------------------------------------------------------------------------------------
// Access-Control-Allow-Origin

export type AllowOrigin<H extends NamedHeader> =
  | { kind: 'absent' }
  | { kind: 'wildcard'; value: string; header: H }
  | { kind: 'null'; value: string; header: H }
  | { kind: 'origin'; value: string; header: H }
  | { kind: 'invalid'; value: string; reason: string; header: H };

/** scheme "://" host [":" port], nothing else (no path, not even "/", no userinfo, query or fragment). */
const ORIGIN_SYNTAX = /^[A-Za-z][A-Za-z0-9+.\-]*:\/\/(\[[0-9A-Fa-f:.]+\]|[^\s/?#@:[\],]+)(:[0-9]*)?$/;

export function isOriginSyntax(value: string): boolean {
  if (!ORIGIN_SYNTAX.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** What the response's Access-Control-Allow-Origin says, as the browser reads it (all lines combined). */
export function allowOriginOf<H extends NamedHeader>(headers: readonly H[]): AllowOrigin<H> {
  const found = named(headers, 'Access-Control-Allow-Origin');
  if (found.length === 0) return { kind: 'absent' };
  const header = found[0]!;
  const value = found.map((h) => h.value).join(', ');
  if (found.length > 1) return { kind: 'invalid', value, reason: `${found.length} header lines, which a browser combines into one list`, header: found[1]! };
  if (value === '*') return { kind: 'wildcard', value, header };
  if (value === 'null') return { kind: 'null', value, header };
  if (value.includes(',')) return { kind: 'invalid', value, reason: 'a list of origins', header };
  if (value === '') return { kind: 'invalid', value, reason: 'empty', header };
  if (/\s/.test(value)) return { kind: 'invalid', value, reason: 'several values separated by whitespace', header };
  if (value.includes('*')) return { kind: 'invalid', value, reason: 'a pattern; the only wildcard is a lone "*"', header };
  if (isOriginSyntax(value)) return { kind: 'origin', value, header };
  if (/^[A-Za-z][A-Za-z0-9+.\-]*:\/\/[^/?#]+[/?#]/.test(value)) {
    return { kind: 'invalid', value, reason: 'a URL with a path; an origin has none, not even a trailing "/"', header };
  }
  return { kind: 'invalid', value, reason: 'neither an origin (scheme://host[:port]), "*" nor "null"', header };
}

// ---------------------------------------------------------------------------------------------------------
// CORS check (Fetch §4.9) and CORS-preflight fetch (Fetch §4.8 step 7)

/** The step of the CORS check that failed, named like the cors/* rule that reports it. */
export type CorsCheckFailure =
  | 'missing-allow-origin'
  | 'wildcard-with-credentials'
  | 'invalid-allow-origin'
  | 'origin-not-allowed'
  | 'missing-allow-credentials'
  | 'credentials-not-true';

export interface StepFailure<F extends string, H extends NamedHeader = NamedHeader> {
  failure: F;
  /** Says what failed, to follow "the response …" / "the preflight …" (e.g. "allows origin https://x, not https://y"). */
  detail: string;
  header?: H;
}

/**
 * Fetch's CORS check: Access-Control-Allow-Origin must be `*` (only without credentials) or byte-for-byte the
 * serialized request origin; with credentials, Access-Control-Allow-Credentials must be exactly `true`.
 * Returns null on success.
 */
export function corsCheck<H extends NamedHeader>(origin: string, credentialed: boolean, headers: readonly H[]): StepFailure<CorsCheckFailure, H> | null {
  const acao = allowOriginOf(headers);
  if (acao.kind === 'absent') return { failure: 'missing-allow-origin', detail: 'has no Access-Control-Allow-Origin header' };
  if (!credentialed && acao.kind === 'wildcard') return null;
  if (acao.value !== origin) {
    if (acao.kind === 'wildcard') {
      return { failure: 'wildcard-with-credentials', detail: 'allows origin "*", which does not cover a credentialed request', header: acao.header };
    }
    if (acao.kind === 'invalid') {
      return { failure: 'invalid-allow-origin', detail: `has an invalid Access-Control-Allow-Origin "${acao.value}" (${acao.reason})`, header: acao.header };
    }
    return { failure: 'origin-not-allowed', detail: `allows origin ${acao.value}, not ${origin}`, header: acao.header };
  }
  if (!credentialed) return null;
  const acac = named(headers, 'Access-Control-Allow-Credentials');
  const value = getCombined(headers, 'Access-Control-Allow-Credentials');
  if (value === null) {
    return { failure: 'missing-allow-credentials', detail: 'lacks Access-Control-Allow-Credentials: true, which a credentialed request needs' };
  }
  if (value !== 'true') {
    return { failure: 'credentials-not-true', detail: `has Access-Control-Allow-Credentials "${value}", not exactly "true"`, header: acac[0] };
  }
  return null;
}

export type PreflightFailure = CorsCheckFailure | 'preflight-failed-status' | 'method-not-allowed' | 'header-not-allowed';

export interface PreflightInput<H extends NamedHeader> {
  /** The request's origin, as the Origin header carries it. */
  origin: string;
  /** The actual request's method (Access-Control-Request-Method). */
  method: string;
  /** The actual request's CORS-unsafe header names (Access-Control-Request-Headers), any case. */
  requestHeaderNames: readonly string[];
  /** The actual request's credentials mode is "include". */
  credentialed: boolean;
  status: number;
  headers: readonly H[];
  /** Judge as Chromium does today rather than as Fetch says (see headersNotAllowed). */
  chromiumToday?: boolean;
}

/** Whether the preflight's allowed methods let this method through (Fetch §4.8 step 7.5). */
export function methodAllowed(method: string, allowed: readonly string[], credentialed: boolean): boolean {
  // Method names are case-sensitive: "put" does not allow PUT.
  return isSafelistedMethod(method) || allowed.includes(method) || (!credentialed && allowed.includes('*'));
}

/**
 * The requested header names that the preflight's allowed headers do not cover (Fetch §4.8 steps 7.6–7.7).
 * `chromiumToday`: Chromium still lets `*` cover Authorization (with a deprecation warning); Fetch does not.
 */
export function headersNotAllowed(requested: readonly string[], allowed: readonly string[], credentialed: boolean, chromiumToday = false): string[] {
  const allowedLower = new Set(allowed.map((a) => a.toLowerCase()));
  const wildcard = !credentialed && allowedLower.has('*');
  const missing: string[] = [];
  for (const raw of requested) {
    const name = raw.toLowerCase();
    if (allowedLower.has(name)) continue;
    // `*` never covers Authorization (a "CORS non-wildcard request-header name").
    if (wildcard && (name !== 'authorization' || chromiumToday)) continue;
    if (!missing.includes(name)) missing.push(name);
  }
  return missing;
}

/**
 * The CORS-preflight fetch's verdict on a preflight response, step by step as Fetch (and Chromium) run it:
 * CORS check, ok status, then Access-Control-Allow-Methods / -Headers parsing, method, headers.
 * Returns null when the preflight lets the actual request through.
 */
export function preflightCheck<H extends NamedHeader>(input: PreflightInput<H>): StepFailure<PreflightFailure, H> | null {
  const cors = corsCheck(input.origin, input.credentialed, input.headers);
  if (cors) return cors;
  if (input.status < 200 || input.status > 299) {
    return { failure: 'preflight-failed-status', detail: `has status ${input.status}, not an ok status (200–299)` };
  }
  const methods = extractTokenList(input.headers, 'Access-Control-Allow-Methods');
  if (methods.kind === 'failure') {
    return { failure: 'method-not-allowed', detail: `has an unparsable Access-Control-Allow-Methods: ${methods.reason}`, header: methods.header };
  }
  const headerNames = extractTokenList(input.headers, 'Access-Control-Allow-Headers');
  if (headerNames.kind === 'failure') {
    return { failure: 'header-not-allowed', detail: `has an unparsable Access-Control-Allow-Headers: ${headerNames.reason}`, header: headerNames.header };
  }
  const allowedMethods = methods.kind === 'values' ? methods.values : [];
  if (!methodAllowed(input.method, allowedMethods, input.credentialed)) {
    return { failure: 'method-not-allowed', detail: `does not allow method ${input.method}`, header: methods.kind === 'values' ? methods.headers[0] : undefined };
  }
  const allowedHeaders = headerNames.kind === 'values' ? headerNames.values : [];
  const missing = headersNotAllowed(input.requestHeaderNames, allowedHeaders, input.credentialed, input.chromiumToday === true);
  if (missing.length > 0) {
    return {
      failure: 'header-not-allowed',
      detail: `does not allow header${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
      header: headerNames.kind === 'values' ? headerNames.headers[0] : undefined,
    };
  }
  return null;
}
