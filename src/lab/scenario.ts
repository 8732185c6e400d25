// A lab scenario: a named, deliberately (mis)behaving endpoint and the findings it must produce.
// Scenarios are data: the lab server plays their steps byte for byte; `httpinspect demo` and the tests
// inspect each one and compare what fired with `expect`.
import type { H2Request } from './h2/serverConnection';

export interface LabRequest {
  method: string;
  target: string;
  path: string;
  query: URLSearchParams;
  /** Request headers as received, in order. */
  headers: Array<[string, string]>;
  body: Buffer;
}

/**
 * What the lab sends, in order. A string is sent as latin1 bytes. `{ wait }` pauses before the next step.
 * After the last step the lab closes the connection, unless the last step is `{ hold }`, which keeps it
 * open that long first (to play a server that ignores `Connection: close`).
 */
export type Step = string | Buffer | { wait: number } | { hold: number };

export interface Scenario {
  /** Served at /scenario/<name>. Kebab-case; usually the rule id's name, or `<name>-ok` for a near-miss. */
  name: string;
  description: string;
  /** How `httpinspect demo` requests it (default GET, no extra headers). */
  request?: { method?: string; headers?: Array<[string, string]>; body?: string };
  /**
   * Every rule id that must fire, and nothing else may (an empty list: a near-miss that must stay clean).
   */
  expect: string[];
  /** Follow-up probes `httpinspect demo` sends after the request (--probe); `expect` then covers every exchange. */
  probe?: string[];
  /**
   * Serve further requests on the same connection (keep-alive) unless the request says `Connection: close`;
   * by default the lab closes after each response.
   */
  keepAlive?: boolean;
  /** HTTP/1.1 bytes for this scenario (an HTTP/2 scenario answers HTTP/1.1 clients with a note). */
  respond(req: LabRequest): Step[];
  /** 'h2c': an HTTP/2 scenario, served by the lab's HTTP/2 listeners (h2c, and TLS with ALPN h2). */
  protocol?: 'h2c';
  /** Inspected with --compare-protocols (HTTP/1.1, then HTTP/2 on the same h2c port). */
  compare?: boolean;
  /** HTTP/2 scenarios: the server's frames, byte for byte (server preface included). */
  frames?(req: H2Request): Buffer[];
}

/** An IMF-fixdate for now, as a correct server sends in Date. */
export function httpDate(date = new Date()): string {
  return date.toUTCString();
}

export interface ResponseOptions {
  /** Add `Date` and `Cache-Control: no-store` unless the headers already name them (default true). */
  baseline?: boolean;
  /** Add a correct Content-Length for the body unless the headers already frame it (default true when there is a body). */
  contentLength?: boolean;
  reason?: string;
}

const REASONS: Record<number, string> = {
  100: 'Continue', 101: 'Switching Protocols', 103: 'Early Hints', 200: 'OK', 201: 'Created', 202: 'Accepted',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 301: 'Moved Permanently', 302: 'Found',
  303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 407: 'Proxy Authentication Required',
  409: 'Conflict', 410: 'Gone', 416: 'Range Not Satisfiable', 422: 'Unprocessable Content', 426: 'Upgrade Required',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

export function reasonOf(status: number): string {
  return REASONS[status] ?? 'Status';
}

/**
 * Builds a response as latin1 text: status line, headers in the order given (plus the baseline ones),
 * and the body. Nothing is validated: scenarios may build any bytes they like.
 */
export function response(status: number, headers: Array<[string, string]> = [], body = '', options: ResponseOptions = {}): string {
  const names = new Set(headers.map(([n]) => n.toLowerCase()));
  const lines: Array<[string, string]> = [];
  if (options.baseline !== false) {
    if (!names.has('date')) lines.push(['Date', httpDate()]);
    if (!names.has('cache-control')) lines.push(['Cache-Control', 'no-store']);
  }
  lines.push(...headers);
  const framed = names.has('content-length') || names.has('transfer-encoding');
  if (body !== '' && options.contentLength !== false && !framed) {
    lines.push(['Content-Length', String(Buffer.byteLength(body, 'latin1'))]);
  }
  const head = `HTTP/1.1 ${status} ${options.reason ?? reasonOf(status)}\r\n${lines.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
  return head + body;
}

/** A body in chunked coding, one chunk per piece. */
export function chunked(...pieces: string[]): string {
  return pieces.map((p) => `${Buffer.byteLength(p, 'latin1').toString(16)}\r\n${p}\r\n`).join('') + '0\r\n\r\n';
}
