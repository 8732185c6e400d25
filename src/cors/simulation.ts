// The browser request httpinspect simulates (--origin, --cors, --preflight-only, --credentials): which
// preflight a browser would send first, if any, and the request headers that make it one. Pure: the
// orchestration that sends these is in src/inspect.ts.
import type { RequestSpec } from '../http1/request';
import { needsPreflight, normalizeMethod, preflightRequestHeaders } from './fetchRequest';

export interface CorsSimulation {
  /** The page's origin, sent as Origin (serialized: scheme://host[:port], or "null"). */
  origin: string;
  /** --cors: send the preflight a browser would send first, when it would. */
  preflight: boolean;
  /** --preflight-only: send that preflight and nothing else. */
  preflightOnly: boolean;
  /** The request's credentials mode is "include": --credentials, and nothing else (fetch()'s credentials: 'include'). */
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

/** Whether the origin is the target's own: a browser runs no CORS protocol then (no preflight, no check). */
export function isSameOrigin(spec: RequestSpec, origin: string): boolean {
  return spec.url.origin === origin;
}

/**
 * Why a browser at `origin` sends no preflight before this request, or null when it does send one.
 * "it is same-origin", "GET with CORS-safelisted headers needs none", …
 */
export function noPreflightReason(spec: RequestSpec, origin: string): string | null {
  const plan = preflightPlanOf(spec, origin);
  return plan.preflight === null ? plan.reason : null;
}

/**
 * The Origin a browser request carries on the wire: the page's, or "null" once a redirect has tainted it
 * (src/inspect.ts nextHop).
 */
export function originHeaderOf(spec: RequestSpec): string | undefined {
  return spec.headers.find(([n, v]) => n.toLowerCase() === 'origin' && v !== '')?.[1];
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

export interface BrowserRequest {
  /** The request fetch() would send. */
  spec: RequestSpec;
  /** What differs from the request as typed, once each, for stderr. */
  announcements: string[];
  /** Of those, what the CORS verdict's explanation must say too. */
  notes: string[];
}

/**
 * The request as a page's fetch() sends it: the page's Origin on it; the method normalized as fetch() does
 * (`put` goes out as PUT, `patch` stays `patch`); and no Cookie unless --credentials, since a page cannot set
 * that header. With --credentials a typed Cookie stands for the browser's cookie jar and is sent.
 */
export function browserRequestOf(spec: RequestSpec, simulation: CorsSimulation): BrowserRequest {
  const announcements: string[] = [];
  const notes: string[] = [];
  const method = normalizeMethod(spec.method);
  if (method !== spec.method) announcements.push(`fetch() sends the method "${spec.method}" as ${method}; so does httpinspect when it simulates a browser`);
  let headers = spec.headers;
  if (!simulation.credentials && has(spec, 'Cookie')) {
    headers = headers.filter(([n]) => n.toLowerCase() !== 'cookie');
    const note = 'the Cookie header was not sent: a page cannot set it (a forbidden request-header name); use --credentials to model the browser\'s cookie jar';
    announcements.push(note);
    notes.push(note);
  }
  return { spec: withOrigin({ ...spec, method, headers }, simulation.origin), announcements, notes };
}

/**
 * Whether a browser sends a preflight before this request (the first one, or a redirect hop: a new URL has no
 * preflight-cache entry, so Fetch's main fetch preflights the hop again when it still needs one).
 * `corsSoFar`: an earlier request of the chain was cross-origin (Fetch's response tainting "cors"), so even a
 * hop back to the page's own origin stays a CORS request.
 */
export function preflightPlanOf(spec: RequestSpec, pageOrigin: string, corsSoFar = false): { preflight: RequestSpec } | { preflight: null; reason: string } {
  if (!corsSoFar && isSameOrigin(spec, pageOrigin)) return { preflight: null, reason: `${pageOrigin} is the target's own origin, so no CORS applies` };
  if (!needsPreflight(spec.method, sentHeaders(spec))) return { preflight: null, reason: `${spec.method} with CORS-safelisted headers needs none` };
  return { preflight: preflightSpecOf(spec, originHeaderOf(spec) ?? pageOrigin) };
}
