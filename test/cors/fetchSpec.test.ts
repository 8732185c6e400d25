import { describe, expect, it } from 'vitest';
import {
  corsUnsafeRequestHeaderNames,
  isSafelistedMethod,
  isSafelistedRequestHeader,
  mimeEssenceOf,
  needsPreflight,
  parseSingleRange,
  preflightRequestHeaders,
} from '../../src/cors/fetchRequest';
import { allowOriginOf, corsCheck, extractMaxAge, extractTokenList, headersNotAllowed, methodAllowed, preflightCheck } from '../../src/cors/fetchSpec';

const h = (name: string, value: string) => ({ name, value });

describe('isSafelistedMethod', () => {
  it.each([
    ['GET', true], ['HEAD', true], ['POST', true],
    ['get', false], ['Post', false], ['PUT', false], ['DELETE', false], ['PATCH', false], ['OPTIONS', false],
  ])('%s → %s', (method, expected) => {
    expect(isSafelistedMethod(method)).toBe(expected);
  });
});

describe('isSafelistedRequestHeader', () => {
  it.each<[string, string, boolean]>([
    ['Accept', '*/*', true],
    ['Accept', 'application/json, text/plain;q=0.9', true],
    ['accept', 'text/html', true],
    ['Accept', 'a'.repeat(128), true],
    ['Accept', 'a'.repeat(129), false], // 128-byte limit
    ['Accept', 'text/html(x)', false], // CORS-unsafe byte "("
    ['Accept', 'a\tb', true], // HT is allowed
    ['Accept', 'a\x01b', false],
    ['Accept', 'x{y}', false],
    ['Accept-Language', 'en-US,en;q=0.9', true],
    ['Accept-Language', 'de_DE', false], // "_" is not allowed
    ['Content-Language', 'fr', true],
    ['Content-Language', 'fr/ca', false],
    ['Content-Type', 'text/plain', true],
    ['Content-Type', 'text/plain;charset=utf-8', true],
    ['Content-Type', 'text/plain; charset=utf-8', true],
    ['Content-Type', 'TEXT/PLAIN', true],
    ['Content-Type', 'application/x-www-form-urlencoded', true],
    ['Content-Type', 'multipart/form-data; boundary=abc', true],
    ['Content-Type', 'application/json', false],
    ['Content-Type', 'application/json; charset=utf-8', false],
    ['Content-Type', 'text/plain; charset="utf-8"', false], // '"' is a CORS-unsafe byte
    ['Content-Type', 'text/html', false],
    ['Content-Type', 'text/plain ', true],
    ['Content-Type', 'text/', false],
    ['Content-Type', 'text', false],
    ['Range', 'bytes=0-', true],
    ['Range', 'bytes=0-499', true],
    ['Range', 'bytes=-500', false], // suffix range: no first position
    ['Range', 'bytes=0-1,3-4', false], // several ranges
    ['Range', 'bytes=5-1', false],
    ['Range', 'bytes= 0-1', false], // no whitespace allowed
    ['Range', 'items=0-1', false],
    ['X-Api-Key', 'abc', false],
    ['Authorization', 'Bearer x', false],
    ['Content-Length', '5', false],
  ])('%s: %j → %s', (name, value, expected) => {
    expect(isSafelistedRequestHeader(name, value)).toBe(expected);
  });
});

describe('mimeEssenceOf / parseSingleRange', () => {
  it('parses the essence like WHATWG MIME Sniffing (parameters never fail)', () => {
    expect(mimeEssenceOf(' Text/Plain ; charset')).toBe('text/plain');
    expect(mimeEssenceOf('text/plain;')).toBe('text/plain');
    expect(mimeEssenceOf('/plain')).toBeNull();
    expect(mimeEssenceOf('te xt/plain')).toBeNull();
  });
  it('parses a single range', () => {
    expect(parseSingleRange('bytes=0-')).toEqual({ start: 0, end: null });
    expect(parseSingleRange('BYTES=1-2')).toEqual({ start: 1, end: 2 });
    expect(parseSingleRange('bytes=-')).toBeNull();
  });
});

