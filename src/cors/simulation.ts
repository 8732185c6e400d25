// The browser request httpinspect simulates (--origin, --cors, --preflight-only, --credentials): which
// preflight a browser would send first, if any, and the request headers that make it one. Pure: the
// orchestration that sends these is in src/inspect.ts.
import type { RequestSpec } from '../http1/request';
import { needsPreflight, preflightRequestHeaders } from './fetchSpec';

export interface CorsSimulation {
  /** The page's origin, sent as Origin (serialized: scheme://host[:port], or "null"). */
  origin: string;
  /** --cors: send the preflight a browser would send first, when it would. */
  preflight: boolean;
  /** --preflight-only: send that preflight and nothing else. */
  preflightOnly: boolean;
  /** The request's credentials mode is "include" (--credentials, or a Cookie / Authorization header). */
  credentials: boolean;
}

function has(spec: RequestSpec, name: string): boolean {
  const lower = name.toLowerCase();
  return spec.headers.some(([n, v]) => n.toLowerCase() === lower && v !== '');
}

/** The headers that go on the wire (an empty value only removes a default header). */
export function sentHeaders(spec: RequestSpec): Array<[string, string]> {
  return spec.headers.filter(([, v]) => v !== '');
}

/** The request is itself a preflight (OPTIONS with Origin and Access-Control-Request-Method), built by hand. */
export function isHandBuiltPreflight(spec: RequestSpec): boolean {
  return spec.method.toUpperCase() === 'OPTIONS' && has(spec, 'Origin') && has(spec, 'Access-Control-Request-Method');
}

/**
 * The credentials mode a request built like this implies: a Cookie or Authorization header, or (a preflight
 * built by hand) asking for Authorization, which only a credentialed request carries.
 */
export function impliedCredentials(spec: RequestSpec): boolean {
  if (has(spec, 'Cookie') || has(spec, 'Authorization')) return true;
  if (!isHandBuiltPreflight(spec)) return false;
  return spec.headers.some(([n, v]) => n.toLowerCase() === 'access-control-request-headers' && v.split(',').some((h) => h.trim().toLowerCase() === 'authorization'));
}

/** Whether the origin is the target's own: a browser runs no CORS protocol then (no preflight, no check). */
export function isSameOrigin(spec: RequestSpec, origin: string): boolean {
  return spec.url.origin === origin;
}

/**
 * Why a browser at `origin` sends no preflight before this request, or null when it does send one.
 * "it is same-origin", "GET with CORS-safelisted headers needs none", …
 */
export function noPreflightReason(spec: RequestSpec, origin: string): string | null {
  if (isSameOrigin(spec, origin)) return `${origin} is the target's own origin, so no CORS applies`;
  if (!needsPreflight(spec.method, sentHeaders(spec))) return `${spec.method} with CORS-safelisted headers needs none`;
  return null;
}

/** The preflight OPTIONS a browser at `origin` sends before `spec` (Fetch §4.8): no body, no credentials. */
export function preflightSpecOf(spec: RequestSpec, origin: string): RequestSpec {
  return { url: spec.url, method: 'OPTIONS', headers: preflightRequestHeaders(origin, spec.method, sentHeaders(spec)) };
}

/** "OPTIONS http://…/x (Access-Control-Request-Method: PUT; Access-Control-Request-Headers: content-type)" */
export function describePreflight(preflight: RequestSpec): string {
  const asks = preflight.headers
    .filter(([n]) => n.startsWith('Access-Control-Request-'))
    .map(([n, v]) => `${n}: ${v}`)
    .join('; ');
  return `OPTIONS ${preflight.url.href} (${asks})`;
}

/**
 * The request with the page's Origin on it: added when absent (--origin), left as is when the user set it
 * with -H (the CLI rejects two different origins).
 */
export function withOrigin(spec: RequestSpec, origin: string): RequestSpec {
  if (has(spec, 'Origin')) return spec;
  return { ...spec, headers: [...spec.headers, ['Origin', origin]] };
}
