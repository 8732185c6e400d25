// Seeded, reproducible generation of hostile responses: well-formed templates, then mutated (truncated at
// any offset, bytes flipped, NUL / control / non-ASCII bytes inserted, status lines, header lines and
// chunk sizes rewritten, absurd numbers), plus pure random bytes and TLS garbage. Same (seed, index) →
// same case, always.
import { gzipSync } from 'node:zlib';

/** mulberry32: small, fast, good enough to explore inputs; seeded so every case can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzCase {
  index: number;
  /** What was done, for the failure report. */
  recipe: string[];
  scheme: 'http' | 'https';
  method: string;
  requestHeaders: Array<[string, string]>;
  /** The bytes the server sends, split into these pieces (written with a short pause between). */
  pieces: Buffer[];
  /** How the server ends: FIN, RST, or keep the connection open (the client's timeouts end it). */
  ending: 'end' | 'reset' | 'hold';
  limits: { maxBody: number; maxHeaderBytes: number; maxTotalBytes?: number };
}

/** A token the client sends in Authorization: it must never appear in any output. */
export const AUTH_SECRET = 'fuzzAuthS3cret';

const DATE = 'Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n';
const GZ = gzipSync(Buffer.from('{"ok":true,"items":[1,2,3]}')).toString('latin1');

const TEMPLATES: string[] = [
  `HTTP/1.1 200 OK\r\n${DATE}Content-Type: application/json\r\nSet-Cookie: sid=fuzzCookieS3cret; HttpOnly\r\nContent-Length: 13\r\n\r\n{"a":[1,2,3]}`,
  `HTTP/1.1 200 OK\r\n${DATE}Transfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 11\r\n\r\n`,
  `HTTP/1.1 204 No Content\r\n${DATE}\r\n`,
  `HTTP/1.1 304 Not Modified\r\n${DATE}ETag: "abc"\r\nCache-Control: max-age=60\r\n\r\n`,
  `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\n${DATE}Content-Length: 2\r\n\r\nok`,
  `HTTP/1.1 200 OK\r\n${DATE}Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>close-delimited</body></html>`,
  `HTTP/1.1 302 Found\r\n${DATE}Location: https://u:p@127.0.0.1/next?q=1\r\nContent-Length: 0\r\n\r\n`,
  `HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`,
  `HTTP/1.1 200 OK\r\n${DATE}Content-Type: application/json\r\nContent-Encoding: gzip\r\nVary: Accept-Encoding\r\nContent-Length: ${GZ.length}\r\n\r\n${GZ}`,
  `HTTP/1.1 206 Partial Content\r\n${DATE}Content-Range: bytes 0-4/10\r\nContent-Length: 5\r\n\r\nabcde`,
  `HTTP/1.1 401 Unauthorized\r\n${DATE}WWW-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n`,
  `HTTP/1.1 200 OK\r\n${DATE}Access-Control-Allow-Origin: *\r\nAccess-Control-Allow-Credentials: true\r\nVary: Origin\r\nCache-Control: no-store, max-age=5\r\nExpires: soon\r\nLast-Modified: Sun, 06 Nov 2094 08:49:37 GMT\r\nContent-Length: 0\r\n\r\n`,
  `HTTP/1.1 200 OK\r\n${DATE}Content-Type: application/json\r\nContent-Length: 44\r\n\r\n{"error":"boom","status":"failed","code":500}`,
];

const STATUS_LINES = [
  'HTTP/1.1 2000 OK', 'HTTP/9.9 200 OK', 'HTTP/1.1 -1 X', 'HTTP/1.1', 'http/1.1 200 OK', 'HTTP/1.1 200', 'HTTP/1.1  200  OK',
  'HTTP/1.1 099 X', 'HTTP/1.1 999 X', 'HTTP/1.1 200 \x1b]0;title\x07', 'HTTP/11 200 OK', 'HTTP/1.1 20 OK', 'HTTP/1.1\t200\tOK',
  'HTTP/1.1 200 OK\x00', 'HTTP/1.1 101 Switching Protocols', 'HTTP/1.1 100 Continue', 'ICY 200 OK', '',
];
const HEADER_LINES = [
  'Content-Length: 99999999999999999999999', 'Content-Length: -1', 'Content-Length: 1e3', 'Content-Length: 5, 6', 'Content-Length: 0x10',
  'Content-Length: 00000000000000000000001', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Transfer-Encoding: chunked, gzip',
  ' folded continuation', 'Bad Name: x', 'NoColon', ':empty-name', 'X-Null: a\x00b', 'X-Esc: \x1b[2J\x9b', 'X-Bidi: \xe2\x80\xaeevil',
  'Set-Cookie: s=v; Path=/', 'Location: http://[::1', 'Content-Type: ;;;', 'Content-Encoding: br', 'Cache-Control: max-age="x", no-cache=',
  'ETag: W/"unterminated', 'Date: yesterday', `X-Long: ${'a'.repeat(10_000)}`, 'Content-Type: application/json; charset=utf-16',
];
const CHUNK_SIZES = ['ffffffffffffffffffff', '-1', '0x10', '1;ext=\x00', '', ' 5', '5 ', 'g', '00000000000000000005', '1\n', '7fffffff'];
const SPECIALS = ['\x00', '\r', '\n', '\r\n', '\x1b[31m', '\x9b', '\xe2\x80\xae', '\xff\xfe', '\x7f', '\t', ' ', ':', '\r\n\r\n', '\xc0\x80'];

