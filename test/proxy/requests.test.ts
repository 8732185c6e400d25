// The proxy's pure request handling: reading a client's request as sent, and what is forwarded upstream.
import { describe, expect, it } from 'vitest';
import { parseClientRequest } from '../../src/proxy/clientRequest';
import { forwardingOf } from '../../src/proxy/forwardedRequest';
import { authorityOf } from '../../src/proxy/tunnel';

const parse = (text: string) => parseClientRequest(Buffer.from(text, 'latin1'), 64 * 1024);

function requestOf(text: string) {
  const r = parse(text);
  if (r.kind !== 'request') throw new Error(`not a request: ${JSON.stringify(r)}`);
  return r.request;
}

describe('parseClientRequest', () => {
  it('waits for the whole head and a Content-Length body, and ends exactly there', () => {
    expect(parse('GET / HTTP/1.1\r\nHost: a\r\n').kind).toBe('incomplete');
    expect(parse('POST /x HTTP/1.1\r\nContent-Length: 4\r\n\r\nab').kind).toBe('incomplete');
    const r = parse('POST /x HTTP/1.1\r\nContent-Length: 4\r\n\r\nabcdNEXT');
    expect(r).toMatchObject({ kind: 'request', end: 43, request: { method: 'POST', target: '/x', httpVersion: '1.1' } });
  });

  it('reads a chunked body through its trailers', () => {
    const text = 'PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n';
    expect(parse(text.slice(0, -2)).kind).toBe('incomplete');
    expect(parse(text)).toMatchObject({ kind: 'request', end: text.length });
  });

  it('refuses what it cannot frame, with the reason', () => {
    expect(parse('hello there\r\n')).toEqual({ kind: 'bad', reason: 'not an HTTP/1.x request line: "hello there"' });
    expect(parse('POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n')).toEqual({ kind: 'bad', reason: 'an invalid request Content-Length' });
    expect(parse('POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n')).toEqual({ kind: 'bad', reason: 'a request Transfer-Encoding that does not end in chunked' });
    expect(parse('POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')).toEqual({ kind: 'bad', reason: 'a malformed chunked request body' });
  });
});

describe('forwardingOf', () => {
  const upstream = new URL('http://127.0.0.1:3000');

  it('reverse: header lines as received, hop-by-hop fields out, Connection: close added, body as received', () => {
    const client = requestOf('POST /items?a=1 HTTP/1.1\r\nhost:  api.test \r\nConnection: keep-alive, X-Hop\r\nX-Hop: 1\r\nX-Case: MiXed\r\nContent-Length: 2\r\n\r\nhi');
    const f = forwardingOf(client, upstream);
    if (f.kind !== 'forward') throw new Error('refused');
    expect(f.url.href).toBe('http://127.0.0.1:3000/items?a=1');
    expect(f.request.bytes.toString('latin1')).toBe('POST /items?a=1 HTTP/1.1\r\nhost:  api.test \r\nX-Case: MiXed\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi');
    expect(f.request.message.headers.map((h) => [h.name, h.value, h.offset])).toEqual([
      ['host', 'api.test', 26],
      ['X-Case', 'MiXed', 44],
      ['Content-Length', '2', 59],
      ['Connection', 'close', 78],
    ]);
    expect(f.request.message.bodySize).toBe(2);
  });

  it('forward: absolute-form becomes origin-form; Proxy-* fields stay with the proxy; origin-form is refused', () => {
    const client = requestOf('GET http://127.0.0.1:8080/a/b HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nProxy-Connection: keep-alive\r\nProxy-Authorization: Basic eDp5\r\n\r\n');
    const f = forwardingOf(client, undefined);
    if (f.kind !== 'forward') throw new Error('refused');
    expect(f.url.href).toBe('http://127.0.0.1:8080/a/b');
    expect(f.request.bytes.toString('latin1')).toBe('GET /a/b HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\n\r\n');
    expect(forwardingOf(requestOf('GET /a HTTP/1.1\r\nHost: x\r\n\r\n'), undefined)).toMatchObject({ kind: 'refuse', status: 400 });
  });

  it('keeps a malformed header line with the field before it: the upstream sees what the client sent', () => {
    const f = forwardingOf(requestOf('GET / HTTP/1.1\r\nHost: a\r\nno colon here\r\nX: 1\r\n\r\n'), upstream);
    if (f.kind !== 'forward') throw new Error('refused');
    expect(f.request.bytes.toString('latin1')).toBe('GET / HTTP/1.1\r\nHost: a\r\nno colon here\r\nX: 1\r\nConnection: close\r\n\r\n');
  });
});

describe('authorityOf (CONNECT targets)', () => {
  it('takes host:port and [v6]:port, nothing else', () => {
    expect(authorityOf('example.com:443')).toEqual({ host: 'example.com', port: 443 });
    expect(authorityOf('[::1]:8443')).toEqual({ host: '::1', port: 8443 });
    expect(authorityOf('example.com')).toBeUndefined();
    expect(authorityOf('http://x:1/')).toBeUndefined();
    expect(authorityOf('x:70000')).toBeUndefined();
  });
});
