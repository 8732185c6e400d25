// A capture session: the request the user asked for, the CORS preflight a browser would send first, and with
// -L each redirect hop (and, with --cors, the preflight a browser sends before each hop that needs one). It
// returns what crossed the wire, as Exchange[]; it knows nothing of rules (see judge.ts).
import { captureExchange, type CaptureOptions } from './http1';
import type { ProbeName } from './probes/names';
import { runProbes } from './probes/run';
import type { Exchange, Protocol } from '../exchange';
import { headerNamed } from '../exchange';
import type { RequestSpec } from '../http1/request';
import { browserRequestOf, describePreflight, isHandBuiltPreflight, preflightPlanOf, preflightSpecOf, type CorsSimulation } from '../cors/simulation';
import { afterPreflight, corsSoFar } from '../cors/browserFlow';

export interface SessionOptions {
  capture: CaptureOptions;
  followRedirects: boolean;
  maxRedirects: number;
  /** Progress and announcements for stderr (never stdout). */
  announce?: (message: string) => void;
  /** Simulate a browser's CORS request (--origin, --cors, --preflight-only, --credentials). */
  cors?: CorsSimulation;
  /** Follow-up probes (--probe) of the last request sent; none by default: then exactly one request is sent. */
  probes?: ReadonlySet<ProbeName>;
  /**
   * --compare-protocols: send the request over HTTP/1.1, then again over HTTP/2 (ALPN on https, prior
   * knowledge on http). Only for safe methods (GET, HEAD, OPTIONS): the caller checks.
   */
  compareProtocols?: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Sent with the user's request but meaningless (or dangerous) to carry to another origin.
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location', 'transfer-encoding']);

export async function captureSession(spec: RequestSpec, options: SessionOptions): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  const simulation = options.cors;
  const browser = simulation ? browserRequestOf(spec, simulation) : undefined;
  for (const message of browser?.announcements ?? []) options.announce?.(message);
  const capture = async (request: RequestSpec, opts: SessionOptions = options): Promise<Exchange> => {
    const exchange = await captureExchange(request, captureOptionsFor(request.url, opts));
    const dropped = exchange.h2?.droppedRequestFields ?? [];
    if (dropped.length > 0) options.announce?.(`not sent over HTTP/2 (connection-specific fields, RFC 9113 §8.2.2): ${dropped.join(', ')}`);
    if (simulation) exchange.cors = { credentials: simulation.credentials, ...(browser?.notes.length ? { notes: browser.notes } : {}) };
    exchanges.push(exchange);
    return exchange;
  };
  let current: RequestSpec | undefined = browser?.spec ?? spec;
  const preflights = simulation !== undefined && (simulation.preflight || simulation.preflightOnly);
  if (simulation && preflights) current = await sendPreflight(current, simulation, capture, options.announce);
  const seen = new Set<string>();
  let last: RequestSpec | undefined;
  let hops = 0;
  if (current && options.compareProtocols) {
    // The same request over HTTP/1.1, then over HTTP/2; -L goes on from the HTTP/2 answer.
    const overProtocol = (protocol: Protocol) => capture(current!, { ...options, capture: { ...options.capture, protocol } });
    const http1 = await overProtocol('http/1.1');
    const h2 = await overProtocol(current.url.protocol === 'https:' ? 'h2' : 'h2c');
    h2.comparedTo = exchanges.indexOf(http1);
    last = current;
    seen.add(`${current.method} ${current.url.href}`);
    current = options.followRedirects ? nextHop(current, h2, options, seen, hops++) : undefined;
  }
  while (current) {
    const exchange = await capture(current);
    last = current;
    seen.add(`${current.method} ${current.url.href}`);
    current = options.followRedirects ? nextHop(current, exchange, options, seen, hops++) : undefined;
    // A browser preflights a redirect hop again when it still needs one (--cors -L).
    if (current && simulation && preflights) current = await sendPreflight(current, simulation, capture, options.announce, { corsSoFar: corsSoFar(exchanges, simulation.origin) });
  }
  if (options.probes && options.probes.size > 0) {
    if (last) await runProbes(exchanges, exchanges.length - 1, last, { names: options.probes, capture: options.capture, announce: options.announce });
    else options.announce?.('no probes: only the CORS preflight was sent');
  }
  return exchanges;
}

/**
 * The protocol for one hop: h2 needs TLS (ALPN), so an http:// URL under --http2 is inspected over HTTP/1.1
 * (said once); prior knowledge on an https:// URL means h2 by ALPN.
 */
function captureOptionsFor(url: URL, options: SessionOptions): CaptureOptions {
  const protocol = options.capture.protocol ?? 'http/1.1';
  if (protocol === 'h2' && url.protocol === 'http:') {
    options.announce?.('HTTP/2 needs TLS: http:// URLs are inspected over HTTP/1.1 (use --http2-prior-knowledge for h2c)');
    return { ...options.capture, protocol: 'http/1.1' };
  }
  if (protocol === 'h2c' && url.protocol === 'https:') return { ...options.capture, protocol: 'h2' };
  return options.capture;
}

