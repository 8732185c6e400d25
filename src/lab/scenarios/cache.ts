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
    description: 'Expires: 0 (not an HTTP-date; caches treat it as already expired)',
    expect: ['cache/invalid-expires'],
    respond: () => [response(200, [JSON_TYPE, ['Expires', '0']], BODY)],
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
];
