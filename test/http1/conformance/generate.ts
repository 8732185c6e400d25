// A seeded generator of valid HTTP/1.1 responses (RFC 9112), each with what a correct parser must read from it:
// 1xx chains, 204/304/HEAD, HTTP/1.0, OWS and obs-text in values, up to 150 header lines, Content-Length,
// chunked (zero-padded sizes, extensions, trailers, transfer codings before chunked) and close-delimited bodies.
// A response is a list of tagged segments so that mutations can find and change one part and know its offset.

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]!, chance: (p) => next() < p };
}

export type SegmentTag = 'interim' | 'status' | 'header' | 'blank' | 'chunk-line' | 'chunk-data' | 'chunk-crlf' | 'trailer' | 'end' | 'body';

export interface Segment {
  tag: SegmentTag;
  /** latin1 text. */
  text: string;
  /** For header and trailer lines: the field name. */
  name?: string;
}

export interface Expected {
  interim: number[];
  version: string;
  status: number;
  reason: string;
  /** Name and value (OWS removed) of every header line of the final response. */
  headers: Array<[string, string]>;
  content: string;
  trailers: Array<[string, string]>;
  framing: 'none' | 'content-length' | 'chunked' | 'close';
}

export interface Generated {
  seed: number;
  index: number;
  method: 'GET' | 'HEAD' | 'POST';
  requestHeaders: Array<[string, string]>;
  segments: Segment[];
  expected: Expected;
  /** What was chosen, for failure messages. */
  shape: string[];
}

export function bytesOf(segments: readonly Segment[]): Buffer {
  return Buffer.from(segments.map((s) => s.text).join(''), 'latin1');
}

/** Offset of segment `i` in the bytes. */
export function offsetOf(segments: readonly Segment[], i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at += Buffer.byteLength(segments[k]!.text, 'latin1');
  return at;
}

const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const VCHARS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
const OBS_TEXT = Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i)).join('');

function token(r: Rng, min: number, max: number): string {
  return Array.from({ length: r.int(min, max) }, () => r.pick([...TOKEN_CHARS])).join('');
}

/** A field value: VCHAR, obs-text, inner SP/HTAB; never starting or ending with whitespace. */
function fieldValue(r: Rng): string {
  const length = r.pick([0, 1, 5, 12, 40, r.int(0, 200)]);
  let v = '';
  for (let i = 0; i < length; i++) {
    const p = r.next();
    v += p < 0.7 ? r.pick([...VCHARS]) : p < 0.85 ? ' ' : p < 0.9 ? '\t' : r.pick([...OBS_TEXT]);
  }
  return v.replace(/^[ \t]+|[ \t]+$/g, '');
}

function ows(r: Rng): string {
  return r.chance(0.6) ? (r.chance(0.8) ? ' ' : '') : r.pick(['', '  ', '\t', ' \t ']);
}

function headerLine(name: string, value: string, r: Rng, trailing = true): Segment {
  return { tag: 'header', name, text: `${name}:${value === '' ? ows(r) : `${ows(r)}${value}${trailing ? r.pick(['', '', '', ' ', '\t', '  ']) : ''}`}\r\n` };
}


function reasonOf(r: Rng, status: number): string {
  return r.pick(['OK', '', `Status ${status}`, 'Caf\xe9 \xfcber', 'A\tB', 'Reason With  Spaces ', '(x) [y] {z}']);
}

function content(r: Rng): string {
  const kind = r.int(0, 9);
  if (kind === 0) return '';
  if (kind === 1) return 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello';
  if (kind === 2) return '0\r\n\r\nHTTP/1.1 404 Not Found\r\n\r\n';
  const length = r.pick([1, 5, 100, 1460, r.int(0, 3000)]);
  return Array.from({ length }, () => String.fromCharCode(r.int(0, 255))).join('');
}

function hex(r: Rng, n: number): string {
  const digits = n.toString(16);
  return '0'.repeat(r.chance(0.15) ? r.int(1, 16) : 0) + (r.chance(0.5) ? digits.toUpperCase() : digits);
}

function chunkExtensions(r: Rng): string {
  if (!r.chance(0.3)) return '';
  return Array.from({ length: r.int(1, 3) }, () => {
    const name = token(r, 1, 8);
    const p = r.int(0, 3);
    if (p === 0) return `;${name}`;
    if (p === 1) return `;${name}=${token(r, 1, 20)}`;
    if (p === 2) return `;${name}="a \\"quoted\\" value, with\tspace \xe9"`;
    return `;${name}=${token(r, 150, 200)}`;
  }).join('');
}

/** The chunked body of `body`, split at random, and the trailers it carries. */
function chunkedSegments(r: Rng, body: string, trailers: Array<[string, string]>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  while (at < body.length) {
    const size = Math.min(body.length - at, r.pick([1, 7, 100, 1460, r.int(1, 4000)]));
    segments.push({ tag: 'chunk-line', text: `${hex(r, size)}${chunkExtensions(r)}\r\n` });
    segments.push({ tag: 'chunk-data', text: body.slice(at, at + size) });
    segments.push({ tag: 'chunk-crlf', text: '\r\n' });
    at += size;
  }
  segments.push({ tag: 'chunk-line', text: `${r.chance(0.2) ? '000' : '0'}${chunkExtensions(r)}\r\n` });
  for (const [name, value] of trailers) segments.push({ ...headerLine(name, value, r), tag: 'trailer' });
  segments.push({ tag: 'end', text: '\r\n' });
  return segments;
}

