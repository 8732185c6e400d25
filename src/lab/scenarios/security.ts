// Security headers (HSTS, nosniff, frame options, Referrer-Policy, CSP, COOP/COEP/CORP, Permissions-Policy,
// Clear-Site-Data) and structured fields. The lab is plain http, so every HSTS scenario also fires
// security/hsts-over-http (browsers ignore HSTS there); HSTS over https is tested end to end over TLS.
import { response, type Scenario } from '../scenario';

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const BODY = '{"id":1,"name":"widget"}';
const HTML_TYPE: [string, string] = ['Content-Type', 'text/html; charset=utf-8'];
const PAGE = '<!doctype html><html><head><title>Widget</title></head><body><p>Widget</p></body></html>';
const NOSNIFF: [string, string] = ['X-Content-Type-Options', 'nosniff'];
const CSP_OK = "default-src 'self'; object-src 'none'; frame-ancestors 'self'";

/** What an HTML scenario about something else adds so the security/missing-* advice stays quiet. */
export const DOCUMENT_SECURITY: Array<[string, string]> = [NOSNIFF, ['Content-Security-Policy', CSP_OK]];

const json = (headers: Array<[string, string]>) => () => [response(200, [JSON_TYPE, ...headers], BODY)];
const page = (headers: Array<[string, string]>) => () => [response(200, [HTML_TYPE, ...headers], PAGE)];
/** An HTML page with every recommended header except those the caller overrides. */
const csp = (policy: string) => page([NOSNIFF, ['Content-Security-Policy', policy]]);

function hsts(name: string, description: string, value: string | string[], rule?: string): Scenario {
  const values = Array.isArray(value) ? value : [value];
  return {
    name,
    description: `${description} (over plain http, so also ignored)`,
    expect: rule ? [rule, 'security/hsts-over-http'] : ['security/hsts-over-http'],
    respond: json(values.map((v) => ['Strict-Transport-Security', v])),
  };
}