describe('corsUnsafeRequestHeaderNames / needsPreflight', () => {
  it('lists non-safelisted author headers, sorted, lower-cased, de-duplicated', () => {
    expect(
      corsUnsafeRequestHeaderNames([
        ['X-B', '1'],
        ['Content-Type', 'application/json'],
        ['x-b', '2'],
        ['Authorization', 'Bearer t'],
        ['Accept', '*/*'],
      ]),
    ).toEqual(['authorization', 'content-type', 'x-b']);
  });

  it('ignores headers the browser controls (Host, User-Agent, Cookie, Connection, Origin, Sec-*, Proxy-*)', () => {
    const wire: Array<[string, string]> = [
      ['Host', 'api.example'], ['User-Agent', 'httpinspect/1'], ['Accept', '*/*'], ['Connection', 'close'],
      ['Cookie', 'a=b'], ['Origin', 'https://app.example'], ['Sec-Fetch-Mode', 'cors'], ['Proxy-Authorization', 'x'],
      ['Content-Length', '3'], ['Referer', 'https://app.example/'],
    ];
    expect(corsUnsafeRequestHeaderNames(wire)).toEqual([]);
    expect(needsPreflight('GET', wire)).toBe(false);
  });

  it('counts a method-override header only when it names an allowed method', () => {
    expect(corsUnsafeRequestHeaderNames([['X-HTTP-Method-Override', 'TRACE']])).toEqual([]);
    expect(corsUnsafeRequestHeaderNames([['X-HTTP-Method-Override', 'PUT']])).toEqual(['x-http-method-override']);
  });

  it('makes every safelisted header unsafe when their values total more than 1024 bytes', () => {
    const v = 'a'.repeat(128);
    const nine = Array.from({ length: 9 }, () => ['Accept', v] as [string, string]); // 1152 bytes
    expect(corsUnsafeRequestHeaderNames(nine)).toEqual(['accept']);
    const eight = nine.slice(0, 8); // 1024 bytes: not more than 1024
    expect(corsUnsafeRequestHeaderNames(eight)).toEqual([]);
  });

  it.each<[string, Array<[string, string]>, boolean]>([
    ['GET', [], false],
    ['HEAD', [], false],
    ['POST', [['Content-Type', 'text/plain;charset=utf-8']], false],
    ['POST', [['Content-Type', 'application/x-www-form-urlencoded']], false],
    ['POST', [['Content-Type', 'application/json']], true],
    ['GET', [['Accept', 'x'.repeat(129)]], true],
    ['GET', [['Range', 'bytes=0-']], false],
    ['GET', [['Range', 'bytes=-10']], true],
    ['GET', [['Authorization', 'Bearer t']], true],
    ['GET', [['Cookie', 'a=b']], false],
    ['GET', [['X-Requested-With', 'XMLHttpRequest']], true],
    ['PUT', [], true],
    ['DELETE', [], true],
    ['PATCH', [], true],
    ['get', [], true],
  ])('%s with %j → preflight %s', (method, headers, expected) => {
    expect(needsPreflight(method, headers)).toBe(expected);
  });
});

describe('preflightRequestHeaders', () => {
  it('builds the OPTIONS headers a browser sends: no spaces, lower case, sorted, no credentials', () => {
    expect(
      preflightRequestHeaders('https://app.example', 'PUT', [
        ['X-Trace', '1'], ['Content-Type', 'application/json'], ['Authorization', 'Bearer t'], ['Cookie', 'a=b'],
      ]),
    ).toEqual([
      ['Origin', 'https://app.example'],
      ['Access-Control-Request-Method', 'PUT'],
      ['Access-Control-Request-Headers', 'authorization,content-type,x-trace'],
      ['Accept', '*/*'],
    ]);
  });
  it('omits Access-Control-Request-Headers when every header is safelisted', () => {
    expect(preflightRequestHeaders('https://app.example', 'DELETE', [['Accept', 'application/json']])).toEqual([
      ['Origin', 'https://app.example'],
      ['Access-Control-Request-Method', 'DELETE'],
      ['Accept', '*/*'],
    ]);
  });
});

