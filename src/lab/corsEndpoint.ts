// The lab's /cors endpoint: a CORS-configurable resource, so tests can build any combination of
// Access-Control-* headers and status codes. Responses are otherwise clean (Date, Cache-Control: no-store,
// correct framing, the headers each status needs), so only cors/* rules fire.
//
// A preflight (OPTIONS carrying Access-Control-Request-Method) is answered from the p-knobs, any other
// request from the plain knobs. Header knobs may repeat (`acao=a&acao=b` sends two header lines); an absent
// knob omits the header; an empty value sends the header with an empty value.
//
// Preflight knobs:
//   pstatus   status code (default 204)
//   pacao     Access-Control-Allow-Origin; `echo` sends the request's Origin
//   pacam     Access-Control-Allow-Methods; `echo` sends the request's Access-Control-Request-Method
//   pacah     Access-Control-Allow-Headers; `echo` sends the request's Access-Control-Request-Headers
//   pacac     Access-Control-Allow-Credentials
//   pmaxage   Access-Control-Max-Age
//   pvary     Vary
//   pbody     a body (sent as text/plain; charset=utf-8)
// Actual-request knobs:
//   status    status code (default 200)
//   acao      Access-Control-Allow-Origin; `echo` sends the request's Origin
//   acac      Access-Control-Allow-Credentials
//   aceh      Access-Control-Expose-Headers
//   vary      Vary
//   location  Location for a 3xx status (both kinds of request; default "/"; never loops back to /cors by itself)
//   body      the body, as text/plain; charset=utf-8 (default: {"ok":true} as application/json;
//             no body for HEAD, 204 and 304)
//
// Example: /cors?pacao=echo&pacam=PUT&pacah=content-type&pmaxage=600&acao=echo&vary=Origin
import { response, type LabRequest, type Step } from './scenario';

function requestHeader(req: LabRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return req.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** Header lines for a knob: one per occurrence, `echo` replaced by the given request header's value. */
function knob(req: LabRequest, key: string, header: string, echoOf?: string): Array<[string, string]> {
  return req.query.getAll(key).map((v): [string, string] => [header, v === 'echo' && echoOf ? (requestHeader(req, echoOf) ?? '') : v]);
}

/** Headers a status needs so that the status rules stay quiet. */
function statusHeaders(status: number, bodyLength: number, location: string): Array<[string, string]> {
  if (status >= 300 && status <= 399 && status !== 304) return [['Location', location]];
  switch (status) {
    case 206: return [['Content-Range', `bytes 0-${Math.max(bodyLength - 1, 0)}/${bodyLength}`]];
    case 401: return [['WWW-Authenticate', 'Bearer realm="lab"']];
    case 405: return [['Allow', 'GET, HEAD, POST']];
    case 407: return [['Proxy-Authenticate', 'Basic realm="lab"']];
    case 416: return [['Content-Range', `bytes */${bodyLength}`]];
    case 426: return [['Upgrade', 'HTTP/2']];
    case 429:
    case 503: return [['Retry-After', '1']];
    default: return [];
  }
}

function bodyless(method: string, status: number): boolean {
  return method.toUpperCase() === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status <= 199);
}

function statusOf(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= 100 && n <= 999 ? n : fallback;
}

function respond(method: string, status: number, headers: Array<[string, string]>, body: string, contentType: string): Step[] {
  if (bodyless(method, status)) {
    // HEAD: announce the length of the body a GET would get, send none.
    const extra: Array<[string, string]> =
      method.toUpperCase() === 'HEAD' && status !== 204 && status !== 304 ? [['Content-Type', contentType], ['Content-Length', String(Buffer.byteLength(body, 'latin1'))]] : [];
    return [response(status, [...headers, ...extra])];
  }
  if (body === '') return [response(status, [...headers, ['Content-Length', '0']])];
  return [response(status, [...headers, ['Content-Type', contentType]], body)];
}

export function isLabPreflight(req: LabRequest): boolean {
  return req.method.toUpperCase() === 'OPTIONS' && requestHeader(req, 'Access-Control-Request-Method') !== undefined;
}

export function corsEndpoint(req: LabRequest): Step[] {
  const q = req.query;
  if (isLabPreflight(req)) {
    const status = statusOf(q.get('pstatus'), 204);
    const body = q.get('pbody') ?? '';
    const headers: Array<[string, string]> = [
      ...knob(req, 'pacao', 'Access-Control-Allow-Origin', 'Origin'),
      ...knob(req, 'pacac', 'Access-Control-Allow-Credentials'),
      ...knob(req, 'pacam', 'Access-Control-Allow-Methods', 'Access-Control-Request-Method'),
      ...knob(req, 'pacah', 'Access-Control-Allow-Headers', 'Access-Control-Request-Headers'),
      ...knob(req, 'pmaxage', 'Access-Control-Max-Age'),
      ...knob(req, 'pvary', 'Vary'),
      ...statusHeaders(status, Buffer.byteLength(body, 'latin1'), q.get('location') ?? '/'),
    ];
    return respond(req.method, status, headers, body, 'text/plain; charset=utf-8');
  }
  const status = statusOf(q.get('status'), 200);
  const custom = q.get('body');
  const body = custom ?? '{"ok":true}';
  const headers: Array<[string, string]> = [
    ...knob(req, 'acao', 'Access-Control-Allow-Origin', 'Origin'),
    ...knob(req, 'acac', 'Access-Control-Allow-Credentials'),
    ...knob(req, 'aceh', 'Access-Control-Expose-Headers'),
    ...knob(req, 'vary', 'Vary'),
    ...statusHeaders(status, Buffer.byteLength(body, 'latin1'), q.get('location') ?? '/'),
  ];
  return respond(req.method, status, headers, body, custom === null ? 'application/json' : 'text/plain; charset=utf-8');
}
