import { response, type Scenario } from '../scenario';
import { statusPairScenarios } from './statusPairs';

const TEXT = ['Content-Type', 'text/plain; charset=utf-8'] as [string, string];
const JSON_TYPE = ['Content-Type', 'application/json'] as [string, string];
const EMPTY = ['Content-Length', '0'] as [string, string];
const JSON_REQUEST = { headers: [JSON_TYPE], body: '{"name":"widget"}' };

export const statusScenarios: Scenario[] = [
  {
    name: 'delete-200-empty',
    description: 'DELETE answered 200 with Content-Length: 0 (204 says that)',
    request: { method: 'DELETE' },
    expect: ['status/delete-200-empty'],
    respond: () => [response(200, [EMPTY])],
  },
  {
    name: 'delete-no-content-ok',
    description: 'DELETE answered 204 No Content',
    request: { method: 'DELETE' },
    expect: [],
    respond: () => [response(204)],
  },
  {
    name: 'delete-200-json-ok',
    description: 'DELETE answered 200 with a JSON body describing the result',
    request: { method: 'DELETE' },
    expect: [],
    respond: () => [response(200, [JSON_TYPE], '{"deleted":true}')],
  },
  {
    name: 'update-200-empty',
    description: 'PUT answered 200 with an empty body (204 says that)',
    request: { method: 'PUT', ...JSON_REQUEST },
    expect: ['status/update-200-empty'],
    respond: () => [response(200, [EMPTY])],
  },
  {
    name: '201-without-location',
    description: 'POST answered 201 Created without Location',
    request: { method: 'POST', ...JSON_REQUEST },
    expect: ['status/201-without-location'],
    respond: () => [response(201, [JSON_TYPE], '{"id":42,"name":"widget"}')],
  },
  {
    name: 'post-created-ok',
    description: 'POST answered 201 Created with Location and the new resource',
    request: { method: 'POST', ...JSON_REQUEST },
    expect: [],
    respond: () => [response(201, [['Location', '/scenario/post-created-ok/42'], JSON_TYPE], '{"id":42,"name":"widget"}')],
  },
  {
    name: 'put-created-ok',
    description: 'PUT answered 201 Created without Location (the target URI is the new resource)',
    request: { method: 'PUT', ...JSON_REQUEST },
    expect: [],
    respond: () => [response(201, [EMPTY])],
  },
  {
    name: 'created-by-safe-method',
    description: 'GET answered 201 Created',
    expect: ['status/created-by-safe-method'],
    respond: () => [response(201, [['Location', '/scenario/created-by-safe-method/1'], EMPTY])],
  },
  {
    name: 'redirect-without-location',
    description: 'a 302 Found without Location',
    expect: ['status/redirect-without-location'],
    respond: () => [response(302, [EMPTY])],
  },
  {
    name: 'redirect-ok',
    description: 'a 308 Permanent Redirect with Location',
    expect: [],
    respond: () => [response(308, [['Location', '/scenario/delete-no-content-ok'], EMPTY])],
  },
  {
    // The lab speaks plain http, so status/insecure-redirect (https → http) cannot fire here: this is its
    // near-miss, the upgrade the other way; the rule's firing case is tested over TLS in test/hostile.
    name: 'redirect-to-https-ok',
    description: 'an http URL redirected to https (an upgrade, not a downgrade)',
    expect: [],
    respond: () => [response(301, [['Location', 'https://127.0.0.1/scenario/redirect-ok'], EMPTY])],
  },
  {
    name: '405-without-allow',
    description: 'a 405 Method Not Allowed without Allow',
    request: { method: 'DELETE' },
    expect: ['status/405-without-allow'],
    respond: () => [response(405, [TEXT], 'DELETE is not supported here\n')],
  },
  {
    name: 'method-not-allowed-ok',
    description: 'a 405 Method Not Allowed listing the allowed methods',
    request: { method: 'DELETE' },
    expect: [],
    respond: () => [response(405, [['Allow', 'GET, HEAD'], TEXT], 'DELETE is not supported here\n')],
  },
  {
    name: '401-without-www-authenticate',
    description: 'a 401 Unauthorized without a WWW-Authenticate challenge',
    expect: ['status/401-without-www-authenticate'],
    respond: () => [response(401, [JSON_TYPE], '{"message":"log in first"}')],
  },
  {
    name: 'unauthorized-ok',
    description: 'a 401 Unauthorized with a Bearer challenge',
    expect: [],
    respond: () => [response(401, [['WWW-Authenticate', 'Bearer realm="lab"'], JSON_TYPE], '{"message":"log in first"}')],
  },
  {
    name: '407-without-proxy-authenticate',
    description: 'a 407 Proxy Authentication Required without Proxy-Authenticate',
    expect: ['status/407-without-proxy-authenticate'],
    respond: () => [response(407, [TEXT], 'proxy login required\n')],
  },
  {
    name: '426-without-upgrade',
    description: 'a 426 Upgrade Required that does not name a protocol',
    expect: ['status/426-without-upgrade'],
    respond: () => [response(426, [TEXT], 'upgrade required\n')],
  },
  {
    name: '206-without-content-range',
    description: 'a single-part 206 Partial Content without Content-Range',
    request: { headers: [['Range', 'bytes=0-4']] },
    expect: ['status/206-without-content-range'],
    respond: () => [response(206, [TEXT], 'hello')],
  },
  {
    name: 'partial-content-ok',
    description: 'a single-part 206 Partial Content with Content-Range',
    request: { headers: [['Range', 'bytes=0-4']] },
    expect: [],
    respond: () => [response(206, [['Content-Range', 'bytes 0-4/11'], TEXT], 'hello')],
  },
  {
    name: '416-without-content-range',
    description: 'a 416 Range Not Satisfiable without Content-Range: bytes */length',
    request: { headers: [['Range', 'bytes=1000-']] },
    expect: ['status/416-without-content-range'],
    respond: () => [response(416, [EMPTY])],
  },
  {
    name: 'range-not-satisfiable-ok',
    description: 'a 416 Range Not Satisfiable with Content-Range: bytes */11',
    request: { headers: [['Range', 'bytes=1000-']] },
    expect: [],
    respond: () => [response(416, [['Content-Range', 'bytes */11'], EMPTY])],
  },
  {
    name: 'unregistered-code',
    description: 'a 420 Enhance Your Calm (Twitter\'s unofficial rate-limit code)',
    expect: ['status/unregistered-code'],
    respond: () => [response(420, [TEXT], 'enhance your calm\n', { reason: 'Enhance Your Calm' })],
  },
  {
    name: 'error-in-200-body',
    description: 'a 200 OK whose JSON body says "success": false',
    expect: ['status/error-in-200-body'],
    respond: () => [response(200, [JSON_TYPE], '{"success":false,"error":"user not found"}')],
  },
  {
    name: 'json-errors-empty-ok',
    description: 'a 200 OK whose JSON body has an empty "errors" list and "error": null',
    expect: [],
    respond: () => [response(200, [JSON_TYPE], '{"data":{"id":1},"errors":[],"error":null,"status":200}')],
  },
  {
    name: 'missing-retry-after',
    description: 'a 429 Too Many Requests without Retry-After',
    expect: ['status/missing-retry-after'],
    respond: () => [response(429, [TEXT], 'slow down\n')],
  },
  {
    name: 'rate-limited-ok',
    description: 'a 429 Too Many Requests with Retry-After',
    expect: [],
    respond: () => [response(429, [['Retry-After', '30'], TEXT], 'slow down\n')],
  },
  ...statusPairScenarios,
];
