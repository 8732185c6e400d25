// Maps the exchanges of one inspection onto the CORS protocol: which exchange is a preflight, which is an
// actual CORS request, how they pair up, and the request's credentials mode.
import { headerNamed, headersNamed, type Exchange } from '../exchange';

export type CorsRole = 'preflight' | 'actual';

/** The request's Origin value (first Origin header), or undefined when it carries none. */
export function requestOriginOf(exchange: Exchange | undefined): string | undefined {
  return exchange ? headerNamed(exchange.request?.headers ?? [], 'Origin')?.value : undefined;
}

/** A preflight is an OPTIONS request carrying Origin and Access-Control-Request-Method, however it was built. */
export function isPreflightRequest(exchange: Exchange): boolean {
  const headers = exchange.request?.headers ?? [];
  return (
    exchange.request?.method?.toUpperCase() === 'OPTIONS' &&
    headerNamed(headers, 'Origin') !== undefined &&
    headerNamed(headers, 'Access-Control-Request-Method') !== undefined
  );
}

/** The origin of the request's target URL (scheme://host[:port]), or undefined when the URL does not parse. */
function targetOriginOf(exchange: Exchange): string | undefined {
  try {
    return new URL(exchange.url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether the request carries an Origin equal to its own target's origin: browsers send Origin on same-origin
 * POSTs too, but run no CORS check on them.
 */
export function isSameOriginRequest(exchange: Exchange): boolean {
  const origin = requestOriginOf(exchange);
  return origin !== undefined && origin === targetOriginOf(exchange);
}

/**
 * 'preflight' for a preflight; 'actual' for any other request carrying an Origin other than its target's own;
 * null when the exchange is not part of a CORS flow.
 */
export function corsRoleOf(exchange: Exchange | undefined): CorsRole | null {
  if (!exchange || requestOriginOf(exchange) === undefined) return null;
  if (isPreflightRequest(exchange)) return 'preflight';
  if (isSameOriginRequest(exchange)) return null;
  return 'actual';
}

/**
 * The request's credentials mode is "include". A simulated request (--origin, --cors) has it only with
 * --credentials: Authorization is an ordinary header a script may set, and a Cookie typed with -H is not
 * sent as a page's. A request judged as it was sent (a hand-set Origin, a raw file, a HAR) is credentialed
 * when it carries Cookie: a page cannot set that header, so the browser attached its cookie jar, which it
 * does for a cross-origin request only in "include" mode. Authorization never implies it.
 */
export function isCredentialed(exchange: Exchange): boolean {
  if (exchange.cors !== undefined) return exchange.cors.credentials;
  return headerNamed(exchange.request?.headers ?? [], 'Cookie') !== undefined;
}

/** For an actual request: the index of the latest preflight for the same URL before it, or null. */
export function preflightIndexOf(exchanges: readonly Exchange[], index: number): number | null {
  const actual = exchanges[index];
  if (!actual) return null;
  for (let i = index - 1; i >= 0; i--) {
    const ex = exchanges[i]!;
    if (ex.url === actual.url && corsRoleOf(ex) === 'preflight') return i;
  }
  return null;
}

/** For a preflight: the index of the actual request it precedes (the next CORS request for the same URL), or null. */
export function actualIndexOf(exchanges: readonly Exchange[], index: number): number | null {
  const preflight = exchanges[index];
  if (!preflight) return null;
  for (let i = index + 1; i < exchanges.length; i++) {
    const ex = exchanges[i]!;
    if (ex.url !== preflight.url) continue;
    const role = corsRoleOf(ex);
    if (role === 'preflight') return null;
    if (role === 'actual') return i;
  }
  return null;
}

/** The method the preflight asks about (Access-Control-Request-Method), trimmed. */
export function requestedMethodOf(preflight: Exchange): string {
  return headerNamed(preflight.request?.headers ?? [], 'Access-Control-Request-Method')?.value.trim() ?? '';
}

/** The header names the preflight asks about (Access-Control-Request-Headers), lower-cased, in order. */
export function requestedHeadersOf(preflight: Exchange): string[] {
  const names: string[] = [];
  for (const h of headersNamed(preflight.request?.headers ?? [], 'Access-Control-Request-Headers')) {
    for (const part of h.value.split(',')) {
      const name = part.trim().toLowerCase();
      if (name !== '' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/**
 * The credentials mode that governs exchange `index`: an actual request's own; for a preflight, that of the
 * actual request it precedes, else the inspection's flag (--credentials). A preflight itself never carries
 * credentials, and asking for Authorization (Access-Control-Request-Headers) does not make one credentialed.
 */
export function credentialsModeOf(exchanges: readonly Exchange[], index: number): boolean {
  const ex = exchanges[index];
  if (!ex) return false;
  if (corsRoleOf(ex) !== 'preflight') return isCredentialed(ex);
  const actual = actualIndexOf(exchanges, index);
  if (actual !== null) return isCredentialed(exchanges[actual]!);
  return ex.cors?.credentials === true;
}

export function isOkStatus(status: number): boolean {
  return status >= 200 && status <= 299;
}
