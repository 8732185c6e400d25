// Set-Cookie as a browser parses it (draft-ietf-httpbis-rfc6265bis §5.6) and as a server should write it (§4.1.1),
// with the position of every piece in the field value so findings can point at the exact attribute.
// Pure: the rules decide what matters; this module only says what is there and why a value is invalid.
import { isToken } from './token';

/** One cookie-av as split by the browser's algorithm (§5.6 steps 3–5). */
export interface CookieAttribute {
  /** Attribute name, WSP-trimmed, as written (compare case-insensitively). */
  name: string;
  /** Attribute value, WSP-trimmed ('' when there is no "="). */
  value: string;
  hasEquals: boolean;
  /** The cookie-av as written, trimmed. */
  text: string;
  /** Offset of `text` in the field value. */
  offset: number;
  /** Offset of `value` in the field value (just after "=" and any WSP). */
  valueOffset: number;
}

export interface SetCookie {
  /** cookie-name, WSP-trimmed ('' for a nameless cookie). */
  name: string;
  /** cookie-value, WSP-trimmed; DQUOTEs are part of the value (§4.1.1). */
  value: string;
  /** Whether the name-value-pair has an "=" (without one the whole pair is the value, §5.6 step 3). */
  hasEquals: boolean;
  /** The name-value-pair as written, trimmed, and its offset in the field value. */
  pair: string;
  pairOffset: number;
  attributes: CookieAttribute[];
  /** First CTL other than HTAB in the whole string: browsers ignore the cookie (§5.6 step 1). */
  control?: { offset: number; code: number };
}

const WSP = /^[ \t]*/;

function trimmed(text: string, start: number): { text: string; offset: number } {
  const lead = WSP.exec(text)![0].length;
  const body = text.slice(lead).replace(/[ \t]+$/, '');
  return { text: body, offset: start + lead };
}

/** Splits a Set-Cookie field value exactly as §5.6 does. Never throws. */
export function parseSetCookie(fieldValue: string): SetCookie {
  const ctl = /[\x00-\x08\x0a-\x1f\x7f]/.exec(fieldValue);
  const semi = fieldValue.indexOf(';');
  const pairRaw = semi < 0 ? fieldValue : fieldValue.slice(0, semi);
  const pair = trimmed(pairRaw, 0);
  const eq = pairRaw.indexOf('=');
  const name = eq < 0 ? '' : trimmed(pairRaw.slice(0, eq), 0).text;
  const value = eq < 0 ? pair.text : trimmed(pairRaw.slice(eq + 1), eq + 1).text;
  const attributes: CookieAttribute[] = [];
  let at = semi;
  while (at >= 0 && at < fieldValue.length) {
    const next = fieldValue.indexOf(';', at + 1);
    const avRaw = fieldValue.slice(at + 1, next < 0 ? undefined : next);
    const av = trimmed(avRaw, at + 1);
    const avEq = avRaw.indexOf('=');
    if (avEq < 0) {
      attributes.push({ name: av.text, value: '', hasEquals: false, text: av.text, offset: av.offset, valueOffset: av.offset + av.text.length });
    } else {
      const n = trimmed(avRaw.slice(0, avEq), at + 1);
      const v = trimmed(avRaw.slice(avEq + 1), at + 2 + avEq);
      attributes.push({ name: n.text, value: v.text, hasEquals: true, text: av.text, offset: av.offset, valueOffset: v.offset });
    }
    at = next;
  }
  return {
    name,
    value,
    hasEquals: eq >= 0,
    pair: pair.text,
    pairOffset: pair.offset,
    attributes,
    ...(ctl ? { control: { offset: ctl.index, code: ctl[0].charCodeAt(0) } } : {}),
  };
}

/**
 * Where a field value looks like several Set-Cookie fields joined as a list (", name=" outside quotes), as a proxy
 * or an HTTP library that folds repeated fields produces. Dates keep their ", 21 Oct" (no "=" after the word).
 */
