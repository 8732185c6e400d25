// Response builders for the security rule tests: headers first (the first header line starts at byte 17).
import type { ExchangeInput } from '../../helpers/exchange';

export const HTTPS = 'https://127.0.0.1:8443/';

/** A 200 with the given header lines (each "Name: value") and an empty body, over https unless `url` says. */
export function res(lines: string[], options: { status?: string; url?: string; body?: string; method?: string } = {}): ExchangeInput {
  const body = options.body ?? '';
  return {
    url: options.url ?? HTTPS,
    method: options.method,
    response: `HTTP/1.1 ${options.status ?? '200 OK'}\r\n${lines.map((l) => `${l}\r\n`).join('')}Content-Length: ${Buffer.byteLength(body, 'latin1')}\r\n\r\n${body}`,
  };
}

export const HTML = 'Content-Type: text/html; charset=utf-8';
export const JSON_TYPE = 'Content-Type: application/json';
