// Credentials never reach a report or the terminal unless the user asks (--show-secrets).
// Two layers: structural masking (a secret header's value, a URL's userinfo) wherever a header or URL is
// printed, and `maskerFor(exchange)`, which also removes the exchange's secret values from any free text
// (finding messages, evidence, error lines, raw -v bytes) — rules quote what they see, so free text can
// carry a secret in any shape. Every report format should pass its text through the masker.
import type { Exchange, RawHeader } from '../exchange';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const MASK = '****';
// scheme://userinfo@ — the userinfo is everything up to the last "@" before the authority ends.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@\\]*@)+/gi;
/** Values shorter than this are not searched for in free text: masking every "1" would garble reports. */
const MIN_SECRET_LENGTH = 3;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** Masks the userinfo of every URL in free text ("https://u:p@h/" → "https://****@h/"). */
export function maskUrlsIn(text: string): string {
  return text.includes('@') ? text.replace(URL_USERINFO, `$1${MASK}@`) : text;
}

/** Keeps the scheme of an Authorization value ("Basic ****") and the cookie names of Cookie / Set-Cookie. */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^\S+/.exec(value.trim())?.[0];
    return scheme && scheme.length < value.trim().length ? `${scheme} ${MASK}` : MASK;
  }
  if (lower === 'cookie') {
    return value
      .split(';')
      .map((pair) => pair.trim().split('=')[0])
      .filter(Boolean)
      .map((n) => `${n}=${MASK}`)
      .join('; ');
  }
  if (lower === 'set-cookie') {
    const [first, ...attributes] = value.split(';');
    const cookieName = (first ?? '').split('=')[0]!.trim();
    return [`${cookieName}=${MASK}`, ...attributes.map((a) => a.trim())].join('; ');
  }
  // Location, Content-Location, Referer, Link… may carry credentials in a URL.
  return maskUrlsIn(value);
}

/** Masks user:password in a URL. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = u.username ? MASK : '';
    u.password = u.password ? MASK : '';
    return u.href;
  } catch {
    return maskUrlsIn(url);
  }
}

/** Masks secret header lines inside raw header text ("Authorization: Bearer x" → "Authorization: Bearer ****"). */
export function maskHeaderLine(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 0) return maskUrlsIn(line);
  const name = line.slice(0, colon).trim();
  if (!isSecretHeader(name)) return maskUrlsIn(line);
  return `${line.slice(0, colon + 1)} ${maskHeaderValue(name, line.slice(colon + 1).trim())}`;
}

/** The secret parts of one header value: credentials after the scheme, each cookie's value. */
function secretPartsOf(name: string, value: string): string[] {
  const lower = name.toLowerCase();
  const trimmed = value.trim();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const credentials = trimmed.replace(/^\S+\s+/, '');
    const parts = [trimmed, credentials];
    // Basic credentials are also readable decoded (a rule could quote either form).
    if (/^basic\s/i.test(trimmed)) {
      const decoded = Buffer.from(credentials, 'base64').toString('latin1');
      parts.push(decoded, decoded.slice(decoded.indexOf(':') + 1));
    }
    return parts;
  }
  if (lower === 'cookie') return trimmed.split(';').map((pair) => pair.slice(pair.indexOf('=') + 1).trim());
  if (lower === 'set-cookie') {
    const first = trimmed.split(';')[0] ?? '';
    return [first.slice(first.indexOf('=') + 1).trim()];
  }
  return [];
}

function userinfoOf(url: string): string[] {
  try {
    const u = new URL(url);
    // The user name is masked where a URL is printed; only the password is hunted for in free text.
    return [u.password, safeDecode(u.password)];
  } catch {
    return [];
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every secret value the exchange carries: secret header values (sent and received) and URL userinfo. */
export function secretValuesOf(exchange: Exchange): string[] {
  const headers: RawHeader[] = [...exchange.request.headers];
  for (const m of [...exchange.interim, ...(exchange.response ? [exchange.response] : [])]) headers.push(...m.headers, ...m.trailers);
  // HTTP/2: every decoded field of every header block, also those no message holds (no valid :status, late blocks).
  for (const block of exchange.h2?.blocks ?? []) {
    for (const f of block.fields) headers.push({ name: f.name, value: f.value.trim(), raw: '', offset: f.offset });
  }
  const values = headers.filter((h) => isSecretHeader(h.name)).flatMap((h) => secretPartsOf(h.name, h.value));
  // A secret with control characters is shown escaped ("\r\n"): mask each of its printable runs too.
  for (const v of [...values]) if (/[\x00-\x1f\x7f]/.test(v)) values.push(...v.split(/[\x00-\x1f\x7f]+/));
  values.push(...userinfoOf(exchange.url));
  for (const h of headers) {
    for (const m of h.value.matchAll(URL_USERINFO)) values.push(...userinfoOf(`${m[0]}x`));
  }
  // Longest first, so a value that contains another is masked whole.
  return [...new Set(values.filter((v) => v.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
}

export type Masker = (text: string) => string;

/** A function that masks every secret of the exchange in any text; the identity with --show-secrets. */
export function maskerFor(exchange: Exchange, showSecrets: boolean): Masker {
  if (showSecrets) return (text) => text;
  const secrets = secretValuesOf(exchange);
  return (text) => {
    let out = maskHeaderLine(text);
    for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
    return out;
  };
}