export function joinedCookies(fieldValue: string): Array<{ offset: number; name: string }> {
  const found: Array<{ offset: number; name: string }> = [];
  let quoted = false;
  for (let i = 0; i < fieldValue.length; i++) {
    const c = fieldValue[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === ';') quoted = false;
    if (c !== ',' || quoted) continue;
    const m = /^,[ \t]+([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]*=/.exec(fieldValue.slice(i));
    if (m) found.push({ offset: i, name: m[1]! });
  }
  return found;
}

/** The attributes browsers act on (§5.6.1–§5.6.7) plus CHIPS's Partitioned and Chromium's Priority. */
export const KNOWN_ATTRIBUTES = ['Expires', 'Max-Age', 'Domain', 'Path', 'Secure', 'HttpOnly', 'SameSite', 'Partitioned', 'Priority'] as const;
/** RFC 2109/2965 attributes browsers ignore, and Chromium's removed SameParty. */
export const OBSOLETE_ATTRIBUTES = ['Comment', 'CommentURL', 'Discard', 'Port', 'Version', 'SameParty'] as const;

/** The last attribute with that name (case-insensitive): the one browsers use (§5.7 steps 6–11). */
export function lastAttribute(cookie: SetCookie, name: string): CookieAttribute | undefined {
  const lower = name.toLowerCase();
  for (let i = cookie.attributes.length - 1; i >= 0; i--) if (cookie.attributes[i]!.name.toLowerCase() === lower) return cookie.attributes[i];
  return undefined;
}

export function hasAttribute(cookie: SetCookie, name: string): boolean {
  return lastAttribute(cookie, name) !== undefined;
}

// ---------------------------------------------------------------------------------------------- values

const COOKIE_OCTET = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;
// Bytes 0x80–0xFF are outside both grammars too, but they are a property of any field value (obs-text), judged
// for every header by one rule; these checks report the ASCII characters that break the cookie grammar.
const ASCII_ONLY = (text: string) => text.replace(/[\x80-\xff]/g, '');

/** Why a cookie-name breaks the server grammar (`token`, §4.1.1) in its ASCII characters, or undefined. */
export function cookieNameProblem(name: string): string | undefined {
  const ascii = ASCII_ONLY(name);
  if (ascii === '' || isToken(ascii)) return undefined;
  const bad = [...ascii].find((c) => !isToken(c))!;
  return `the name contains ${describeChar(bad)}, which is not allowed in a cookie name (a token)`;
}

/** Why a cookie-value breaks the server grammar (cookie-octets, optionally in DQUOTEs, §4.1.1) in its ASCII characters. */
export function cookieValueProblem(value: string): string | undefined {
  const ascii = ASCII_ONLY(value);
  const inner = ascii.length >= 2 && ascii.startsWith('"') && ascii.endsWith('"') ? ascii.slice(1, -1) : ascii;
  if (COOKIE_OCTET.test(inner)) return undefined;
  const bad = [...inner].find((c) => !COOKIE_OCTET.test(c))!;
  return `the value contains ${describeChar(bad)}, which is not a cookie-octet (encode the value, e.g. Base64 or percent-encoding)`;
}

function describeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c === ' ') return 'a space';
  if (c === '"') return 'a double quote';
  if (c === ',') return 'a comma';
  if (c === '\\') return 'a backslash';
  if (code < 0x20 || code === 0x7f) return `control character 0x${code.toString(16).padStart(2, '0')}`;
  return `"${c}"`;
}

export type MaxAge = { ok: true; seconds: number; /** false for "-N": browsers read it as "delete", the grammar has 1*DIGIT */ grammar: boolean } | { ok: false; reason: string };

/** Max-Age as §5.6.2 reads it: 1*DIGIT, or "-" DIGIT *DIGIT (≤ 0 deletes). Anything else is ignored by browsers. */
export function parseMaxAge(value: string): MaxAge {
  if (value === '') return { ok: false, reason: 'the value is empty' };
  if (!/^(?:[0-9]|-[0-9])/.test(value)) return { ok: false, reason: `it starts with "${value[0]}", not a digit or "-" followed by a digit` };
  const bad = /[^0-9]/.exec(value.slice(1));
  if (bad) return { ok: false, reason: `it contains "${bad[0]}" after the first character; only digits may follow` };
  return { ok: true, seconds: Number(value), grammar: value[0] !== '-' };
}

export type CookieDate = { ok: true; date: Date } | { ok: false; reason: string };

const DELIMITER = /[\x09\x20-\x2f\x3b-\x40\x5b-\x60\x7b-\x7e]+/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The cookie-date algorithm (§5.1.1): far more lenient than HTTP-date; this is what browsers accept in Expires. */
export function parseCookieDate(text: string): CookieDate {
  let time: number[] | undefined;
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const token of text.split(DELIMITER)) {
    if (token === '') continue;
    const t = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[^0-9].*)?$/s.exec(token);
    if (!time && t) {
      time = [Number(t[1]), Number(t[2]), Number(t[3])];
      continue;
    }
    const d = /^(\d{1,2})(?:[^0-9].*)?$/s.exec(token);
    if (day === undefined && d) {
      day = Number(d[1]);
      continue;
    }
    const m = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
    if (month === undefined && m >= 0) {
      month = m;
      continue;
    }
    const y = /^(\d{2,4})(?:[^0-9].*)?$/s.exec(token);
    if (year === undefined && y) {
      year = Number(y[1]);
      continue;
    }
  }
  if (year !== undefined && year >= 70 && year <= 99) year += 1900;
  if (year !== undefined && year >= 0 && year <= 69) year += 2000;
  const missing = [!time && 'time (hh:mm:ss)', day === undefined && 'day of the month', month === undefined && 'month name', year === undefined && 'year'].filter(Boolean);
  if (missing.length > 0) return { ok: false, reason: `browsers find no ${missing.join(', no ')} in it` };
  if (day! < 1 || day! > 31) return { ok: false, reason: `day ${day} is out of range` };
  if (year! < 1601) return { ok: false, reason: `year ${year} is before 1601` };
  if (time![0]! > 23 || time![1]! > 59 || time![2]! > 59) return { ok: false, reason: `time ${time!.join(':')} is out of range` };
  const date = new Date(Date.UTC(2000, month!, day!, time![0], time![1], time![2]));
  date.setUTCFullYear(year!, month!, day!);
  if (date.getUTCDate() !== day) return { ok: false, reason: `day ${day} does not exist in ${MONTHS[month!]} ${year}` };
  return { ok: true, date };
}

/** Domain-match (§5.1.3): identical, or a dot-separated suffix of a host name (never of an IP address). */
export function domainMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  if (h === d) return true;
  const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(h) || h.includes(':');
  return !isIp && h.endsWith(d) && h[h.length - d.length - 1] === '.';
}

/** The Domain a browser would use: the value without one leading dot, lower-cased (§5.6.3). */
export function cookieDomain(value: string): string {
  return (value.startsWith('.') ? value.slice(1) : value).toLowerCase();
}

/** The default-path of a request path (§5.1.4). */
export function defaultPath(requestPath: string): string {
  const path = requestPath.split('?')[0]!;
  if (!path.startsWith('/')) return '/';
  const last = path.lastIndexOf('/');
  return last <= 0 ? '/' : path.slice(0, last);
}
