// Responses built from header lines, for the cookies, api and Link rule tables. The first header starts at
// byte 17 (after "HTTP/1.1 200 OK\r\n"), so a Set-Cookie value starts at byte 29.
import type { ExchangeInput } from '../../helpers/exchange';

export const DATE = 'Sun, 29 Nov 2026 21:00:00 GMT';

export function withHeaders(lines: string[], options: { status?: string; url?: string; requestHeaders?: Array<[string, string]> } = {}): ExchangeInput {
  const head = `HTTP/1.1 ${options.status ?? '200 OK'}\r\n${lines.map((l) => `${l}\r\n`).join('')}Content-Length: 0\r\n\r\n`;
  return { response: head, url: options.url, requestHeaders: options.requestHeaders };
}

/** A response whose only headers are these Set-Cookie values (then Date and Content-Length). */
export function cookies(values: string[], options: { url?: string; requestHeaders?: Array<[string, string]>; status?: string; extra?: string[] } = {}): ExchangeInput {
  return withHeaders([...values.map((v) => `Set-Cookie: ${v}`), ...(options.extra ?? []), `Date: ${DATE}`], options);
}

export const HTTPS = 'https://app.example.com/account';

