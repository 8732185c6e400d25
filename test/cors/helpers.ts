// Builders for CORS exchanges: a preflight and an actual request to the same URL, from literal wire bytes.
import type { Exchange } from '../../src/exchange';
import { exchangeOf } from '../helpers/exchange';

export const ORIGIN = 'https://app.example';
export const URL_ = 'http://127.0.0.1:8080/api/items';

/** Raw response bytes: status line, the given header lines, Date, and a correctly framed body. */
export function wire(status: number, headers: string[] = [], body = ''): string {
  const reason = { 200: 'OK', 204: 'No Content', 301: 'Moved Permanently', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' }[status] ?? 'Status';
  const lines = ['Date: Mon, 01 Jan 2024 00:00:00 GMT', ...headers];
  if (status !== 204 && status !== 304) lines.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n${body}`;
}

export interface PreflightOptions {
  requestHeaders?: string;
  origin?: string;
  status?: number;
  body?: string;
  extraRequest?: Array<[string, string]>;
  credentials?: boolean;
  url?: string;
}

/** A preflight OPTIONS for `method` answered with these response header lines. */
export function preflightOf(method: string, responseHeaders: string[], o: PreflightOptions = {}): Exchange {
  const requestHeaders: Array<[string, string]> = [
    ['Origin', o.origin ?? ORIGIN],
    ['Access-Control-Request-Method', method],
  ];
  if (o.requestHeaders !== undefined) requestHeaders.push(['Access-Control-Request-Headers', o.requestHeaders]);
  requestHeaders.push(...(o.extraRequest ?? []));
  const ex = exchangeOf({ method: 'OPTIONS', url: o.url ?? URL_, requestHeaders, response: wire(o.status ?? 204, responseHeaders, o.body) });
  if (o.credentials !== undefined) ex.cors = { credentials: o.credentials };
  return ex;
}

export interface ActualOptions {
  requestHeaders?: Array<[string, string]>;
  origin?: string | null;
  status?: number;
  body?: string;
  credentials?: boolean;
  url?: string;
}

/** An actual request with Origin answered with these response header lines. */
export function actualOf(method: string, responseHeaders: string[], o: ActualOptions = {}): Exchange {
  const requestHeaders: Array<[string, string]> = [];
  if (o.origin !== null) requestHeaders.push(['Origin', o.origin ?? ORIGIN]);
  requestHeaders.push(...(o.requestHeaders ?? []));
  const ex = exchangeOf({
    method,
    url: o.url ?? URL_,
    requestHeaders,
    response: wire(o.status ?? 200, responseHeaders, o.body ?? (method === 'HEAD' ? '' : '{"ok":true}')),
  });
  if (o.credentials !== undefined) ex.cors = { credentials: o.credentials };
  return ex;
}
