import { httpDate, response, type Scenario } from '../scenario';

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const BODY = '{"id":1,"name":"widget"}';
const hoursFromNow = (hours: number) => httpDate(new Date(Date.now() + hours * 3600_000));

export const cacheScenarios: Scenario[] = [
  {
    name: 'missing-cache-control',
    description: 'a 200 JSON response with a validator but neither Cache-Control nor Expires',
    expect: ['cache/missing-cache-control'],
    respond: () => [response(200, [['Date', httpDate()], JSON_TYPE, ['ETag', '"v1"']], BODY, { baseline: false })],
  },
  {
    name: 'conflicting-directives',
    description: 'Cache-Control: no-store together with max-age=3600',
    expect: ['cache/conflicting-directives'],
    respond: () => [response(200, [['Cache-Control', 'no-store, max-age=3600'], JSON_TYPE], BODY)],
  },
  {
    name: 'invalid-cache-control',
    description: 'Cache-Control directives separated by a semicolon (max-age=60; public)',
    expect: ['cache/invalid-cache-control'],
    respond: () => [response(200, [['Cache-Control', 'max-age=60; public'], JSON_TYPE, ['ETag', '"v1"']], BODY)],
  },
  {
    name: 'invalid-cache-control-quoted',
    description: 'Cache-Control: max-age="60" (delta-seconds must be in token form)',
    expect: ['cache/invalid-cache-control'],
    respond: () => [response(200, [['Cache-Control', 'max-age="60"'], JSON_TYPE, ['ETag', '"v1"']], BODY)],
  },
  {
    name: 'invalid-etag',
    description: 'an unquoted ETag',
    expect: ['cache/invalid-etag'],
    respond: () => [response(200, [JSON_TYPE, ['ETag', 'abc123']], BODY)],
  },
  {
    name: 'no-validator',
    description: 'a cacheable 200 (max-age=60) without ETag or Last-Modified',
    expect: ['cache/no-validator'],
    respond: () => [response(200, [['Date', httpDate()], ['Cache-Control', 'max-age=60'], JSON_TYPE], BODY, { baseline: false })],
  },
  {
    name: 'vary-star',
    description: 'Vary: * on a 200',
    expect: ['cache/vary-star'],
    respond: () => [response(200, [JSON_TYPE, ['Vary', '*']], BODY)],
  },
  {
    name: 'invalid-expires',
    description: 'Expires as an ISO 8601 timestamp (not an HTTP-date; caches treat it as already expired)',
    expect: ['cache/invalid-expires'],
    respond: () => [response(200, [JSON_TYPE, ['Expires', '2030-01-01T00:00:00Z']], BODY)],
  },
  {
    name: 'last-modified-in-future',
    description: 'Last-Modified one day after Date',
    expect: ['cache/last-modified-in-future'],
    respond: () => {
      const now = new Date();
      return [response(200, [['Date', httpDate(now)], JSON_TYPE, ['Last-Modified', httpDate(new Date(now.getTime() + 86400_000))]], BODY)];
    },
  },
  {
    name: 'realistic-json-ok',
    description: 'a correct cacheable JSON response: Date, max-age=60, a strong ETag',
    expect: [],
    respond: () => [
      response(200, [['Date', httpDate()], ['Content-Type', 'application/json; charset=utf-8'], ['Cache-Control', 'max-age=60'], ['ETag', '"v1"']], BODY),
    ],
  },
  {
    name: 'immutable-asset-ok',
    description: 'a versioned static asset: public, max-age=31536000, immutable, weak ETag and Last-Modified equal to Date',
    expect: [],
    respond: () => {
      const now = httpDate();
      return [
        response(
          200,
          [['Date', now], ['Cache-Control', 'public, max-age=31536000, immutable'], JSON_TYPE, ['ETag', 'W/"18-abc"'], ['Last-Modified', now]],
          BODY,
        ),
      ];
    },
  },
  {
    name: 'never-cache-ok',
    description: 'the usual belt-and-braces "never cache" headers: no-cache, no-store, max-age=0, must-revalidate, Expires in the past',
    expect: [],
    respond: () => [
      response(
        200,
        [['Cache-Control', 'no-cache, no-store, max-age=0, must-revalidate'], ['Pragma', 'no-cache'], ['Expires', 'Thu, 01 Jan 1970 00:00:00 GMT'], JSON_TYPE],
        BODY,
      ),
    ],
  },
  {
    name: 'expires-ok',
    description: 'freshness from a valid Expires one hour ahead, with Last-Modified in the past and Vary: Accept-Encoding',
    expect: [],
    respond: () => [
      response(
        200,
        [['Date', httpDate()], ['Expires', hoursFromNow(1)], ['Last-Modified', hoursFromNow(-24)], ['Vary', 'Accept-Encoding'], JSON_TYPE],
        BODY,
        { baseline: false },
      ),
    ],
  },
  {
    name: 'spring-security-no-cache-ok',
    description: "Spring Security's default: Cache-Control: no-cache, no-store, max-age=0, must-revalidate, Pragma: no-cache, Expires: 0",
    expect: [],
    respond: () => [
      response(200, [['Cache-Control', 'no-cache, no-store, max-age=0, must-revalidate'], ['Pragma', 'no-cache'], ['Expires', '0'], JSON_TYPE], BODY),
    ],
  },
  {
    name: 'invalid-age',
    description: 'Age: -1 (not a number of seconds; caches ignore it)',
    expect: ['cache/invalid-age'],
    respond: () => [response(200, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"'], ['Age', '-1'], JSON_TYPE], BODY)],
  },
  {
    name: 'implausible-age',
    description: 'Age: 1700000000 (a Unix timestamp written as the age) with max-age=60',
    expect: ['cache/implausible-age'],
    respond: () => [response(200, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"'], ['Age', '1700000000'], JSON_TYPE], BODY)],
  },
  {
    name: 'delta-seconds-overflow',
    description: 'Cache-Control: public, max-age=9999999999 (beyond 2^31)',
    expect: ['cache/delta-seconds-overflow'],
    respond: () => [response(200, [['Cache-Control', 'public, max-age=9999999999'], ['ETag', '"v1"'], JSON_TYPE], BODY)],
  },
  {
    name: 'request-directive-in-response',
    description: 'Cache-Control: max-age=60, max-stale=3600 (max-stale is a request directive)',
    expect: ['cache/request-directive-in-response'],
    respond: () => [response(200, [['Cache-Control', 'max-age=60, max-stale=3600'], ['ETag', '"v1"'], JSON_TYPE], BODY)],
  },
  {
    name: 'vary-user-agent',
    description: 'Vary: Accept-Encoding, User-Agent',
    expect: ['cache/vary-user-agent'],
    respond: () => [response(200, [['Vary', 'Accept-Encoding, User-Agent'], JSON_TYPE], BODY)],
  },
  {
    name: 'vary-host',
    description: 'Vary: Host (already part of every cache key)',
    expect: ['cache/vary-host'],
    respond: () => [response(200, [['Vary', 'Host'], JSON_TYPE], BODY)],
  },
  {
    name: 'duplicate-vary-member',
    description: 'Vary: Accept-Encoding on two lines (two layers each adding it)',
    expect: ['cache/duplicate-vary-member'],
    respond: () => [response(200, [['Vary', 'Accept-Encoding'], ['Vary', 'Origin, Accept-Encoding'], JSON_TYPE], BODY)],
  },
  {
    name: 'long-vary',
    description: 'Vary listing nine request fields',
    expect: ['cache/long-vary'],
    respond: () => [
      response(200, [['Vary', 'Accept, Accept-Encoding, Accept-Language, Cookie, Origin, Authorization, X-Tenant, X-Device, X-Region'], JSON_TYPE], BODY),
    ],
  },
  {
    name: 'vary-ok',
    description: 'Vary: Accept-Encoding, Origin',
    expect: [],
    respond: () => [response(200, [['Vary', 'Accept-Encoding, Origin'], ['Content-Type', 'application/json; charset=utf-8']], BODY)],
  },
  {
    name: 'invalid-cdn-cache-control',
    description: 'CDN-Cache-Control: max-age = 3600 (whitespace around "=": not a structured dictionary)',
    expect: ['cache/invalid-cdn-cache-control'],
    respond: () => [response(200, [['Cache-Control', 'max-age=60'], ['CDN-Cache-Control', 'max-age = 3600'], ['ETag', '"v1"'], JSON_TYPE], BODY)],
  },
  {
    name: 'cdn-cache-control-ok',
    description: 'CDN-Cache-Control: max-age=3600, stale-while-revalidate=60 beside Cache-Control: max-age=60',
    expect: [],
    respond: () => [
      response(200, [['Cache-Control', 'max-age=60'], ['CDN-Cache-Control', 'max-age=3600, stale-while-revalidate=60'], ['ETag', '"v1"'], JSON_TYPE], BODY),
    ],
  },
  {
    name: 'invalid-last-modified',
    description: 'Last-Modified as an ISO 8601 timestamp',
    expect: ['cache/invalid-last-modified'],
    respond: () => [response(200, [['Last-Modified', '2024-01-15T10:00:00Z'], JSON_TYPE], BODY)],
  },
  {
    name: 'metadata-on-304',
    description: 'a 304 Not Modified to If-None-Match that carries Content-Type and Content-Encoding',
    request: { headers: [['If-None-Match', '"v1"']] },
    expect: ['cache/metadata-on-304'],
    respond: () => [
      response(304, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"'], ['Vary', 'Accept-Encoding'], ['Content-Type', 'application/json'], ['Content-Encoding', 'gzip']]),
    ],
  },
  {
    name: 'not-modified-vary-ok',
    description: 'a 304 Not Modified to If-None-Match with ETag, Cache-Control and Vary only',
    request: { headers: [['If-None-Match', '"v1"']] },
    expect: [],
    respond: () => [response(304, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"'], ['Vary', 'Accept-Encoding']])],
  },
  {
    name: 'set-cookie-shared-cacheable',
    description: 'a session cookie on a response marked Cache-Control: public, max-age=300',
    expect: ['cache/set-cookie-shared-cacheable'],
    respond: () => [
      response(200, [['Cache-Control', 'public, max-age=300'], ['ETag', '"v1"'], ['Set-Cookie', 'sid=4f2a9c; Path=/; HttpOnly; SameSite=Lax'], JSON_TYPE], BODY),
    ],
  },
  {
    name: 'invalid-vary',
    description: 'Vary: Accept-Encoding Origin (a missing comma)',
    expect: ['cache/invalid-vary'],
    respond: () => [response(200, [['Vary', 'Accept-Encoding Origin'], JSON_TYPE], BODY)],
  },
  {
    name: 'repeated-extension-ok',
    description: 'Cache-Control: max-age=60, foo=1, foo=2 (an unknown extension repeated: caches ignore it, nothing conflicts)',
    expect: [],
    respond: () => [response(200, [['Cache-Control', 'max-age=60, foo=1, foo=2'], ['ETag', '"v1"'], JSON_TYPE], BODY)],
  },
];
