// Probe planning is pure: which requests each probe sends for a given exchange, and why it sends none.
import { describe, expect, it } from 'vitest';
import { probeSpec } from '../../src/capture/probes/request';
import { planConditional } from '../../src/capture/probes/conditional';
import { planRange, rangesFor } from '../../src/capture/probes/range';
import { baselineIsIdentity, planEncoding } from '../../src/capture/probes/encoding';
import { planReuse } from '../../src/capture/probes/reuse';
import type { RequestSpec } from '../../src/http1/request';
import { exchangeOf } from '../helpers/exchange';

const URL_ = new URL('http://127.0.0.1:8080/items/1?x=1');
const spec = (method: string, headers: Array<[string, string]> = []): RequestSpec => ({ url: URL_, method, headers, body: method === 'GET' ? undefined : Buffer.from('{}') });
const ok = (headers: string[], body = 'hello world') =>
  exchangeOf({ response: `HTTP/1.1 200 OK\r\n${headers.map((h) => `${h}\r\n`).join('')}Content-Length: ${body.length}\r\n\r\n${body}` });

describe('probe requests', () => {
  it('keep the URL and the user\'s headers, drop body, conditional, range and CORS headers, add their own', () => {
    const base = spec('PUT', [['Authorization', 'Bearer t'], ['Content-Type', 'application/json'], ['If-Match', '"x"'], ['Range', 'bytes=0-1'], ['Origin', 'https://app.example'], ['Accept', 'application/json']]);
    const probe = probeSpec(base, 'GET', [['If-None-Match', '"v1"']]);
    expect(probe).toEqual({ url: URL_, method: 'GET', headers: [['Authorization', 'Bearer t'], ['Accept', 'application/json'], ['If-None-Match', '"v1"']] });
  });

  it('refuse to build an unsafe request', () => {
    expect(() => probeSpec(spec('GET'), 'DELETE')).toThrow('a probe may not send DELETE');
    expect(() => probeSpec(spec('GET'), 'POST')).toThrow();
  });
});

describe('conditional', () => {
  it('sends If-None-Match with the ETag and If-Modified-Since with Last-Modified', () => {
    const plan = planConditional({ exchange: ok(['ETag: W/"v1"', 'Last-Modified: Tue, 01 Sep 2026 10:00:00 GMT']), spec: spec('GET') });
    expect(plan.requests.map((r) => r.label)).toEqual(['If-None-Match: W/"v1"', 'If-Modified-Since: Tue, 01 Sep 2026 10:00:00 GMT']);
    expect(plan.skipped).toEqual([]);
  });

  it('says why a request cannot be sent', () => {
    expect(planConditional({ exchange: ok(['ETag: abc']), spec: spec('GET') }).skipped).toEqual([
      { name: 'conditional', request: 'If-None-Match', reason: 'the ETag abc is not a valid entity-tag' },
      { name: 'conditional', request: 'If-Modified-Since', reason: 'the response has no Last-Modified to revalidate with' },
    ]);
    const notFound = exchangeOf({ response: 'HTTP/1.1 404 Not Found\r\nETag: "v1"\r\nContent-Length: 0\r\n\r\n' });
    expect(planConditional({ exchange: notFound, spec: spec('GET') }).skipped[0]!.reason).toBe('the GET was answered 404, not 200: there is no representation to compare');
  });
});

describe('range', () => {
  it('a range inside the body, a suffix range, and one starting at the end', () => {
    expect(rangesFor(100)).toEqual({ inside: 'bytes=33-98', suffix: 'bytes=-25', pastEnd: 'bytes=100-' });
    expect(rangesFor(2)).toEqual({ inside: 'bytes=0-0', suffix: 'bytes=-1', pastEnd: 'bytes=2-' });
    expect(planRange({ exchange: ok([]), spec: spec('GET') }).requests.map((r) => r.label)).toEqual(['Range: bytes=3-9', 'Range: bytes=-2', 'Range: bytes=11-']);
  });

  it('needs a body of two bytes at least', () => {
    expect(planRange({ exchange: ok([], ''), spec: spec('GET') }).skipped[0]!.reason).toBe('the response has no body to request a range of');
  });
});

describe('encoding', () => {
  it('uses an uncoded baseline as the identity response: three requests', () => {
    const probed = { exchange: ok(['Content-Type: text/plain']), spec: spec('GET') };
    expect(baselineIsIdentity(probed)).toBe(true);
    expect(planEncoding(probed).requests.map((r) => r.label)).toEqual(['Accept-Encoding: gzip', 'Accept-Encoding: br', 'Accept-Encoding: zstd']);
  });

  it('asks for identity too when the baseline asked for a coding', () => {
    const exchange = exchangeOf({ requestHeaders: [['Accept-Encoding', 'gzip']], response: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi' });
    expect(planEncoding({ exchange, spec: spec('GET', [['Accept-Encoding', 'gzip']]) }).requests.map((r) => r.label)[0]).toBe('Accept-Encoding: identity');
  });
});

describe('reuse', () => {
  it('starts with the user\'s request when it is GET or HEAD, otherwise a GET, and never says Connection: close', () => {
    expect(planReuse({ exchange: ok([]), spec: spec('HEAD') }).map((r) => r.spec.method)).toEqual(['HEAD', 'GET']);
    const unsafe = planReuse({ exchange: ok([]), spec: spec('DELETE') });
    expect(unsafe.map((r) => r.spec.method)).toEqual(['GET', 'GET']);
    expect(unsafe.every((r) => r.spec.body === undefined && r.spec.headers.some(([n, v]) => n === 'Connection' && v === ''))).toBe(true);
  });
});
