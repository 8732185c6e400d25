// What servers send by default, as a new user would see it: the cache, range and status rules must not call
// any of it a warning or an error. Fixtures are written from the servers' documented default behaviour.
import { describe, expect, it } from 'vitest';
import { exchangeOf, type ExchangeInput } from '../helpers/exchange';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';

const OLDER_ADVICE = new Set(['cache/no-validator', 'cache/missing-cache-control']);
const DATE = 'Sun, 29 Nov 2026 21:00:00 GMT';
const LM = 'Tue, 03 Nov 2026 10:00:00 GMT';
const res = (status: string, lines: string[], body = '') => `HTTP/1.1 ${status}\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n${body}`;
const HTML = '<!doctype html><title>x</title>\n';

const CASES: Array<[string, ExchangeInput, string[]]> = [
  ['nginx static file', { response: res('200 OK', ['Server: nginx/1.24.0', `Date: ${DATE}`, 'Content-Type: text/html', `Content-Length: ${HTML.length}`, `Last-Modified: ${LM}`, 'Connection: keep-alive', 'ETag: "6570a1b2-20"', 'Accept-Ranges: bytes'], HTML) }, []],
  ['nginx 304 to If-None-Match', { requestHeaders: [['If-None-Match', '"6570a1b2-20"']], response: res('304 Not Modified', ['Server: nginx/1.24.0', `Date: ${DATE}`, `Last-Modified: ${LM}`, 'Connection: keep-alive', 'ETag: "6570a1b2-20"']) }, []],
  ['nginx 304 to If-Modified-Since', { requestHeaders: [['If-Modified-Since', LM]], response: res('304 Not Modified', ['Server: nginx/1.24.0', `Date: ${DATE}`, `Last-Modified: ${LM}`, 'ETag: "6570a1b2-20"']) }, []],
  ['nginx 206 to a Range request', { requestHeaders: [['Range', 'bytes=0-9']], response: res('206 Partial Content', ['Server: nginx/1.24.0', `Date: ${DATE}`, 'Content-Type: text/html', 'Content-Length: 10', `Last-Modified: ${LM}`, 'ETag: "6570a1b2-20"', 'Content-Range: bytes 0-9/32'], HTML.slice(0, 10)) }, []],
  ['nginx 416 to a Range past the end', { requestHeaders: [['Range', 'bytes=100-']], response: res('416 Requested Range Not Satisfiable', ['Server: nginx/1.24.0', `Date: ${DATE}`, 'Content-Type: text/html', 'Content-Length: 4', 'Content-Range: bytes */32'], 'nope') }, []],
  ['nginx trailing-slash 301', { url: 'http://127.0.0.1/docs', response: res('301 Moved Permanently', ['Server: nginx/1.24.0', `Date: ${DATE}`, 'Content-Type: text/html', 'Content-Length: 4', 'Location: http://127.0.0.1/docs/'], 'moved') }, []],
  ['Apache static file with Vary', { response: res('200 OK', [`Date: ${DATE}`, 'Server: Apache/2.4.58 (Ubuntu)', `Last-Modified: ${LM}`, 'ETag: "20-5f0e1c2d3b4a5"', 'Accept-Ranges: bytes', `Content-Length: ${HTML.length}`, 'Vary: Accept-Encoding', 'Content-Type: text/html'], HTML) }, []],
  ['Apache 304', { requestHeaders: [['If-None-Match', '"20-5f0e1c2d3b4a5"']], response: res('304 Not Modified', [`Date: ${DATE}`, 'Server: Apache/2.4.58 (Ubuntu)', 'Connection: Keep-Alive', 'Keep-Alive: timeout=5, max=100', 'ETag: "20-5f0e1c2d3b4a5"']) }, []],
  ['Express JSON', { response: res('200 OK', ['X-Powered-By: Express', 'Content-Type: application/json; charset=utf-8', 'Content-Length: 8', 'ETag: W/"8-abc"', `Date: ${DATE}`, 'Connection: keep-alive', 'Keep-Alive: timeout=5'], '{"a":12}') }, []],
  ['Express 304', { requestHeaders: [['If-None-Match', 'W/"8-abc"']], response: res('304 Not Modified', ['X-Powered-By: Express', 'ETag: W/"8-abc"', `Date: ${DATE}`, 'Connection: keep-alive', 'Keep-Alive: timeout=5']) }, []],
  ['Express login redirect after POST (advice only)', { method: 'POST', requestBody: 'user=a&pass=b', requestHeaders: [['Content-Type', 'application/x-www-form-urlencoded']], response: res('302 Found', ['X-Powered-By: Express', 'Location: /dashboard', 'Vary: Accept', 'Content-Type: text/plain; charset=utf-8', 'Content-Length: 32', `Date: ${DATE}`], 'Found. Redirecting to /dashboard') }, ['status/post-redirect-method-change']],
  ['Spring Boot with Spring Security defaults', { response: res('200 OK', ['Vary: Origin', 'Vary: Access-Control-Request-Method', 'Vary: Access-Control-Request-Headers', 'X-Content-Type-Options: nosniff', 'X-XSS-Protection: 0', 'Cache-Control: no-cache, no-store, max-age=0, must-revalidate', 'Pragma: no-cache', 'Expires: 0', 'X-Frame-Options: DENY', 'Content-Type: application/json', 'Transfer-Encoding: chunked', `Date: ${DATE}`], '8\r\n{"a":12}\r\n0\r\n\r\n') }, []],
  ['Spring 405 to POST', { method: 'POST', requestBody: '{}', requestHeaders: [['Content-Type', 'application/json']], response: res('405 Method Not Allowed', ['Allow: GET, HEAD', 'Content-Type: application/json', 'Content-Length: 8', `Date: ${DATE}`, 'Cache-Control: no-cache, no-store, max-age=0, must-revalidate', 'Pragma: no-cache', 'Expires: 0'], '{"a":12}') }, []],
  ['Spring 415 to a POST with XML', { method: 'POST', requestBody: '<a/>', requestHeaders: [['Content-Type', 'application/xml']], response: res('415 Unsupported Media Type', ['Accept: application/json', 'Content-Length: 0', `Date: ${DATE}`]) }, []],
  ['Django page', { response: res('200 OK', [`Date: ${DATE}`, 'Content-Type: text/html; charset=utf-8', 'X-Frame-Options: DENY', 'Vary: Cookie', `Content-Length: ${HTML.length}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: same-origin', 'Cross-Origin-Opener-Policy: same-origin'], HTML) }, []],
  ['Django APPEND_SLASH 301', { url: 'http://127.0.0.1/admin', response: res('301 Moved Permanently', [`Date: ${DATE}`, 'Content-Type: text/html; charset=utf-8', 'Location: /admin/', 'Content-Length: 0']) }, []],
  ['Django 412 to If-Match', { method: 'PUT', requestBody: '{}', requestHeaders: [['If-Match', '"v0"']], response: res('412 Precondition Failed', [`Date: ${DATE}`, 'Content-Type: text/html; charset=utf-8', 'Content-Length: 0']) }, []],
  ['Cloudflare cache hit', { response: res('200 OK', [`Date: ${DATE}`, 'Content-Type: text/css', 'Content-Length: 4', 'Cache-Control: public, max-age=14400', 'Age: 3812', 'CF-Cache-Status: HIT', `Last-Modified: ${LM}`, 'Vary: Accept-Encoding', 'Server: cloudflare'], 'a{} ') }, []],
  ['Varnish hit', { response: res('200 OK', [`Date: ${DATE}`, 'Content-Type: text/html', `Content-Length: ${HTML.length}`, 'Cache-Control: max-age=120', 'Age: 0', 'Via: 1.1 varnish (Varnish/7.4)', 'X-Varnish: 32770 3', 'ETag: "x"', 'Accept-Ranges: bytes'], HTML) }, []],
  ['S3 object', { response: res('200 OK', ['x-amz-id-2: abc', 'x-amz-request-id: 1', `Date: ${DATE}`, `Last-Modified: ${LM}`, 'ETag: "d41d8cd98f00b204e9800998ecf8427e"', 'Accept-Ranges: bytes', 'Content-Type: application/octet-stream', 'Server: AmazonS3', 'Content-Length: 4'], 'data') }, []],
  ['a versioned asset served for ten years', { response: res('200 OK', [`Date: ${DATE}`, 'Content-Type: application/javascript', 'Content-Length: 4', 'Cache-Control: public, max-age=315360000, immutable', 'Age: 40000000', 'ETag: "a"'], 'x=1;') }, []],
  ['Next.js page with its Vary', { response: res('200 OK', [`Date: ${DATE}`, 'Content-Type: text/html; charset=utf-8', 'Vary: RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding', 'Cache-Control: private, no-cache, no-store, max-age=0, must-revalidate', 'X-Powered-By: Next.js', `Content-Length: ${HTML.length}`], HTML) }, []],
];

describe('cache, range and status rules on server defaults', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    const findings = runRules([exchangeOf(input)], allRules, { settings: new Map(), maxBody: 1 << 20 })[0]!;
    const ours = findings.filter((f) => /^(cache|range|status)\//.test(f.ruleId));
    expect(ours.filter((f) => f.severity !== 'info'), JSON.stringify(ours, null, 1)).toEqual([]);
    // New advice only where the case says so (the older missing-cache-control / no-validator advice applies by design).
    const advice = new Set(ours.map((f) => f.ruleId).filter((id) => !OLDER_ADVICE.has(id)));
    expect([...advice].sort()).toEqual(expected);
  });
});
