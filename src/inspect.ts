// One inspection: the request the user asked for (and, with -L, each redirect hop), captured and judged.
import { captureExchange, type CaptureOptions } from './capture';
import type { Exchange } from './exchange';
import { headerNamed } from './exchange';
import type { RequestSpec } from './http1/request';
import type { Finding, Rule, RuleSetting } from './engine/rule';
import { runRules } from './engine/run';

export interface InspectOptions {
  capture: CaptureOptions;
  rules: readonly Rule[];
  settings: ReadonlyMap<string, RuleSetting>;
  followRedirects: boolean;
  maxRedirects: number;
  /** Progress and announcements for stderr (never stdout). */
  announce?: (message: string) => void;
}

export interface Inspection {
  exchanges: Exchange[];
  /** Findings per exchange, same order. */
  findings: Finding[][];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Sent with the user's request but meaningless (or dangerous) to carry to another origin.
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location', 'transfer-encoding']);

export async function inspect(spec: RequestSpec, options: InspectOptions): Promise<Inspection> {
  const exchanges: Exchange[] = [];
  let current: RequestSpec | undefined = spec;
  const seen = new Set<string>();
  while (current) {
    const exchange = await captureExchange(current, options.capture);
    exchanges.push(exchange);
    seen.add(`${current.method} ${current.url.href}`);
    current = options.followRedirects ? nextHop(current, exchange, options, seen, exchanges.length - 1) : undefined;
  }
  const findings = runRules(exchanges, options.rules, { settings: options.settings, maxBody: options.capture.maxBody });
  return { exchanges, findings };
}

/** The request a client following redirects sends next (RFC 9110 §15.4), or undefined to stop. */
export function nextHop(
  previous: RequestSpec,
  exchange: Exchange,
  options: Pick<InspectOptions, 'maxRedirects' | 'announce'>,
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
  options.announce?.(
    `following ${res.status} to ${url.href} with ${method}${crossOrigin && dropped ? ' (credentials not sent to the new origin)' : ''}`,
  );
  return { url, method, headers, body: dropBody ? undefined : previous.body };
}