describe('allowOriginOf', () => {
  it.each<[string[], string]>([
    [[], 'absent'],
    [['*'], 'wildcard'],
    [['null'], 'null'],
    [['https://app.example'], 'origin'],
    [['http://127.0.0.1:8080'], 'origin'],
    [['https://[::1]:8443'], 'origin'],
    [['chrome-extension://abcdef'], 'origin'],
    [['https://app.example/'], 'invalid'],
    [['https://app.example/path'], 'invalid'],
    [['https://a.example, https://b.example'], 'invalid'],
    [['https://a.example https://b.example'], 'invalid'],
    [['https://a.example', 'https://a.example'], 'invalid'],
    [['*', '*'], 'invalid'],
    [[''], 'invalid'],
    [['app.example'], 'invalid'],
    [['true'], 'invalid'],
  ])('%j → %s', (values, kind) => {
    expect(allowOriginOf(values.map((v) => h('Access-Control-Allow-Origin', v))).kind).toBe(kind);
  });
});

describe('corsCheck', () => {
  const O = 'https://app.example';
  const acao = (v: string) => h('Access-Control-Allow-Origin', v);
  const acac = (v: string) => h('Access-Control-Allow-Credentials', v);
  it.each<[string, boolean, Array<{ name: string; value: string }>, string | null]>([
    ['* without credentials', false, [acao('*')], null],
    ['* with credentials', true, [acao('*'), acac('true')], 'wildcard-with-credentials'],
    ['exact origin', false, [acao(O)], null],
    ['exact origin, credentials, ACAC true', true, [acao(O), acac('true')], null],
    ['exact origin, credentials, no ACAC', true, [acao(O)], 'missing-allow-credentials'],
    ['exact origin, credentials, ACAC True', true, [acao(O), acac('True')], 'credentials-not-true'],
    ['exact origin, credentials, two ACAC true', true, [acao(O), acac('true'), acac('true')], 'credentials-not-true'],
    ['no ACAO', false, [], 'missing-allow-origin'],
    ['other origin', false, [acao('https://other.example')], 'origin-not-allowed'],
    ['upper-case host', false, [acao('https://APP.example')], 'origin-not-allowed'],
    ['explicit default port', false, [acao('https://app.example:443')], 'origin-not-allowed'],
    ['trailing slash', false, [acao(`${O}/`)], 'invalid-allow-origin'],
    ['null for a real origin', false, [acao('null')], 'origin-not-allowed'],
    ['list', false, [acao(`${O}, https://b.example`)], 'invalid-allow-origin'],
    ['ACAC false without credentials is irrelevant', false, [acao(O), acac('false')], null],
  ])('%s', (_label, credentialed, headers, failure) => {
    expect(corsCheck(O, credentialed, headers)?.failure ?? null).toBe(failure);
  });

  it('matches null only for an opaque (null) origin', () => {
    expect(corsCheck('null', false, [acao('null')])).toBeNull();
  });
});

describe('header list values', () => {
  it('parses #token lists across several headers, skipping empty elements', () => {
    const r = extractTokenList([h('Access-Control-Allow-Methods', 'GET, ,PUT'), h('access-control-allow-methods', 'DELETE')], 'Access-Control-Allow-Methods');
    expect(r.kind === 'values' && r.values).toEqual(['GET', 'PUT', 'DELETE']);
  });
  it('fails on a non-token element', () => {
    expect(extractTokenList([h('Access-Control-Allow-Methods', 'GET;PUT')], 'Access-Control-Allow-Methods').kind).toBe('failure');
    expect(extractTokenList([h('Access-Control-Allow-Headers', 'x-a x-b')], 'Access-Control-Allow-Headers').kind).toBe('failure');
  });
  it('reads Access-Control-Max-Age as delta-seconds, one header only', () => {
    expect(extractMaxAge([h('Access-Control-Max-Age', '600')])).toMatchObject({ kind: 'value', seconds: 600 });
    expect(extractMaxAge([h('Access-Control-Max-Age', '-1')]).kind).toBe('failure');
    expect(extractMaxAge([h('Access-Control-Max-Age', '1'), h('Access-Control-Max-Age', '1')]).kind).toBe('failure');
    expect(extractMaxAge([]).kind).toBe('absent');
  });
});