/**
 * --cors / --preflight-only: sends the preflight a browser would send before `spec` (the request, or a
 * redirect `hop` of it; `corsSoFar` as in src/cors/browserFlow.ts), if it would send one. Returns the request
 * to send next: `spec`, or nothing when the preflight fails (a browser would not send the request then, and
 * neither does httpinspect) or only the preflight was asked for.
 */
async function sendPreflight(
  spec: RequestSpec,
  simulation: CorsSimulation,
  capture: (request: RequestSpec) => Promise<Exchange>,
  announce: SessionOptions['announce'],
  hop?: { corsSoFar: boolean },
): Promise<RequestSpec | undefined> {
  if (isHandBuiltPreflight(spec)) {
    if (!hop) announce?.('the request is itself a CORS preflight: sent as built');
    return spec;
  }
  const plan = preflightPlanOf(spec, simulation.origin, hop?.corsSoFar);
  // The CLI refuses --preflight-only when a browser sends no preflight; a caller that insists gets one anyway.
  if (plan.preflight === null && !simulation.preflightOnly) {
    announce?.(`no CORS preflight${hop ? ` after the redirect to ${spec.url.href}` : ''}: ${plan.reason}`);
    return spec;
  }
  const preflightSpec = plan.preflight ?? preflightSpecOf(spec, simulation.origin);
  announce?.(
    hop
      ? `sending the CORS preflight a browser sends before following the redirect: ${describePreflight(preflightSpec)}`
      : `sending the CORS preflight a browser at ${simulation.origin} sends first: ${describePreflight(preflightSpec)}`,
  );
  const preflight = await capture(preflightSpec);
  if (simulation.preflightOnly) {
    announce?.(`--preflight-only: the ${spec.method} itself is not sent`);
    return undefined;
  }
  const next = afterPreflight(preflight, spec.method);
  if (next.announcement) announce?.(next.announcement);
  return next.send ? spec : undefined;
}

/** The request a client following redirects sends next (RFC 9110 §15.4), or undefined to stop. */
export function nextHop(
  previous: RequestSpec,
  exchange: Exchange,
  options: Pick<SessionOptions, 'maxRedirects' | 'announce'>,
  seen: ReadonlySet<string>,
  hops: number,
): RequestSpec | undefined {
  const res = exchange.response;
  if (!res || !REDIRECTS.has(res.status)) return undefined;
  const location = headerNamed(res.headers, 'location')?.value;
  if (!location) return undefined;
  let url: URL;
  try {
    url = new URL(location, previous.url);
  } catch {
    options.announce?.(`not following the redirect: Location "${location}" is not a valid URL`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    options.announce?.(`not following the redirect to ${url.protocol} (only http and https)`);
    return undefined;
  }
  if (hops >= options.maxRedirects) {
    options.announce?.(`stopped after ${options.maxRedirects} redirects (--max-redirs)`);
    return undefined;
  }
  // 303 always becomes GET (but HEAD stays HEAD); 301/302 turn POST into GET as every browser and curl do.
  let method = previous.method;
  if ((res.status === 303 && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST')) method = 'GET';
  const dropBody = method !== previous.method;
  const crossOrigin = url.origin !== previous.url.origin;
  const headers = previous.headers.filter(([name]) => {
    const lower = name.toLowerCase();
    if (lower === 'host' && crossOrigin) return false;
    if (crossOrigin && CREDENTIAL_HEADERS.has(lower)) return false;
    if (dropBody && BODY_HEADERS.has(lower)) return false;
    return true;
  });
  const key = `${method} ${url.href}`;
  if (seen.has(key)) {
    options.announce?.(`redirect loop: ${method} ${url.href} was already requested; stopping`);
    return undefined;
  }
  const dropped = previous.headers.length - headers.length;
  const tainted = crossOrigin && taintsOrigin(headers, previous.url);
  options.announce?.(
    `following ${res.status} to ${url.href} with ${method}${crossOrigin && dropped ? ' (credentials not sent to the new origin)' : ''}${
      tainted ? ' (Origin: null, as a browser sends after a cross-origin redirect)' : ''
    }`,
  );
  const hopHeaders = tainted ? headers.map(([n, v]): [string, string] => [n, n.toLowerCase() === 'origin' ? 'null' : v]) : headers;
  return { url, method, headers: hopHeaders, body: dropBody ? undefined : previous.body };
}

/**
 * Fetch's HTTP-redirect fetch sets the "tainted origin" flag when a cross-origin request (Origin is not the
 * current URL's origin) is redirected to another origin; from then on the browser serializes Origin as "null".
 */
function taintsOrigin(headers: ReadonlyArray<[string, string]>, current: URL): boolean {
  const origin = headers.find(([n]) => n.toLowerCase() === 'origin')?.[1];
  return origin !== undefined && origin !== '' && origin !== 'null' && origin !== current.origin;
}
