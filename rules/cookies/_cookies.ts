// What every cookies rule needs: the response's Set-Cookie fields parsed once, byte-exact evidence for a
// piece of one, and the facts of the request a browser would judge the cookie by (host, scheme, time).
import { printable } from '../../src/engine/evidence';
import type { Location, RuleFinding, Severity } from '../../src/engine/rule';
import { headerNamed, headersNamed, type Exchange, type RawHeader } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';
import { lastAttribute, parseCookieDate, parseMaxAge, parseSetCookie, type CookieAttribute, type SetCookie } from '../../src/http/setCookie';

export const SPEC = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';

export interface CookieField {
  header: RawHeader;
  cookie: SetCookie;
  /** Byte offset (in the received stream) of a position in the field value. */
  at(valueOffset: number): number;
}

/** Every Set-Cookie of the final response, parsed. */
export function setCookiesOf(exchange: Exchange): CookieField[] {
  const res = exchange.response;
  if (!res) return [];
  return headersNamed(res.headers, 'set-cookie').map((header) => {
    // The value starts after the colon and any whitespace; an obs-folded value is not in `raw` as such.
    const colon = header.raw.indexOf(':');
    const start = header.raw.indexOf(header.value, colon + 1);
    const base = start < 0 ? header.offset : header.offset + start;
    return { header, cookie: parseSetCookie(header.value), at: (offset: number) => (start < 0 ? base : base + offset) };
  });
}

/** 'Set-Cookie: sid=1; SameSite=None at byte 40: "SameSite=None" at byte 57' */
export function pieceEvidence(field: CookieField, text: string, valueOffset: number): string {
  return `${printable(field.header.raw, 160)} at byte ${field.header.offset}: "${printable(text, 80)}" at byte ${field.at(valueOffset)}`;
}

export function attributeEvidence(field: CookieField, attribute: CookieAttribute): string {
  return pieceEvidence(field, attribute.text, attribute.offset);
}

export function fieldEvidence(field: CookieField): string {
  return `${printable(field.header.raw, 200)} at byte ${field.header.offset}`;
}

export function pieceLocation(field: CookieField, valueOffset: number): Location {
  return { part: 'header', offset: field.at(valueOffset), header: field.header.name };
}

export function finding(field: CookieField, message: string, attribute?: CookieAttribute, severity?: Severity): RuleFinding {
  return {
    message,
    evidence: attribute ? attributeEvidence(field, attribute) : fieldEvidence(field),
    location: attribute ? pieceLocation(field, attribute.offset) : pieceLocation(field, 0),
    ...(severity ? { severity } : {}),
  };
}

/** How the cookie is named in messages: `cookie "sid"`, or `the nameless cookie`. */
export function cookieLabel(cookie: SetCookie): string {
  return cookie.name === '' ? 'the nameless cookie' : `cookie "${printable(cookie.name, 60)}"`;
}

/** The host a browser would store the cookie for: the Host header sent (it may override the URL's), else the URL's. */
export function requestHost(exchange: Exchange): string {
  const sent = headerNamed(exchange.request.headers, 'host')?.value;
  const hostPort = sent && sent !== '' ? sent : exchange.target.host;
  const bracket = /^\[([^\]]+)\]/.exec(hostPort);
  if (bracket) return bracket[1]!.toLowerCase();
  return hostPort.replace(/:\d*$/, '').toLowerCase();
}

/** A saved response whose origin nobody gave (`--raw` without a URL or request) has a reserved .invalid host. */
export function hostUnknown(exchange: Exchange): boolean {
  const host = requestHost(exchange);
  return host === 'invalid' || host.endsWith('.invalid');
}

export const HOST_UNKNOWN = 'the host the response came from is unknown (a saved response without its URL or request): give its URL to judge Domain and Secure against it';

/** Browsers treat loopback over http as a secure context for cookies (Chromium, Firefox): Secure works there. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}

/** Whether a browser would take this request as coming over a secure connection (§5.7 step 13). */
export function isSecureRequest(exchange: Exchange): boolean {
  return exchange.target.scheme === 'https' || isLoopbackHost(requestHost(exchange));
}

/** "Now" as the response states it (a valid Date), else when the exchange started, else the clock. */
export function responseTime(exchange: Exchange): number {
  const date = exchange.response ? headerNamed(exchange.response.headers, 'date') : undefined;
  const parsed = date ? parseHttpDate(date.value) : undefined;
  if (parsed?.ok) return parsed.date.getTime();
  return exchange.startedAt ?? Date.now();
}

/** A cookie that deletes itself: Max-Age ≤ 0, or (without a valid Max-Age) an Expires not after now. */
export function isDeletion(cookie: SetCookie, now: number): boolean {
  const maxAge = validMaxAge(cookie);
  if (maxAge !== undefined) return maxAge <= 0;
  const expires = validExpires(cookie);
  return expires !== undefined && expires <= now;
}

/** The Max-Age browsers use: the last valid one (invalid ones are ignored, §5.6.2). */
export function validMaxAge(cookie: SetCookie): number | undefined {
  let seconds: number | undefined;
  for (const a of cookie.attributes) {
    if (a.name.toLowerCase() !== 'max-age' || a.value.length > 1024) continue;
    const parsed = parseMaxAge(a.value);
    if (parsed.ok) seconds = parsed.seconds;
  }
  return seconds;
}

/** The Expires browsers use (ms since the epoch): the last one that parses as a cookie-date. */
export function validExpires(cookie: SetCookie): number | undefined {
  let time: number | undefined;
  for (const a of cookie.attributes) {
    if (a.name.toLowerCase() !== 'expires' || a.value.length > 1024) continue;
    const parsed = parseCookieDate(a.value);
    if (parsed.ok) time = parsed.date.getTime();
  }
  return time;
}

export function hasSecure(cookie: SetCookie): boolean {
  return lastAttribute(cookie, 'secure') !== undefined;
}

export const STRIPPED = 'the HAR entry has no Cookie, Authorization or Set-Cookie header: a sanitized export removes them, so its cookies cannot be judged';

/** A HAR entry whose cookies a sanitized export may have removed: judge it as not evaluated, never as clean. */
export function setCookiesStripped(exchange: Exchange): boolean {
  if (exchange.source !== 'har' || !(exchange.unavailable ?? []).includes('credentials') || !exchange.response) return false;
  return headersNamed(exchange.response.headers, 'set-cookie').length === 0;
}