export const securityScenarios: Scenario[] = [
  hsts('hsts-invalid-syntax', 'HSTS directives separated by a comma', 'max-age=31536000, includeSubDomains', 'security/hsts-invalid-syntax'),
  hsts('hsts-invalid-max-age', 'HSTS without max-age', 'includeSubDomains', 'security/hsts-invalid-max-age'),
  hsts('hsts-directive-with-value', 'HSTS includeSubDomains=true', 'max-age=31536000; includeSubDomains=true', 'security/hsts-directive-with-value'),
  hsts('hsts-duplicate-directive', 'HSTS with max-age twice', 'max-age=600; max-age=31536000', 'security/hsts-duplicate-directive'),
  hsts('hsts-repeated', 'HSTS on two lines that disagree', ['max-age=31536000', 'max-age=63072000; includeSubDomains'], 'security/hsts-repeated'),
  hsts('hsts-max-age-zero', 'HSTS max-age=0 (a rollback)', 'max-age=0', 'security/hsts-max-age-zero'),
  hsts('hsts-short-max-age', 'HSTS max-age of one day', 'max-age=86400; includeSubDomains', 'security/hsts-short-max-age'),
  hsts('hsts-preload-requirements', 'HSTS preload without includeSubDomains', 'max-age=31536000; preload', 'security/hsts-preload-requirements'),
  hsts('hsts-one-year-over-http', 'HSTS of exactly one year with includeSubDomains and preload: only the transport is wrong', 'max-age=31536000; includeSubDomains; preload'),
  hsts('hsts-two-years-over-http', 'HSTS of two years: only the transport is wrong', 'max-age=63072000'),
  {
    name: 'invalid-x-content-type-options',
    description: 'X-Content-Type-Options: no-sniff (a typo browsers ignore)',
    expect: ['security/invalid-x-content-type-options'],
    respond: json([['X-Content-Type-Options', 'no-sniff']]),
  },
  {
    name: 'missing-x-content-type-options',
    description: 'an HTML page with a CSP but no X-Content-Type-Options',
    expect: ['security/missing-x-content-type-options'],
    respond: page([['Content-Security-Policy', CSP_OK]]),
  },
  {
    name: 'invalid-x-frame-options',
    description: 'X-Frame-Options: ALLOW-FROM (obsolete, ignored by browsers)',
    expect: ['security/invalid-x-frame-options'],
    respond: page([NOSNIFF, ['Content-Security-Policy', "default-src 'self'"], ['X-Frame-Options', 'ALLOW-FROM https://partner.example']]),
  },
  {
    name: 'missing-frame-protection',
    description: 'an HTML page with a CSP without frame-ancestors and no X-Frame-Options',
    expect: ['security/missing-frame-protection'],
    respond: csp("default-src 'self'"),
  },
  {
    name: 'invalid-referrer-policy',
    description: 'Referrer-Policy: no-referer (misspelled)',
    expect: ['security/invalid-referrer-policy'],
    respond: json([['Referrer-Policy', 'no-referer']]),
  },
  {
    name: 'referrer-policy-repeated',
    description: 'Referrer-Policy set by the app and again, differently, by a proxy',
    expect: ['security/referrer-policy-repeated'],
    respond: json([['Referrer-Policy', 'no-referrer'], ['Referrer-Policy', 'same-origin']]),
  },
  {
    name: 'referrer-policy-unsafe-url',
    description: 'Referrer-Policy: unsafe-url',
    expect: ['security/referrer-policy-unsafe-url'],
    respond: json([['Referrer-Policy', 'unsafe-url']]),
  },
  {
    name: 'csp-unsafe-inline',
    description: "a CSP allowing 'unsafe-inline' scripts without a nonce",
    expect: ['security/csp-unsafe-inline'],
    respond: csp("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'self'"),
  },
  {
    name: 'csp-unsafe-eval',
    description: "a CSP allowing 'unsafe-eval'",
    expect: ['security/csp-unsafe-eval'],
    respond: csp("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; frame-ancestors 'self'"),
  },
  {
    name: 'csp-permissive-source',
    description: 'a CSP letting scripts load from any https host',
    expect: ['security/csp-permissive-source'],
    respond: csp("default-src 'self'; script-src 'self' https:; object-src 'none'; frame-ancestors 'self'"),
  },
  {
    name: 'csp-duplicate-directive',
    description: 'a CSP with script-src twice (the second is ignored)',
    expect: ['security/csp-duplicate-directive'],
    respond: csp("default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'; script-src https://cdn.example"),
  },
  {
    name: 'csp-report-uri-only',
    description: 'a CSP reporting with report-uri only',
    expect: ['security/csp-report-uri-only'],
    respond: csp(`${CSP_OK}; report-uri /csp-reports`),
  },
  {
    name: 'missing-csp',
    description: 'an HTML page with nosniff and X-Frame-Options but no CSP',
    expect: ['security/missing-csp'],
    respond: page([NOSNIFF, ['X-Frame-Options', 'DENY']]),
  },
  {
    name: 'invalid-cross-origin-policy',
    description: 'Cross-Origin-Opener-Policy: same-site (not a COOP value)',
    expect: ['security/invalid-cross-origin-policy'],
    respond: json([['Cross-Origin-Opener-Policy', 'same-site']]),
  },
  {
    name: 'invalid-permissions-policy',
    description: "Permissions-Policy in Feature-Policy syntax (camera 'none')",
    expect: ['security/invalid-permissions-policy'],
    respond: json([['Permissions-Policy', "camera 'none'; microphone 'none'"]]),
  },
  {
    name: 'permissions-policy-unknown-feature',
    description: 'Permissions-Policy with the retired interest-cohort feature',
    expect: ['security/permissions-policy-unknown-feature'],
    respond: json([['Permissions-Policy', 'camera=(), interest-cohort=()']]),
  },
  {
    name: 'permissions-policy-invalid-allowlist',
    description: 'Permissions-Policy geolocation=none (none is not an allowlist member)',
    expect: ['security/permissions-policy-invalid-allowlist'],
    respond: json([['Permissions-Policy', 'camera=(), geolocation=none']]),
  },
  {
    name: 'invalid-clear-site-data',
    description: 'a logout response with unquoted Clear-Site-Data types',
    expect: ['security/invalid-clear-site-data'],
    respond: json([['Clear-Site-Data', 'cookies, storage']]),
  },
  {
    name: 'invalid-structured-field',
    description: 'Cache-Status with a trailing comma (RFC 9211 is a structured list)',
    expect: ['headers/invalid-structured-field'],
    respond: json([['Cache-Status', 'ExampleCache; hit; ttl=30,']]),
  },
  {
    name: 'security-headers-ok',
    description: "an HTML page with a nonce CSP ('unsafe-inline' as fallback), sameorigin frames, a Referrer-Policy fallback list, COOP and Permissions-Policy",
    expect: [],
    respond: page([
      NOSNIFF,
      ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'nonce-abc' 'unsafe-inline'; object-src 'none'; frame-ancestors 'self'"],
      ['X-Frame-Options', 'sameorigin'],
      ['Referrer-Policy', 'no-referrer, strict-origin-when-cross-origin'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(self "https://maps.example")'],
    ]),
  },
  {
    name: 'json-api-without-security-headers-ok',
    description: 'a JSON API response without CSP, X-Frame-Options or nosniff (they are for documents)',
    expect: [],
    respond: json([]),
  },
  {
    name: 'logout-clear-site-data-ok',
    description: 'a logout response clearing cookies and storage with quoted types',
    expect: [],
    respond: json([['Clear-Site-Data', '"cookies", "storage"']]),
  },
  {
    name: 'structured-fields-ok',
    description: 'valid Cache-Status, Priority, Accept-CH and Origin-Agent-Cluster',
    expect: [],
    respond: json([
      ['Cache-Status', 'ExampleCache; hit; ttl=376, "CDN Company"; fwd=uri-miss'],
      ['Priority', 'u=1, i'],
      ['Accept-CH', 'Sec-CH-UA-Model, Sec-CH-UA-Platform-Version'],
      ['Origin-Agent-Cluster', '?1'],
    ]),
  },
];
