// Exchanges → HAR 1.2 (--save-har). Bodies are written decoded (as the spec asks), base64 when not UTF-8 text;
// sizes are the raw bytes on the wire; credentials are masked unless --show-secrets.
import type { Exchange, RawHeader, ResponseMessage } from '../exchange';
import { contentOf, headerNamed, headersNamed } from '../exchange';
import { decodedContentOf } from '../http/content';
import type { Har, HarContent, HarCookie, HarEntry, HarNameValue, HarPostData, HarRequest, HarResponse, HarTimings } from '../input/harFormat';
import { isSecretHeader, maskHeaderValue, maskUrl, maskerFor, type Masker } from './secrets';

export interface HarOptions {
  showSecrets: boolean;
  creator: { name: string; version: string };
  /** Used for exchanges without a recorded start time. */
  startedAt?: number;
  /** Largest body decoded for `content.text` (bytes). */
  maxBody?: number;
}

const MASK = '****';

export function harOf(exchanges: readonly Exchange[], options: HarOptions): Har {
  const fallbackStart = options.startedAt ?? Date.now();
  return {
    log: {
      version: '1.2',
      creator: { name: options.creator.name, version: options.creator.version },
      entries: exchanges.map((exchange) => entryOf(exchange, options, fallbackStart)),
    },
  };
}

/** The HAR as a file's text: pretty-printed JSON with a final newline. */
export function renderHar(exchanges: readonly Exchange[], options: HarOptions): string {
  return `${JSON.stringify(harOf(exchanges, options), null, 2)}\n`;
}

function entryOf(exchange: Exchange, options: HarOptions, fallbackStart: number): HarEntry {
  const timings = timingsOf(exchange);
  const time = round([timings.blocked, timings.dns, timings.connect, timings.send, timings.wait, timings.receive].reduce<number>((sum, t) => sum + Math.max(0, t ?? 0), 0));
  const entry: HarEntry = {
    startedDateTime: new Date(exchange.startedAt ?? fallbackStart).toISOString(),
    time,
    request: requestOf(exchange, options.showSecrets),
    response: responseOf(exchange, options),
    cache: {},
    timings,
  };
  if (exchange.target.remoteAddress) entry.serverIPAddress = exchange.target.remoteAddress;
  if (exchange.error) entry.comment = `${exchange.error.code}: ${maskerFor(exchange, options.showSecrets)(exchange.error.message)}`;
  return entry;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * Phase durations from our timings (dns/connect/tls are durations; the rest are times since start).
 * ssl is included in connect, as HAR 1.2 requires; -1 marks a phase that did not happen.
 */
export function timingsOf(exchange: Exchange): HarTimings {
  const t = exchange.timings;
  const connected = (t.dns ?? 0) + (t.connect ?? 0) + (t.tls ?? 0);
  const sent = t.requestSent ?? connected;
  const firstByte = t.ttfb ?? sent;
  const done = t.complete ?? (exchange.response ? t.total : firstByte);
  return {
    blocked: -1,
    dns: t.dns === undefined ? -1 : round(t.dns),
    connect: t.connect === undefined ? -1 : round(t.connect + (t.tls ?? 0)),
    ssl: t.tls === undefined ? -1 : round(t.tls),
    send: round(Math.max(0, sent - connected)),
    wait: round(Math.max(0, firstByte - sent)),
    receive: round(Math.max(0, done - firstByte)),
  };
}

function headersOf(headers: readonly RawHeader[], showSecrets: boolean, mask: Masker): HarNameValue[] {
  // HAR values are text: the wire bytes (latin1 in RawHeader) read as UTF-8, as browsers show them.
  // Credential headers are masked by name; every other value still passes the exchange's masker
  // (a secret can also hide in, e.g., the userinfo of a Location).
  return headers.map((h) => {
    const value = Buffer.from(h.value, 'latin1').toString('utf8');
    return { name: h.name, value: showSecrets || !isSecretHeader(h.name) ? mask(value) : maskHeaderValue(h.name, value) };
  });
}

function requestOf(exchange: Exchange, showSecrets: boolean): HarRequest {
  const req = exchange.request;
  const url = new URL(showSecrets ? exchange.url : maskUrl(exchange.url));
  url.hash = '';
  const headEnd = exchange.sent.indexOf('\r\n\r\n');
  const request: HarRequest = {
    method: req.method,
    url: url.href,
    httpVersion: `HTTP/${req.httpVersion}`,
    cookies: requestCookiesOf(req.headers, showSecrets),
    headers: headersOf(req.headers, showSecrets, maskerFor(exchange, showSecrets)),
    queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
    headersSize: headEnd < 0 ? -1 : headEnd + 4,
    bodySize: req.bodySize,
  };
  if (req.bodySize > 0 && headEnd >= 0) {
    const body = exchange.sent.subarray(headEnd + 4);
    const text = utf8Text(body);
    const postData: HarPostData = { mimeType: headerNamed(req.headers, 'content-type')?.value ?? '', text: text ?? body.toString('base64') };
    if (text === undefined) postData._encoding = 'base64';
    request.postData = postData;
  }
  return request;
}

function requestCookiesOf(headers: readonly RawHeader[], showSecrets: boolean): HarCookie[] {
  return headersNamed(headers, 'cookie').flatMap((h) =>
    h.value
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf('=');
        const name = eq < 0 ? pair : pair.slice(0, eq);
        return { name, value: showSecrets ? (eq < 0 ? '' : pair.slice(eq + 1)) : MASK };
      }),
  );
}