export function caseOf(seed: number, index: number): FuzzCase {
  const rand = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const recipe: string[] = [];
  let text: string;
  const kind = int(100);
  let scheme: FuzzCase['scheme'] = 'http';
  if (kind < 5) {
    text = randomBytes(int, int(2000));
    recipe.push(`random ${text.length} bytes`);
  } else if (kind < 8) {
    // TLS garbage: a record header and random bytes, to an https client or (as if it were HTTP) to http.
    scheme = kind < 7 ? 'https' : 'http';
    text = `\x16\x03${String.fromCharCode(int(4))}${String.fromCharCode(int(256), int(256))}${randomBytes(int, int(600))}`;
    if (rand() < 0.3) text = `\x15\x03\x03\x00\x02\x02\x28`; // a TLS alert
    recipe.push(`TLS garbage to ${scheme}`);
  } else {
    const t = int(TEMPLATES.length);
    text = TEMPLATES[t]!;
    recipe.push(`template ${t}`);
    if (kind < 30) {
      // Truncation sweep: every offset of every template is covered as the index grows.
      const at = index % (text.length + 1);
      text = text.slice(0, at);
      recipe.push(`truncate at ${at}`);
    } else {
      const mutations = 1 + int(3);
      for (let m = 0; m < mutations; m++) text = mutate(text, int, pick, rand, recipe);
    }
  }
  const bytes = Buffer.from(text, 'latin1');
  const pieces: Buffer[] = [];
  const count = 1 + int(4);
  let start = 0;
  for (let p = 1; p < count; p++) {
    const cut = start + int(Math.max(1, bytes.length - start));
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  pieces.push(bytes.subarray(start));
  const endRoll = int(100);
  const method = pick(['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS']);
  const requestHeaders: Array<[string, string]> = [['Authorization', `Bearer ${AUTH_SECRET}`]];
  if (rand() < 0.2) requestHeaders.push(['Origin', 'https://app.example'], ['Cookie', 'sid=fuzzReqCookie1']);
  return {
    index,
    recipe,
    scheme,
    method,
    requestHeaders,
    pieces: pieces.filter((p) => p.length > 0),
    ending: endRoll < 85 ? 'end' : endRoll < 95 ? 'reset' : 'hold',
    limits: {
      maxBody: rand() < 0.2 ? 1 + int(64) : 10 * 1024 * 1024,
      maxHeaderBytes: rand() < 0.15 ? 32 + int(256) : 64 * 1024,
      maxTotalBytes: rand() < 0.1 ? 1 + int(400) : undefined,
    },
  };
}

function randomBytes(int: (n: number) => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(int(256));
  return out;
}

function mutate(text: string, int: (n: number) => number, pick: <T>(list: readonly T[]) => T, rand: () => number, recipe: string[]): string {
  const lines = text.split('\r\n');
  switch (int(9)) {
    case 0: {
      const at = int(text.length + 1);
      recipe.push(`truncate at ${at}`);
      return text.slice(0, at);
    }
    case 1: {
      if (text.length === 0) return text;
      const at = int(text.length);
      const byte = String.fromCharCode(int(256));
      recipe.push(`byte ${at} → 0x${byte.charCodeAt(0).toString(16)}`);
      return text.slice(0, at) + byte + text.slice(at + 1);
    }
    case 2: {
      const at = int(text.length + 1);
      const special = pick(SPECIALS);
      recipe.push(`insert ${JSON.stringify(special)} at ${at}`);
      return text.slice(0, at) + special + text.slice(at);
    }
    case 3: {
      const line = pick(STATUS_LINES);
      recipe.push(`status line ${JSON.stringify(line)}`);
      lines[0] = line;
      return lines.join('\r\n');
    }
    case 4: {
      const line = pick(HEADER_LINES);
      const at = 1 + int(Math.max(1, lines.length - 1));
      recipe.push(`header line ${JSON.stringify(line.slice(0, 40))} at line ${at}`);
      lines.splice(at, 0, line);
      return lines.join('\r\n');
    }
    case 5: {
      if (lines.length < 3) return text;
      const at = 1 + int(lines.length - 2);
      recipe.push(rand() < 0.5 ? `duplicate line ${at}` : `delete line ${at}`);
      if (recipe[recipe.length - 1]!.startsWith('duplicate')) lines.splice(at, 0, lines[at]!);
      else lines.splice(at, 1);
      return lines.join('\r\n');
    }
    case 6: {
      // A chunk-size line (hex digits alone on a line after the head) rewritten.
      const candidates = lines.map((l, i) => (i > 0 && /^[0-9a-f]+(;.*)?$/i.test(l) ? i : -1)).filter((i) => i >= 0);
      const size = pick(CHUNK_SIZES);
      if (candidates.length === 0) {
        recipe.push(`chunked body with size ${JSON.stringify(size)}`);
        return `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\nabcde\r\n0\r\n\r\n`;
      }
      const at = pick(candidates);
      recipe.push(`chunk size line ${at} → ${JSON.stringify(size)}`);
      lines[at] = size;
      return lines.join('\r\n');
    }
    case 7: {
      recipe.push('response repeated (extra bytes)');
      return text + text;
    }
    default: {
      const lf = rand() < 0.5;
      recipe.push(lf ? 'CRLF → LF' : 'random tail');
      return lf ? text.replace(/\r\n/g, '\n') : text + randomBytes(int, int(300));
    }
  }
}
