// CORS scenarios: each is one exchange, so preflight scenarios are OPTIONS requests carrying Origin and
// Access-Control-Request-Method set by hand. Responses come from the /cors endpoint's knobs.
import { corsEndpoint } from '../corsEndpoint';
import type { LabRequest, Scenario, Step } from '../scenario';

const ORIGIN = 'https://app.example';

/** Plays the /cors endpoint with these knobs. */
function cors(knobs: string): (req: LabRequest) => Step[] {
  return (req) => corsEndpoint({ ...req, query: new URLSearchParams(knobs) });
}

function preflight(method: string, requestHeaders?: string, extra: Array<[string, string]> = []): Scenario['request'] {
  return {
    method: 'OPTIONS',
    headers: [
      ['Origin', ORIGIN],
      ['Access-Control-Request-Method', method],
      ...(requestHeaders ? ([['Access-Control-Request-Headers', requestHeaders]] as Array<[string, string]>) : []),
      ...extra,
    ],
  };
}

function actual(method = 'GET', extra: Array<[string, string]> = [], origin = ORIGIN): Scenario['request'] {
  return { method, headers: [['Origin', origin], ...extra] };
}

export const corsScenarios: Scenario[] = [
  // --- one per rule -------------------------------------------------------------------------------
  {
    name: 'preflight-failed-status',
    description: 'a preflight answered 403 although it carries the right Access-Control-* headers',
    request: preflight('PUT'),
    expect: ['cors/preflight-failed-status'],
    respond: cors('pstatus=403&pacao=echo&pacam=PUT&pmaxage=600'),
  },
  {
    name: 'preflight-missing-allow-origin',
    description: 'a 204 preflight response that allows PUT but has no Access-Control-Allow-Origin',
    request: preflight('PUT'),
    expect: ['cors/preflight-missing-allow-origin'],
    respond: cors('pacam=PUT&pmaxage=600'),
  },
  {
    name: 'missing-allow-origin',
    description: 'a GET from https://app.example answered without Access-Control-Allow-Origin',
    request: actual(),
    expect: ['cors/missing-allow-origin'],
    respond: cors(''),
  },
  {
    name: 'origin-not-allowed',
    description: 'Access-Control-Allow-Origin names another origin than the request\'s',
    request: actual(),
    expect: ['cors/origin-not-allowed'],
    respond: cors('acao=https://other.example&vary=Origin'),
  },
  {
    name: 'invalid-allow-origin',
    description: 'Access-Control-Allow-Origin is a list of two origins',
    request: actual(),
    expect: ['cors/invalid-allow-origin'],
    respond: cors(`acao=${encodeURIComponent(`${ORIGIN}, https://other.example`)}&vary=Origin`),
  },
  {
    name: 'invalid-allow-origin-repeated',
    description: 'two Access-Control-Allow-Origin header lines',
    request: actual(),
    expect: ['cors/invalid-allow-origin'],
    respond: cors('acao=echo&acao=https://other.example&vary=Origin'),
  },
  {
    name: 'method-not-allowed',
    description: 'a preflight for DELETE answered with Access-Control-Allow-Methods: GET, POST',
    request: preflight('DELETE'),
    expect: ['cors/method-not-allowed'],
    respond: cors(`pacao=echo&pacam=${encodeURIComponent('GET, POST')}&pmaxage=600`),
  },
  {
    name: 'header-not-allowed',
    description: 'a preflight asking for content-type,x-api-key answered with Access-Control-Allow-Headers: Content-Type',
    request: preflight('PUT', 'content-type,x-api-key'),
    expect: ['cors/header-not-allowed'],
    respond: cors('pacao=echo&pacam=PUT&pacah=Content-Type&pmaxage=600'),
  },
  {
    name: 'header-not-allowed-authorization',
    description: 'a preflight asking for authorization answered with Access-Control-Allow-Headers: * (which never covers it)',
    request: preflight('GET', 'authorization'),
    expect: ['cors/header-not-allowed'],
    respond: cors('pacao=echo&pacac=true&pacah=*&pmaxage=600'),
  },
  {
    name: 'wildcard-with-credentials',
    description: 'Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true',
    request: actual(),
    expect: ['cors/wildcard-with-credentials'],
    respond: cors('acao=*&acac=true'),
  },
  {
    name: 'wildcard-with-credentials-cookie',
    description: 'a request carrying a Cookie answered with Access-Control-Allow-Origin: *',
    request: actual('GET', [['Cookie', 'session=1']]),
    expect: ['cors/wildcard-with-credentials'],
    respond: cors('acao=*'),
  },
  {
    name: 'credentials-not-true',
    description: 'a credentialed request answered with Access-Control-Allow-Credentials: True',
    request: actual('GET', [['Cookie', 'session=1']]),
    expect: ['cors/credentials-not-true'],
    respond: cors('acao=echo&acac=True&vary=Origin'),
  },
  {
    name: 'missing-allow-credentials',
    description: 'a credentialed request answered with the exact origin but no Access-Control-Allow-Credentials',
    request: actual('GET', [['Cookie', 'session=1']]),
    expect: ['cors/missing-allow-credentials'],
    respond: cors('acao=echo&vary=Origin'),
  },
  {
    name: 'missing-vary-origin',
    description: 'Access-Control-Allow-Origin echoes the request\'s origin without Vary: Origin',
    request: actual(),
    expect: ['cors/missing-vary-origin'],
    respond: cors('acao=echo'),
  },
  {
    name: 'allow-origin-null',
    description: 'a request from an opaque origin (Origin: null) allowed by Access-Control-Allow-Origin: null',
    request: actual('GET', [], 'null'),
    expect: ['cors/allow-origin-null'],
    respond: cors('acao=null&vary=Origin'),
  },
  {
    name: 'preflight-missing-max-age',
    description: 'a successful preflight without Access-Control-Max-Age',
    request: preflight('PUT', 'content-type'),
    expect: ['cors/preflight-missing-max-age'],
    respond: cors('pacao=echo&pacam=PUT&pacah=Content-Type'),
  },
  {
    name: 'invalid-max-age',
    description: 'a successful preflight whose Access-Control-Max-Age is "10m", not a number of seconds',
    request: preflight('PUT'),
    expect: ['cors/invalid-max-age'],
    respond: cors('pacao=echo&pacam=PUT&pmaxage=10m'),
  },
  {
    name: 'preflight-with-body',
    description: 'a successful preflight answered 200 with a body',
    request: preflight('PUT'),
    expect: ['cors/preflight-with-body'],
    respond: cors('pstatus=200&pacao=echo&pacam=PUT&pmaxage=600&pbody=OK'),
  },
  // --- correct configurations ---------------------------------------------------------------------
  {
    name: 'cors-public-ok',
    description: 'a public resource: GET from any origin answered with Access-Control-Allow-Origin: *',
    request: actual(),
    expect: [],
    respond: cors('acao=*'),
  },
  {
    name: 'cors-echo-ok',
    description: 'the request\'s origin echoed with Vary: Origin',
    request: actual('POST', [['Content-Type', 'text/plain;charset=utf-8']]),
    expect: [],
    respond: cors('acao=echo&vary=Origin'),
  },
  {
    name: 'cors-credentials-ok',
    description: 'a credentialed request answered with the exact origin, Access-Control-Allow-Credentials: true and Vary: Origin',
    request: actual('GET', [['Cookie', 'session=1']]),
    expect: [],
    respond: cors('acao=echo&acac=true&vary=Origin'),
  },
  {
    name: 'preflight-ok',
    description: 'a preflight for PUT with Content-Type and X-Api-Key, answered 204 with methods, headers and max-age',
    request: preflight('PUT', 'content-type,x-api-key'),
    expect: [],
    respond: cors(`pacao=echo&pacam=${encodeURIComponent('GET, PUT, DELETE')}&pacah=${encodeURIComponent('Content-Type, X-Api-Key')}&pmaxage=600&pvary=Origin`),
  },
  {
    name: 'preflight-wildcard-ok',
    description: 'a preflight without credentials answered with * for origin, methods and headers',
    request: preflight('PATCH', 'x-api-key'),
    expect: [],
    respond: cors('pacao=*&pacam=*&pacah=*&pmaxage=7200'),
  },
  {
    name: 'preflight-authorization-ok',
    description: 'a preflight for PATCH asking for authorization, answered with the exact origin, the method, the header and Vary: Origin; no Access-Control-Allow-Credentials, which a request without credentials does not need',
    request: preflight('PATCH', 'authorization'),
    expect: [],
    respond: cors('pacao=echo&pacam=PATCH&pacah=authorization&pmaxage=600&pvary=Origin'),
  },
  {
    name: 'preflight-credentials-ok',
    description: 'a preflight for a credentialed DELETE with Authorization, everything listed explicitly',
    request: preflight('DELETE', 'authorization'),
    expect: [],
    respond: cors('pacao=echo&pacac=true&pacam=DELETE&pacah=Authorization&pmaxage=600&pvary=Origin'),
  },
];