describe('methodAllowed / headersNotAllowed', () => {
  it.each<[string, string[], boolean, boolean]>([
    ['DELETE', ['GET', 'DELETE'], false, true],
    ['DELETE', ['delete'], false, false], // case-sensitive
    ['GET', [], true, true], // safelisted
    ['POST', [], true, true],
    ['PATCH', ['*'], false, true],
    ['PATCH', ['*'], true, false], // `*` is literal with credentials
    ['PUT', ['GET', 'POST'], false, false],
  ])('%s against %j (credentials %s) → %s', (method, allowed, credentialed, expected) => {
    expect(methodAllowed(method, allowed, credentialed)).toBe(expected);
  });

  it.each<[string[], string[], boolean, string[]]>([
    [['x-api-key'], ['X-Api-Key'], false, []], // case-insensitive
    [['x-api-key', 'content-type'], ['content-type'], false, ['x-api-key']],
    [['x-api-key'], ['*'], false, []],
    [['x-api-key'], ['*'], true, ['x-api-key']],
    [['authorization'], ['*'], false, ['authorization']], // `*` never covers Authorization
    [['authorization'], ['*', 'Authorization'], false, []],
    [[], [], false, []],
  ])('%j against %j (credentials %s) → missing %j', (requested, allowed, credentialed, missing) => {
    expect(headersNotAllowed(requested, allowed, credentialed)).toEqual(missing);
  });
});

describe('preflightCheck', () => {
  const base = { origin: 'https://app.example', method: 'PUT', requestHeaderNames: ['content-type'], credentialed: false, status: 204 };
  const ok = [h('Access-Control-Allow-Origin', '*'), h('Access-Control-Allow-Methods', 'PUT'), h('Access-Control-Allow-Headers', 'content-type')];
  it('passes a correct preflight', () => {
    expect(preflightCheck({ ...base, headers: ok })).toBeNull();
  });
  it('runs the CORS check before the status, then methods, then headers', () => {
    expect(preflightCheck({ ...base, status: 404, headers: [] })?.failure).toBe('missing-allow-origin');
    expect(preflightCheck({ ...base, status: 404, headers: ok })?.failure).toBe('preflight-failed-status');
    expect(preflightCheck({ ...base, status: 301, headers: ok })?.failure).toBe('preflight-failed-status');
    expect(preflightCheck({ ...base, headers: [ok[0]!, ok[2]!] })?.failure).toBe('method-not-allowed');
    expect(preflightCheck({ ...base, headers: [ok[0]!, ok[1]!] })?.failure).toBe('header-not-allowed');
  });
  it('fails on an unparsable Access-Control-Allow-Methods even for a safelisted method', () => {
    const r = preflightCheck({ ...base, method: 'GET', requestHeaderNames: [], headers: [ok[0]!, h('Access-Control-Allow-Methods', 'GET POST')] });
    expect(r?.failure).toBe('method-not-allowed');
  });
  it('needs Access-Control-Allow-Credentials: true on the preflight of a credentialed request', () => {
    const headers = [h('Access-Control-Allow-Origin', 'https://app.example'), h('Access-Control-Allow-Methods', 'PUT'), h('Access-Control-Allow-Headers', 'content-type')];
    expect(preflightCheck({ ...base, credentialed: true, headers })?.failure).toBe('missing-allow-credentials');
    expect(preflightCheck({ ...base, credentialed: true, headers: [...headers, h('Access-Control-Allow-Credentials', 'true')] })).toBeNull();
  });
});