export interface GenerateOptions {
  /** Force a framing (mutations need a chunked or a Content-Length body). */
  framing?: 'content-length' | 'chunked' | 'close';
  /** Force no interim responses, HTTP/1.1, GET and a 200. */
  plain?: boolean;
}

export function generate(seed: number, index: number, options: GenerateOptions = {}): Generated {
  const r = rngOf((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const shape: string[] = [];
  const requestHeaders: Array<[string, string]> = [];
  const segments: Segment[] = [];
  const version = options.plain || options.framing === 'chunked' || !r.chance(0.15) ? '1.1' : '1.0';
  let method: Generated['method'] = options.plain || options.framing ? 'GET' : r.pick(['GET', 'GET', 'GET', 'HEAD', 'POST']);
  const interim: number[] = [];
  if (version === '1.1' && !options.plain && r.chance(0.25)) {
    for (let k = r.int(1, 3); k > 0; k--) interim.push(r.pick([100, 102, 103, 103]));
    if (interim.includes(100)) {
      if (method === 'HEAD') method = 'POST';
      requestHeaders.push(['Expect', '100-continue']);
    }
  }
  for (const s of interim) {
    const lines = s === 103 ? `Link: </style.css>; rel=preload; as=style\r\n` : '';
    segments.push({ tag: 'interim', text: `HTTP/1.1 ${s} ${reasonOf(r, s)}\r\n${lines}\r\n` });
  }
  const status = options.plain || options.framing ? 200 : r.pick([200, 200, 200, 201, 204, 304, 302, 404, 418, 500, r.int(200, 599)]);
  const finalStatus = status === 205 || status === 101 ? 200 : status;
  const reason = reasonOf(r, finalStatus);
  segments.push({ tag: 'status', text: `HTTP/${version} ${finalStatus} ${reason}\r\n` });
  shape.push(`${interim.map((s) => `${s} `).join('')}HTTP/${version} ${finalStatus} to ${method}`);

  const headers: Array<[string, string]> = [];
  const add = (name: string, value: string, trailing = true) => {
    segments.push(headerLine(name, value, r, trailing));
    headers.push([name, value.replace(/^[ \t]+|[ \t]+$/g, '')]);
  };
  const count = r.pick([0, 2, 5, 10, 20, r.int(0, 150)]);
  const bodyless = method === 'HEAD' || finalStatus === 204 || finalStatus === 304;
  const framing: Expected['framing'] = bodyless ? 'none' : options.framing ?? (version === '1.0' ? r.pick(['content-length', 'close'] as const) : r.pick(['content-length', 'content-length', 'chunked', 'chunked', 'close'] as const));
  // A redirect whose content starts with a status line is the one shape offline input reads as `curl -L`
  // output (the redirect's body not saved, the next hop after it): see hopEnd in src/input/raw.ts.
  const redirect = [301, 302, 303, 307, 308].includes(finalStatus);
  let body = framing === 'none' ? '' : content(r);
  if (redirect && body.startsWith('HTTP/')) body = `x${body}`;
  // The framing header goes at a random place among the others.
  const framingAt = r.int(0, count);
  shape.push(`${count} headers, ${framing}${body.length ? ` (${body.length} bytes)` : ''}`);
  const trailers: Array<[string, string]> = [];
  for (let k = 0; k <= count; k++) {
    if (k === framingAt) {
      if (framing === 'content-length') add('Content-Length', String(body.length), r.chance(0.2));
      else if (framing === 'chunked') {
        // "chunked\t" and "chunked," are valid (OWS, empty list elements) but misread by llhttp: see differential.ts.
        const te = r.pick(['chunked', 'Chunked', 'gzip, chunked', 'two-lines', 'chunked', 'gzip;q=1 , chunked', ', chunked', 'chunked ', r.chance(0.5) ? 'chunked\t' : 'chunked,']);
        shape.push(`Transfer-Encoding ${te}`);
        if (te === 'two-lines') {
          add('Transfer-Encoding', 'gzip');
          add('Transfer-Encoding', 'chunked', false);
        } else add(r.pick(['Transfer-Encoding', 'transfer-encoding']), te, false);
        if (r.chance(0.3)) for (let t = r.int(1, 3); t > 0; t--) trailers.push([`X-Trailer-${token(r, 1, 6)}`, fieldValue(r)]);
      } else if (method === 'HEAD' && finalStatus !== 204 && r.chance(0.5)) add('Content-Length', String(r.int(0, 99999)));
      else if (finalStatus === 304 && r.chance(0.3)) add('Content-Length', String(r.int(0, 99999)));
    }
    if (k < count) {
      if (r.chance(0.1)) add(r.pick(['Content-Type', 'Cache-Control', 'Server', 'ETag', 'Vary']), r.pick(['text/plain', 'no-store', 'x (a, b)', '"v1"', 'Accept-Encoding']));
      else add(`X-${token(r, 1, 12)}`, fieldValue(r));
    }
  }
  segments.push({ tag: 'blank', text: '\r\n' });
  if (framing === 'chunked') segments.push(...chunkedSegments(r, body, trailers));
  else if (body !== '') segments.push({ tag: 'body', text: body });
  return {
    seed,
    index,
    method,
    requestHeaders,
    segments,
    expected: { interim, version, status: finalStatus, reason, headers, content: body, trailers, framing },
    shape,
  };
}
