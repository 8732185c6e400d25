// Status codes judged against the request that was answered (as HTTPolice checks the pair): a 304 without a
// condition, a 412 without a precondition, a 416 without Range, redirects that loop or rewrite the method, …
import { response, type Scenario } from '../scenario';

const TEXT = ['Content-Type', 'text/plain; charset=utf-8'] as [string, string];
const JSON_TYPE = ['Content-Type', 'application/json'] as [string, string];
const EMPTY = ['Content-Length', '0'] as [string, string];
const JSON_REQUEST = { headers: [JSON_TYPE], body: '{"name":"widget"}' };

export const statusPairScenarios: Scenario[] = [
  {
    name: '405-allows-refused-method',
    description: 'DELETE refused with 405 although Allow lists DELETE',
    request: { method: 'DELETE' },
    expect: ['status/405-allows-refused-method'],
    respond: () => [response(405, [['Allow', 'GET, HEAD, DELETE'], TEXT], 'DELETE is not supported here\n')],
  },
  {
    name: '406-without-accept',
    description: 'a 406 Not Acceptable to a request without any Accept* header',
    request: { headers: [['Accept', '']] },
    expect: ['status/406-without-accept'],
    respond: () => [response(406, [TEXT], 'not acceptable\n', { reason: 'Not Acceptable' })],
  },
  {
    name: '412-without-precondition',
    description: 'a 412 Precondition Failed to a PUT without If-Match or any other precondition',
    request: { method: 'PUT', ...JSON_REQUEST },
    expect: ['status/412-without-precondition'],
    respond: () => [response(412, [TEXT], 'precondition failed\n', { reason: 'Precondition Failed' })],
  },
  {
    name: 'precondition-failed-ok',
    description: 'a 412 Precondition Failed to a PUT whose If-Match does not match',
    request: { method: 'PUT', headers: [JSON_TYPE, ['If-Match', '"v0"']], body: '{"name":"widget"}' },
    expect: [],
    respond: () => [response(412, [TEXT], 'the resource changed: fetch it again\n', { reason: 'Precondition Failed' })],
  },
  {
    name: '416-without-range',
    description: 'a 416 Range Not Satisfiable to a GET without Range',
    expect: ['status/416-without-range'],
    respond: () => [response(416, [['Content-Range', 'bytes */11'], EMPTY])],
  },
  {
    name: '417-without-expect',
    description: 'a 417 Expectation Failed to a POST without Expect',
    request: { method: 'POST', ...JSON_REQUEST },
    expect: ['status/417-without-expect'],
    respond: () => [response(417, [TEXT], 'expectation failed\n', { reason: 'Expectation Failed' })],
  },
  {
    name: '304-without-precondition',
    description: 'a 304 Not Modified to a GET without If-None-Match or If-Modified-Since',
    expect: ['status/304-without-precondition'],
    respond: () => [response(304, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"']])],
  },
  {
    name: '411-with-content-length',
    description: 'a 411 Length Required to a POST that carried Content-Length',
    request: { method: 'POST', ...JSON_REQUEST },
    expect: ['status/411-with-content-length'],
    respond: () => [response(411, [TEXT], 'length required\n', { reason: 'Length Required' })],
  },
  {
    name: '413-without-content',
    description: 'a 413 Content Too Large to a GET without content',
    expect: ['status/413-without-content'],
    respond: () => [response(413, [TEXT], 'too large\n', { reason: 'Content Too Large' })],
  },
  {
    name: '415-without-content',
    description: 'a 415 Unsupported Media Type to a GET without content',
    expect: ['status/415-without-content'],
    respond: () => [response(415, [TEXT], 'unsupported media type\n', { reason: 'Unsupported Media Type' })],
  },
  {
    name: 'redirect-to-self',
    description: 'a 302 whose Location is the request URI itself (a redirect loop)',
    expect: ['status/redirect-to-self'],
    respond: (req) => [response(302, [['Location', req.target], EMPTY])],
  },
  {
    name: 'post-redirect-get-ok',
    description: 'Post/Redirect/Get: a POST answered 303 See Other to the same URI',
    request: { method: 'POST', ...JSON_REQUEST },
    expect: [],
    respond: (req) => [response(303, [['Location', req.target], EMPTY])],
  },
  {
    name: 'post-redirect-method-change',
    description: 'a POST answered 302 Found (clients follow with GET and drop the content)',
    request: { method: 'POST', ...JSON_REQUEST },
    expect: ['status/post-redirect-method-change'],
    respond: () => [response(302, [['Location', '/scenario/post-created-ok/42'], EMPTY])],
  },
  {
    name: 'deprecated-code',
    description: 'a 305 Use Proxy (deprecated: browsers ignore it)',
    expect: ['status/deprecated-code'],
    respond: () => [response(305, [['Location', 'http://127.0.0.1:3128/'], EMPTY], '', { reason: 'Use Proxy' })],
  },
  {
    name: '304-for-other-method',
    description: 'a PUT with If-None-Match answered 304 Not Modified (412 is the answer for writes)',
    request: { method: 'PUT', headers: [JSON_TYPE, ['If-None-Match', '"v1"']], body: '{"name":"widget"}' },
    expect: ['status/304-for-other-method'],
    respond: () => [response(304, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"']])],
  },
  {
    name: '412-instead-of-304',
    description: 'a GET whose If-None-Match matches answered 412 instead of 304',
    request: { headers: [['If-None-Match', '"v1"']] },
    expect: ['status/412-instead-of-304'],
    respond: () => [response(412, [TEXT], 'precondition failed\n', { reason: 'Precondition Failed' })],
  },
  {
    name: 'invalid-retry-after',
    description: 'a 429 with Retry-After: 30s (a unit is not allowed)',
    expect: ['status/invalid-retry-after'],
    respond: () => [response(429, [['Retry-After', '30s'], TEXT], 'slow down\n')],
  },
];
