// Realistic default responses of common servers and frameworks: the security family must not raise a warning or
// an error on any of them (absence of a header is info at most), and the well-configured ones are entirely quiet.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index';
import { runRules } from '../../../src/engine/run';
import { exchangeOf } from '../../helpers/exchange';
import { HTTPS, res } from './_responses';

const RULES = allRules.filter((r) => r.meta.category === 'security' || r.meta.id === 'headers/invalid-structured-field');
const PAGE = '<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>';

function findings(lines: string[], options: { url?: string; body?: string } = {}) {
  return runRules([exchangeOf(res(lines, { body: options.body ?? PAGE, url: options.url ?? HTTPS }))], RULES, { settings: new Map(), maxBody: 1 << 20 })[0]!;
}

const HELMET = [
  'Content-Type: text/html; charset=utf-8',
  "Content-Security-Policy: default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
  'Cross-Origin-Opener-Policy: same-origin',
  'Cross-Origin-Resource-Policy: same-origin',
  'Origin-Agent-Cluster: ?1',
  'Referrer-Policy: no-referrer',
  'Strict-Transport-Security: max-age=31536000; includeSubDomains',
  'X-Content-Type-Options: nosniff',
  'X-DNS-Prefetch-Control: off',
  'X-Download-Options: noopen',
  'X-Frame-Options: SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies: none',
  'X-XSS-Protection: 0',
];

describe('security rules on framework and server defaults', () => {
  it('Express with helmet() over https: no finding at all', () => {
    expect(findings(HELMET)).toEqual([]);
  });

  it('Express with helmet() over plain http (behind a TLS proxy): only the hsts-over-http info', () => {
    expect(findings(HELMET, { url: 'http://127.0.0.1:3000/' }).map((f) => [f.ruleId, f.severity])).toEqual([['security/hsts-over-http', 'info']]);
  });

  it('Spring Security defaults (HSTS with " ; ", DENY, nosniff) over https: only missing-csp info', () => {
    const lines = [
      'Content-Type: text/html;charset=UTF-8',
      'X-Content-Type-Options: nosniff',
      'X-XSS-Protection: 0',
      'Cache-Control: no-cache, no-store, max-age=0, must-revalidate',
      'Pragma: no-cache',
      'Expires: 0',
      'Strict-Transport-Security: max-age=31536000 ; includeSubDomains',
      'X-Frame-Options: DENY',
    ];
    expect(findings(lines).map((f) => f.ruleId)).toEqual(['security/missing-csp']);
  });

  it('Django SecurityMiddleware with HSTS preload over https: only missing-csp info', () => {
    const lines = [
      'Content-Type: text/html; charset=utf-8',
      'Strict-Transport-Security: max-age=31536000; includeSubDomains; preload',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: same-origin',
      'Cross-Origin-Opener-Policy: same-origin',
      'X-Frame-Options: DENY',
    ];
    expect(findings(lines).map((f) => f.ruleId)).toEqual(['security/missing-csp']);
  });

  it('nginx and Apache welcome pages (no security headers): advice only, all info', () => {
    for (const server of ['Server: nginx/1.25.3', 'Server: Apache/2.4.58 (Debian)']) {
      const list = findings([server, 'Content-Type: text/html', 'Last-Modified: Mon, 01 Jan 2024 00:00:00 GMT', 'ETag: "2aa6-60d0"', 'Accept-Ranges: bytes']);
      expect(list.map((f) => f.ruleId).sort()).toEqual(['security/missing-csp', 'security/missing-frame-protection', 'security/missing-hsts', 'security/missing-x-content-type-options']);
      expect(list.every((f) => f.severity === 'info')).toBe(true);
    }
  });

  it('a strict nonce CSP with the strict-dynamic fallbacks: only advice about eval and report-uri', () => {
    const list = findings([
      'Content-Type: text/html; charset=UTF-8',
      "Content-Security-Policy: object-src 'none';base-uri 'self';script-src 'nonce-Vx4kGZ' 'strict-dynamic' 'report-sample' 'unsafe-eval' 'unsafe-inline' https: http:;report-uri https://csp.example.com/csp",
      'X-Frame-Options: SAMEORIGIN',
      'X-Content-Type-Options: nosniff',
      'Strict-Transport-Security: max-age=31536000',
      'Permissions-Policy: unload=()',
    ]);
    expect(list.map((f) => [f.ruleId, f.severity])).toEqual([
      ['security/csp-report-uri-only', 'info'],
      ['security/csp-unsafe-eval', 'info'],
    ]);
  });

  it('GitHub-style Permissions-Policy with retired features is info, never an error', () => {
    const list = findings(['Content-Type: application/json; charset=utf-8', 'Permissions-Policy: interest-cohort=(), browsing-topics=()']);
    expect(list.map((f) => [f.ruleId, f.severity])).toEqual([['security/permissions-policy-unknown-feature', 'info']]);
  });

  it('JSON and problem+json API responses get no advice about missing headers', () => {
    expect(findings(['Content-Type: application/json'], { body: '{"ok":true}' })).toEqual([]);
    expect(findings(['Content-Type: application/problem+json'], { body: '{"title":"x"}' })).toEqual([]);
  });
});
