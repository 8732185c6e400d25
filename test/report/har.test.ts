import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureExchange, type CaptureOptions } from '../../src/capture/http1';
import type { Exchange } from '../../src/exchange';
import { contentOf } from '../../src/exchange';
import { decodedContentOf } from '../../src/http/content';
import { exchangesFromHar } from '../../src/input/har';
import { harOf, renderHar, timingsOf } from '../../src/report/har';
import { exchangeOf } from '../helpers/exchange';
import { bytesServer, type RawServer } from '../helpers/rawServer';

const schema = JSON.parse(readFileSync(new URL('../fixtures/har/har-1.2.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const creator = { name: 'httpinspect', version: '0.0.0-test' };

function expectValidHar(har: unknown): void {
  const ok = validate(har);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

function roundTrip(exchanges: Exchange[], showSecrets = true): Exchange[] {
  const text = renderHar(exchanges, { showSecrets, creator, startedAt: Date.parse('2024-05-01T10:00:00Z') });
  expectValidHar(JSON.parse(text));
  return exchangesFromHar(text).exchanges;
}

const capture: CaptureOptions = {
  version: 'test',
  connectTimeout: 2000,
  tlsTimeout: 2000,
  firstByteTimeout: 2000,
  idleTimeout: 2000,
  maxTime: 5000,
  extrasTimeout: 200,
  maxHeaderBytes: 65536,
  maxBody: 1 << 20,
  insecure: false,
};

describe('harOf on a live capture (127.0.0.1)', () => {
  let server: RawServer;
  beforeAll(async () => {
    server = await bytesServer('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nX-Trace: 1\r\n\r\n5\r\nhello\r\n0\r\n\r\n');
  });
  afterAll(() => server.close());

  it('writes valid HAR 1.2 whose timings add up to the entry time and whose sizes are wire bytes', async () => {
    const exchange = await captureExchange({ url: new URL(`${server.url}/x?a=1&b=two`), method: 'GET', headers: [['Authorization', 'Bearer sekrit']] }, capture);
    exchange.startedAt = Date.parse('2024-05-01T10:00:00.123Z');
    const har = harOf([exchange], { showSecrets: false, creator });
    expectValidHar(har);
    const entry = har.log.entries[0]!;
    expect(entry.startedDateTime).toBe('2024-05-01T10:00:00.123Z');
    const t = entry.timings;
    const sum = [t.blocked, t.dns, t.connect, t.send, t.wait, t.receive].filter((v): v is number => v !== undefined && v >= 0).reduce((a, b) => a + b, 0);
    expect(entry.time).toBeCloseTo(sum, 2);
    expect(t.ssl).toBe(-1); // plain http: no TLS phase
    expect(t.connect).toBeGreaterThanOrEqual(0);
    expect(entry.serverIPAddress).toBe('127.0.0.1');
    expect(entry.request.queryString).toEqual([{ name: 'a', value: '1' }, { name: 'b', value: 'two' }]);
    expect(entry.request.headersSize).toBe(exchange.sent.length);
    expect(entry.request.headers.find((h) => h.name === 'Authorization')?.value).toBe('Bearer ****');
    // bodySize counts the chunked framing as received; content.size is the content.
    expect(entry.response.bodySize).toBe('5\r\nhello\r\n0\r\n\r\n'.length);
    expect(entry.response.content).toEqual({ size: 5, mimeType: 'text/plain', text: 'hello' });
    expect(entry.response.headersSize).toBe(exchange.response!.headerEnd);
    expect(entry.response.httpVersion).toBe('HTTP/1.1');
  });
});

describe('HAR round trip: export, re-read with --har, same status, headers and body', () => {
  it('keeps status, reason, header order/case/duplicates and the body', () => {
    const original = exchangeOf({
      url: 'http://127.0.0.1:8080/items/7',
      response: 'HTTP/1.1 201 Created\r\nLocation: /items/7\r\nX-A: 1\r\nx-a: 2\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"id": "7"}',
    });
    const [back] = roundTrip([original]);
    expect(back!.response?.status).toBe(201);
    expect(back!.response?.reason).toBe('Created');
    expect(back!.response?.headers.map((h) => [h.name, h.value])).toEqual(original.response!.headers.map((h) => [h.name, h.value]));
    expect(contentOf(back!).toString()).toBe('{"id": "7"}');
    expect(back!.request.headers.map((h) => h.raw)).toEqual(original.request.headers.map((h) => h.raw));
    expect(back!.url).toBe(original.url);
  });

  it('writes a gzip body decoded (HAR text is decoded) and re-reads it to the same content', () => {
    const json = JSON.stringify({ many: 'x'.repeat(200) });
    const gz = gzipSync(json);
    const original = exchangeOf({
      response: Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: application/json\r\nContent-Length: ${gz.length}\r\n\r\n`, 'latin1'), gz]),
    });
    const har = harOf([original], { showSecrets: false, creator });
    const content = har.log.entries[0]!.response.content;
    expect(content.text).toBe(json);
    expect(content.size).toBe(json.length);
    expect(content.compression).toBe(json.length - gz.length);
    expect(har.log.entries[0]!.response.bodySize).toBe(gz.length);
    const [back] = roundTrip([original]);
    const decoded = decodedContentOf(back!, 1 << 20);
    expect(decoded.ok && decoded.bytes.toString()).toBe(json);
  });

  it('writes binary bodies as base64 and reads them back byte for byte', () => {
    const bytes = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x41]);
    const original = exchangeOf({ response: Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 5\r\n\r\n', 'latin1'), bytes]) });
    const content = harOf([original], { showSecrets: false, creator }).log.entries[0]!.response.content;
    expect(content.encoding).toBe('base64');
    expect(Buffer.from(content.text!, 'base64').equals(bytes)).toBe(true);
    expect(contentOf(roundTrip([original])[0]!).equals(bytes)).toBe(true);
  });

  it('keeps a request body (postData), text or binary', () => {
    const text = exchangeOf({ method: 'POST', requestBody: 'a=1&b=2', requestHeaders: [['Content-Type', 'application/x-www-form-urlencoded']], response: 'HTTP/1.1 204 No Content\r\n\r\n' });
    const entry = harOf([text], { showSecrets: false, creator }).log.entries[0]!;
    expect(entry.request.postData).toEqual({ mimeType: 'application/x-www-form-urlencoded', text: 'a=1&b=2' });
    expect(entry.request.bodySize).toBe(7);
    const [back] = roundTrip([text]);
    expect(back!.sent.toString('latin1').endsWith('\r\n\r\na=1&b=2')).toBe(true);
    expect(back!.response?.framing.kind).toBe('none');
  });

  it('writes an exchange without a response as status 0 with the error, and reads it back as such', () => {
    const failed = exchangeOf({ response: '' });
    failed.response = undefined;
    failed.error = { code: 'REFUSED', message: 'connection refused by 127.0.0.1:9' };
    const entry = harOf([failed], { showSecrets: false, creator }).log.entries[0]!;
    expect(entry.response.status).toBe(0);
    expect(entry.comment).toBe('REFUSED: connection refused by 127.0.0.1:9');
    const [back] = roundTrip([failed]);
    expect(back!.response).toBeUndefined();
    expect(back!.error?.message).toContain('connection refused by 127.0.0.1:9');
  });
});

describe('secrets in HAR output', () => {
  const exchange = exchangeOf({
    url: 'http://127.0.0.1:8080/me',
    requestHeaders: [['Authorization', 'Basic dXNlcjpwYXNz'], ['Cookie', 'sid=abc123; theme=dark'], ['Proxy-Authorization', 'Bearer tok']],
    response: 'HTTP/1.1 200 OK\r\nSet-Cookie: sid=new456; Path=/; HttpOnly; Secure; Expires=Wed, 21 Oct 2037 07:28:00 GMT\r\nContent-Length: 0\r\n\r\n',
  });

  it('masks Authorization, Proxy-Authorization, Cookie, Set-Cookie values and cookie arrays by default', () => {
    const text = renderHar([exchange], { showSecrets: false, creator });
    for (const secret of ['dXNlcjpwYXNz', 'abc123', 'new456', 'Bearer tok']) expect(text).not.toContain(secret);
    const entry = JSON.parse(text).log.entries[0];
    expect(entry.request.cookies).toEqual([{ name: 'sid', value: '****' }, { name: 'theme', value: '****' }]);
    expect(entry.response.cookies).toEqual([{ name: 'sid', value: '****', path: '/', httpOnly: true, secure: true, expires: '2037-10-21T07:28:00.000Z' }]);
    expect(entry.request.headers.find((h: { name: string }) => h.name === 'Authorization').value).toBe('Basic ****');
    expectValidHar(JSON.parse(text));
  });

  it('keeps them with --show-secrets', () => {
    const entry = harOf([exchange], { showSecrets: true, creator }).log.entries[0]!;
    expect(entry.request.cookies).toEqual([{ name: 'sid', value: 'abc123' }, { name: 'theme', value: 'dark' }]);
    expect(entry.response.cookies[0]!.value).toBe('new456');
    expect(entry.request.headers.find((h) => h.name === 'Proxy-Authorization')?.value).toBe('Bearer tok');
  });
});

describe('timingsOf', () => {
  it('puts TLS inside connect, marks missing phases -1 and keeps send/wait/receive non-negative', () => {
    const exchange = exchangeOf({ response: 'HTTP/1.1 204 No Content\r\n\r\n' });
    exchange.timings = { dns: 1, connect: 2, tls: 3, requestSent: 7, ttfb: 17, complete: 20, total: 25 };
    expect(timingsOf(exchange)).toEqual({ blocked: -1, dns: 1, connect: 5, ssl: 3, send: 1, wait: 10, receive: 3 });
    exchange.timings = { total: 4 };
    const t = timingsOf(exchange);
    expect([t.dns, t.connect, t.ssl]).toEqual([-1, -1, -1]);
    expect(Math.min(t.send, t.wait, t.receive)).toBeGreaterThanOrEqual(0);
  });
});

describe('the HAR 1.2 schema itself', () => {
  it('rejects what the spec forbids (the schema can fail)', () => {
    const good = harOf([exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' })], { showSecrets: false, creator });
    expectValidHar(good);
    const broken = JSON.parse(JSON.stringify(good));
    delete broken.log.entries[0].timings.wait;
    broken.log.entries[0].response.status = '200';
    broken.log.entries[0].surprise = true;
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/log/entries/0/timings', '/log/entries/0/response/status', '/log/entries/0']));
  });
});