function responseCookiesOf(headers: readonly RawHeader[], showSecrets: boolean): HarCookie[] {
  return headersNamed(headers, 'set-cookie').map((h) => {
    const [first = '', ...attributes] = h.value.split(';');
    const eq = first.indexOf('=');
    const cookie: HarCookie = { name: (eq < 0 ? first : first.slice(0, eq)).trim(), value: showSecrets ? (eq < 0 ? '' : first.slice(eq + 1).trim()) : MASK };
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const value = rest.join('=').trim();
      switch (key.trim().toLowerCase()) {
        case 'path':
          cookie.path = value;
          break;
        case 'domain':
          cookie.domain = value;
          break;
        case 'expires': {
          const date = Date.parse(value);
          if (!Number.isNaN(date)) cookie.expires = new Date(date).toISOString();
          break;
        }
        case 'httponly':
          cookie.httpOnly = true;
          break;
        case 'secure':
          cookie.secure = true;
          break;
      }
    }
    return cookie;
  });
}

function responseOf(exchange: Exchange, options: HarOptions): HarResponse {
  const res = exchange.response;
  if (!res) {
    // No response: HAR still needs one; browsers write status 0 for a request that got no answer.
    return {
      status: 0,
      statusText: '',
      httpVersion: '',
      cookies: [],
      headers: [],
      content: { size: 0, mimeType: '' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      ...(exchange.error ? { comment: maskerFor(exchange, options.showSecrets)(exchange.error.message) } : {}),
    };
  }
  return {
    status: res.status,
    statusText: res.reason,
    httpVersion: res.httpVersion ? `HTTP/${res.httpVersion}` : '',
    cookies: responseCookiesOf(res.headers, options.showSecrets),
    headers: headersOf(res.headers, options.showSecrets, maskerFor(exchange, options.showSecrets)),
    content: contentOfResponse(exchange, res, options.maxBody ?? 100 * 1024 * 1024),
    redirectURL: maskerFor(exchange, options.showSecrets)(headerNamed(res.headers, 'location')?.value ?? ''),
    headersSize: res.headerEnd - res.offset,
    bodySize: res.body.length,
  };
}

function contentOfResponse(exchange: Exchange, res: ResponseMessage, maxBody: number): HarContent {
  const mimeType = headerNamed(res.headers, 'content-type')?.value ?? '';
  if (res.contentLength === 0) return { size: 0, mimeType };
  const decoded = decodedContentOf(exchange, maxBody, res);
  let bytes: Buffer;
  let comment: string | undefined;
  if (decoded.ok) {
    bytes = decoded.bytes;
  } else if (res.contentLength > maxBody) {
    // --max-body bounds what a report keeps: the first bytes, as received, and how many there were.
    const kept = contentOf(exchange, res).subarray(0, maxBody);
    const head = utf8Text(kept);
    return {
      size: res.contentLength,
      mimeType,
      text: head ?? kept.toString('base64'),
      ...(head === undefined ? { encoding: 'base64' } : {}),
      comment: `only the first ${kept.length} of ${res.contentLength} bytes, as received (--max-body ${maxBody})`,
    };
  } else {
    const kept = contentOf(exchange, res);
    if (kept.length < res.contentLength) return { size: res.contentLength, mimeType, comment: `body not saved: ${decoded.reason}` };
    // Keep the bytes as received rather than lose them; say that they are still content-coded.
    bytes = kept;
    comment = `the body is as received, still content-coded: ${decoded.reason}`;
  }
  const text = utf8Text(bytes);
  const content: HarContent = { size: bytes.length, mimeType, text: text ?? bytes.toString('base64') };
  if (text === undefined) content.encoding = 'base64';
  if (decoded.ok && decoded.codings.length > 0) content.compression = bytes.length - res.contentLength;
  if (comment) content.comment = comment;
  return content;
}

/** The bytes as a string when they are valid UTF-8, else undefined (write them as base64). */
function utf8Text(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
