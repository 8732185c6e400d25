import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/options/usage';
import { contentOf, headerNamed } from '../../src/exchange';
import { notEvaluatedRules, runRules } from '../../src/engine/run';
import { exchangesFromRaw, parseRawRequest, UNKNOWN_URL } from '../../src/input/raw';
import { allRules } from '../../rules/index';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/raw/${name}`, import.meta.url));
const idsFired = (exchange: Parameters<typeof notEvaluatedRules>[0]) =>
  runRules([exchange], allRules, { settings: new Map(), maxBody: 1 << 20 })[0]!.map((f) => f.ruleId);

describe('exchangesFromRaw', () => {
  it('reads a chunked response saved with curl -si --raw: chunks, content, no warnings', () => {
    const { exchanges, warnings } = exchangesFromRaw(fixture('curl-raw-chunked.http'), { url: 'http://127.0.0.1:8080/final' });
    expect(warnings).toEqual([]);
    expect(exchanges).toHaveLength(1);
    const ex = exchanges[0]!;
    expect(ex.source).toBe('raw');
    expect(ex.unavailable).toBeUndefined();
    expect(ex.response?.framing.kind).toBe('chunked');
    expect(ex.response?.chunks.map((c) => c.size)).toEqual([5, 6, 0]);
    expect(contentOf(ex).toString()).toBe('hello world');
    expect(ex.response?.complete).toBe(true);
    expect(ex.url).toBe('http://127.0.0.1:8080/final');
    expect(ex.target).toEqual({ scheme: 'http', host: '127.0.0.1', port: 8080 });
    expect(notEvaluatedRules(ex, allRules)).toEqual([]);
  });

  it('reads a 100 Continue followed by a 200 as one exchange with an interim response', () => {
    const { exchanges, warnings } = exchangesFromRaw(fixture('continue-then-200.http'), { method: 'POST' });
    expect(warnings).toEqual([]);
    expect(exchanges).toHaveLength(1);
    const ex = exchanges[0]!;
    expect(ex.interim.map((m) => m.status)).toEqual([100]);
    expect(ex.response?.status).toBe(200);
    expect(contentOf(ex).toString()).toBe('ok');
    expect(ex.request.method).toBe('POST');
    expect(ex.url).toBe(UNKNOWN_URL);
  });

  it('detects a body de-chunked by curl -si without --raw, says so, and judges the de-chunked content', () => {
    const { exchanges, warnings } = exchangesFromRaw(fixture('curl-dechunked.http'));
    expect(exchanges).toHaveLength(1);
    const ex = exchanges[0]!;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Transfer-Encoding: chunked but its body is not chunked');
    expect(warnings[0]).toContain('--raw');
    expect(contentOf(ex).toString()).toBe('hello world');
    expect(ex.unavailable).toEqual(['wire']);
    expect(ex.anomalies.map((a) => a.id)).not.toContain('invalid-chunked-encoding');
    const skipped = notEvaluatedRules(ex, allRules);
    expect(skipped).toContain('framing/invalid-chunked-encoding');
    expect(skipped.every((id) => id.startsWith('framing/') || id === 'content/invalid-content-encoding')).toBe(true);
    expect(idsFired(ex)).not.toContain('framing/invalid-chunked-encoding');
  });

  it('without the repair, the same bytes would be reported as a truncated chunked body (the near miss)', () => {
    const bytes = fixture('curl-raw-chunked.http');
    const cut = bytes.subarray(0, bytes.indexOf('0\r\n\r\n'));
    const { exchanges, warnings } = exchangesFromRaw(cut);
    expect(warnings).toEqual([]); // chunk-size lines are present: genuinely truncated, not de-chunked
    expect(idsFired(exchanges[0]!)).toContain('framing/invalid-chunked-encoding');
  });

  it('splits curl -L output into one exchange per hop, following Location, with the redirect body missing', () => {
    const { exchanges, warnings } = exchangesFromRaw(fixture('curl-raw-redirect.http'), { url: 'http://127.0.0.1:8080/redir' });
    expect(exchanges.map((e) => e.response?.status)).toEqual([301, 200]);
    expect(exchanges.map((e) => e.url)).toEqual(['http://127.0.0.1:8080/redir', 'http://127.0.0.1:8080/final']);
    expect(exchanges[1]!.request.target).toBe('/final');
    expect(contentOf(exchanges[1]!).toString()).toBe('hello world');
    // Offsets are per hop: the 200's status line starts its own received bytes.
    expect(exchanges[1]!.response?.offset).toBe(0);
    expect(exchanges[0]!.unavailable).toEqual(['wire', 'body']);
    expect(exchanges[1]!.unavailable).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^response 1 \(HTTP\/1\.1 301 Moved Permanently\): its body is not in the file/);
    // Not a content-length mismatch: that cannot be judged from the file.
    expect(idsFired(exchanges[0]!)).not.toContain('framing/content-length-mismatch');
    expect(notEvaluatedRules(exchanges[0]!, allRules)).toContain('framing/content-length-mismatch');
  });

  it('keeps a redirect with its body as saved by curl -si without -L', () => {
    const bytes = Buffer.from('HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Length: 5\r\n\r\nmoved', 'latin1');
    const { exchanges, warnings } = exchangesFromRaw(bytes);
    expect(exchanges).toHaveLength(1);
    expect(warnings).toEqual([]);
    expect(contentOf(exchanges[0]!).toString()).toBe('moved');
  });

  it('a 303 after POST makes the next hop a GET; 307 keeps POST', () => {
    const three = Buffer.from('HTTP/1.1 303 See Other\r\nLocation: /done\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n', 'latin1');
    expect(exchangesFromRaw(three, { method: 'POST', url: 'http://h/a' }).exchanges.map((e) => e.request.method)).toEqual(['POST', 'GET']);
    const seven = Buffer.from('HTTP/1.1 307 Temporary Redirect\r\nLocation: /done\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n', 'latin1');
    const { exchanges, warnings } = exchangesFromRaw(seven, { method: 'POST', url: 'http://h/a' });
    expect(exchanges.map((e) => e.request.method)).toEqual(['POST', 'POST']);
    expect(warnings).toEqual([]); // Content-Length: 0 means nothing is missing
  });

  it('uses the method for framing: HEAD responses have no body, bytes after them are extra', () => {
    const bytes = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello', 'latin1');
    const head = exchangesFromRaw(bytes, { method: 'head' }).exchanges[0]!;
    expect(head.request.method).toBe('HEAD');
    expect(head.response?.framing.kind).toBe('none');
    expect(head.extra).toEqual({ offset: bytes.indexOf('hello'), length: 5 });
    expect(idsFired(head)).toContain('framing/body-on-head');
  });

  it('warns when curl --compressed decoded a gzip body but kept Content-Encoding', () => {
    const bytes = Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\nhi', 'latin1');
    const { warnings } = exchangesFromRaw(bytes);
    expect(warnings.join('\n')).toContain('--compressed');
  });

  it('warns when every line ends in a bare LF (a file edited as text)', () => {
    const { exchanges, warnings } = exchangesFromRaw(Buffer.from('HTTP/1.1 200 OK\nContent-Length: 2\n\nok'));
    expect(exchanges[0]!.response?.status).toBe(200);
    expect(warnings.join('\n')).toContain('LF without CR');
  });

  it('refuses input that is not an HTTP/1.x response, saying why', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /is empty/],
      ['HTTP/2 200 \r\ncontent-type: text/html\r\n\r\n', /HTTP\/2.*--http1\.1/],
      ['* Trying 127.0.0.1:80...\n> GET / HTTP/1.1\n', /curl -v/],
      ['<html>hello</html>', /does not start with a status line.*"<html>hello<\/html>"/],
    ];
    for (const [text, message] of cases) {
      expect(() => exchangesFromRaw(Buffer.from(text))).toThrow(UsageError);
      expect(() => exchangesFromRaw(Buffer.from(text))).toThrow(message);
    }
  });

  it('uses a saved raw request: method, headers with offsets, URL from Host, sent bytes', () => {
    const request = fixture('post-request.http');
    const { exchanges, warnings } = exchangesFromRaw(fixture('continue-then-200.http'), { request });
    expect(warnings).toEqual([]);
    const ex = exchanges[0]!;
    expect(ex.request.method).toBe('POST');
    expect(ex.url).toBe('http://127.0.0.1:8080/cont');
    expect(ex.sent.equals(request)).toBe(true);
    const expect100 = headerNamed(ex.request.headers, 'expect')!;
    expect(expect100.value).toBe('100-continue');
    expect(request.toString('latin1', expect100.offset, expect100.offset + 7)).toBe('Expect:');
    expect(ex.request.bodySize).toBe(3);
  });

  it('-X wins over the saved request method, with a warning', () => {
    const { exchanges, warnings } = exchangesFromRaw(fixture('continue-then-200.http'), { request: fixture('post-request.http'), method: 'PUT' });
    expect(exchanges[0]!.response?.status).toBe(200);
    expect(warnings).toEqual(['the saved request says POST, but -X says PUT: judging the response as a PUT response']);
  });
});

describe('exchangesFromRaw: framing delimits hops (RFC 9112 §6.3)', () => {
  it('never splits inside content: a message/http body that starts with a status line stays content', () => {
    const inner = 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n';
    for (const [framing, body] of [['Content-Length: ' + inner.length, inner], ['Transfer-Encoding: chunked', `${inner.length.toString(16)}\r\n${inner}\r\n0\r\n\r\n`]]) {
      const bytes = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: message/http\r\n${framing}\r\n\r\n${body}`, 'latin1');
      const { exchanges, warnings } = exchangesFromRaw(bytes);
      expect(exchanges, framing).toHaveLength(1);
      expect(warnings).toEqual([]);
      expect(contentOf(exchanges[0]!).toString('latin1')).toBe(inner);
      expect(idsFired(exchanges[0]!).filter((id) => id.startsWith('framing/'))).toEqual([]);
    }
  });

  it('keeps an unsolicited response after a 204 or a Content-Length body as extra bytes, so the framing rules fire', () => {
    const second = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi';
    const after204 = exchangesFromRaw(Buffer.from(`HTTP/1.1 204 No Content\r\n\r\n${second}`, 'latin1'), { method: 'DELETE' });
    expect(after204.exchanges).toHaveLength(1);
    expect(idsFired(after204.exchanges[0]!)).toContain('framing/body-on-204');
    const afterLength = exchangesFromRaw(Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok${second}`, 'latin1'));
    expect(afterLength.exchanges).toHaveLength(1);
    expect(idsFired(afterLength.exchanges[0]!)).toContain('framing/content-length-mismatch');
  });

  it('a long (valid) first chunk extension is not mistaken for a de-chunked body', () => {
    const bytes = Buffer.from(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=${'x'.repeat(200)}\r\nhello\r\n0\r\n\r\n`, 'latin1');
    const { exchanges, warnings } = exchangesFromRaw(bytes);
    expect(warnings).toEqual([]);
    expect(contentOf(exchanges[0]!).toString()).toBe('hello');
    expect(exchanges[0]!.unavailable).toBeUndefined();
  });

  it('judges malformed chunk-size lines instead of taking them for curl -si output (issue 12)', () => {
    for (const line of [' 5', '0x5', '+5', '5g', '5\rx', 'zz']) {
      const bytes = Buffer.from(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${line}\r\nhello\r\n0\r\n\r\n`, 'latin1');
      const { exchanges, warnings } = exchangesFromRaw(bytes);
      expect(warnings, line).toEqual([]);
      expect(exchanges[0]!.unavailable, line).toBeUndefined();
      expect(idsFired(exchanges[0]!), line).toContain('framing/invalid-chunked-encoding');
    }
  });
});

describe('parseRawRequest', () => {
  it('accepts absolute-form targets and names the URL', () => {
    const { message, url } = parseRawRequest(Buffer.from('GET http://example.test/a?b=1 HTTP/1.1\r\nHost: example.test\r\n\r\n'));
    expect(message.target).toBe('http://example.test/a?b=1');
    expect(url).toBe('http://example.test/a?b=1');
  });

  it('refuses a file without a request line or without the end of the headers', () => {
    expect(() => parseRawRequest(Buffer.from('HTTP/1.1 200 OK\r\n\r\n'))).toThrow(/does not start with a request line/);
    expect(() => parseRawRequest(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n'))).toThrow(/no complete header section/);
  });
});
