import { describe, expect, it } from 'vitest';
import { corsVerdict, explainCors, renderCorsVerdict } from '../../src/cors/verdict';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';
import type { Exchange } from '../../src/exchange';
import { ORIGIN, actualOf, preflightOf } from './helpers';

const ACAO = `Access-Control-Allow-Origin: ${ORIGIN}`;

/** The verdict, and a check that its failedRule really fires on the inspection. */
function verdictOf(exchanges: Exchange[]) {
  const findings = runRules(exchanges, allRules, { settings: new Map(), maxBody: 1 << 20 });
  const v = corsVerdict(exchanges, findings);
  if (v?.failedRule) expect(findings.flat().map((f) => f.ruleId)).toContain(v.failedRule);
  return v;
}

describe('corsVerdict', () => {
  it('is null when no request carries Origin', () => {
    expect(corsVerdict([actualOf('GET', [], { origin: null })], [[]])).toBeNull();
  });

  it('blocks a DELETE whose preflight does not allow it, naming the rule and the method', () => {
    const v = verdictOf([
      preflightOf('DELETE', [ACAO, 'Access-Control-Allow-Methods: GET, POST']),
      actualOf('DELETE', [ACAO, 'Vary: Origin']),
    ]);
    expect(v).toEqual({
      origin: ORIGIN,
      preflight: 0,
      verdict: 'blocked',
      failedRule: 'cors/method-not-allowed',
      explanation: 'A browser at https://app.example would BLOCK this request: the preflight does not allow method DELETE',
      chromium: 'blocked',
      deviation: null,
    });
  });

  it('allows a correctly preflighted PUT', () => {
    const v = verdictOf([
      preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT', 'Access-Control-Allow-Headers: content-type', 'Access-Control-Max-Age: 600'], { requestHeaders: 'content-type' }),
      actualOf('PUT', [ACAO, 'Vary: Origin'], { requestHeaders: [['Content-Type', 'application/json']] }),
    ]);
    expect(v).toMatchObject({ verdict: 'allowed', preflight: 0, failedRule: null });
    expect(v!.explanation).toBe('A browser at https://app.example would ALLOW this request');
  });

  it('follows the Fetch order on the preflight: the CORS check before the status', () => {
    const v = verdictOf([preflightOf('PUT', [], { status: 404 }), actualOf('PUT', [])]);
    expect(v).toMatchObject({ verdict: 'blocked', failedRule: 'cors/preflight-missing-allow-origin' });
    const v2 = verdictOf([preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT'], { status: 405 }), actualOf('PUT', [ACAO])]);
    expect(v2).toMatchObject({ verdict: 'blocked', failedRule: 'cors/preflight-failed-status' });
    expect(v2!.explanation).toContain('has status 405');
  });

  it('blocks on the actual response when the preflight passes', () => {
    const v = verdictOf([
      preflightOf('PUT', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT']),
      actualOf('PUT', []),
    ]);
    expect(v).toMatchObject({ verdict: 'blocked', failedRule: 'cors/missing-allow-origin', preflight: 0 });
    expect(v!.explanation).toBe('A browser at https://app.example would BLOCK this request: the response has no Access-Control-Allow-Origin header');
  });

  it('is not fooled by warnings: `null` for an opaque origin is allowed', () => {
    const v = verdictOf([actualOf('GET', ['Access-Control-Allow-Origin: null', 'Vary: Origin'], { origin: 'null' })]);
    expect(v).toMatchObject({ verdict: 'allowed', failedRule: null });
  });

  it('is not fooled by configuration errors that do not apply: * with ACAC true and no credentials is allowed', () => {
    const v = verdictOf([actualOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Credentials: true'])]);
    expect(v).toMatchObject({ verdict: 'allowed' });
  });

  it.each<[string, string[], { credentials?: boolean; cookie?: boolean }, string | null]>([
    ['* with --credentials', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Credentials: true'], { credentials: true }, 'cors/wildcard-with-credentials'],
    ['* with a Cookie', ['Access-Control-Allow-Origin: *'], { cookie: true }, 'cors/wildcard-with-credentials'],
    ['exact origin, no ACAC', [ACAO, 'Vary: Origin'], { credentials: true }, 'cors/missing-allow-credentials'],
    ['exact origin, ACAC TRUE', [ACAO, 'Vary: Origin', 'Access-Control-Allow-Credentials: TRUE'], { credentials: true }, 'cors/credentials-not-true'],
    ['exact origin, ACAC true', [ACAO, 'Vary: Origin', 'Access-Control-Allow-Credentials: true'], { credentials: true }, null],
    ['other origin', ['Access-Control-Allow-Origin: https://evil.example'], {}, 'cors/origin-not-allowed'],
    ['a list', [`Access-Control-Allow-Origin: ${ORIGIN} https://b.example`], {}, 'cors/invalid-allow-origin'],
    ['trailing slash', [`Access-Control-Allow-Origin: ${ORIGIN}/`], {}, 'cors/invalid-allow-origin'],
  ])('simple GET, %s', (_label, headers, o, failedRule) => {
    const v = verdictOf([
      actualOf('GET', headers, { credentials: o.credentials, requestHeaders: o.cookie ? [['Cookie', 'sid=1']] : [] }),
    ]);
    expect(v!.failedRule).toBe(failedRule);
    expect(v!.verdict).toBe(failedRule ? 'blocked' : 'allowed');
    expect(v!.preflight).toBeNull();
  });

  it('judges the preflight of a credentialed request with credentials: * for methods does not count', () => {
    const v = verdictOf([
      preflightOf('PATCH', [ACAO, 'Access-Control-Allow-Credentials: true', 'Access-Control-Allow-Methods: *']),
      actualOf('PATCH', [ACAO, 'Access-Control-Allow-Credentials: true', 'Vary: Origin'], { requestHeaders: [['Cookie', 'sid=1']] }),
    ]);
    expect(v).toMatchObject({ verdict: 'blocked', failedRule: 'cors/method-not-allowed' });
    expect(v!.explanation).toBe('A browser at https://app.example would BLOCK this request: the preflight does not allow method PATCH');
  });

  it('blocks Authorization under Access-Control-Allow-Headers: * by Fetch, and says Chromium still allows it', () => {
    const v = verdictOf([
      preflightOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'authorization', credentials: false }),
      actualOf('GET', ['Access-Control-Allow-Origin: *'], { requestHeaders: [['Authorization', 'Bearer t']], credentials: false }),
    ]);
    expect(v).toMatchObject({ verdict: 'blocked', failedRule: 'cors/header-not-allowed', preflight: 0, chromium: 'allowed' });
    expect(v!.deviation).toContain('Chromium still lets "*" in Access-Control-Allow-Headers cover Authorization');
    expect(v!.explanation).toContain('does not allow header authorization. Fetch: blocked; Chromium today: allowed, deprecated ("*" still covers Authorization there)');
  });

  it("shows no deviation where Chromium blocks too: credentialed, or the actual response fails anyway", () => {
    const credentialed = verdictOf([
      preflightOf('GET', [ACAO, 'Access-Control-Allow-Credentials: true', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'authorization', credentials: true }),
    ]);
    expect(credentialed).toMatchObject({ verdict: 'blocked', chromium: 'blocked', deviation: null });
    const failsLater = verdictOf([
      preflightOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'authorization', credentials: false }),
      actualOf('GET', [], { requestHeaders: [['Authorization', 'Bearer t']], credentials: false }),
    ]);
    expect(failsLater).toMatchObject({ verdict: 'blocked', failedRule: 'cors/header-not-allowed', chromium: 'blocked', deviation: null });
  });

  it('does not take a hand-built preflight asking for Authorization as credentialed', () => {
    const v = verdictOf([preflightOf('PATCH', [ACAO, 'Access-Control-Allow-Methods: PATCH', 'Access-Control-Allow-Headers: authorization', 'Vary: Origin'], { requestHeaders: 'authorization' })]);
    expect(v).toMatchObject({ verdict: 'allowed', failedRule: null, chromium: 'allowed', deviation: null });
  });

  it('does not take Authorization on a request as credentials; a Cookie judged as sent is', () => {
    expect(verdictOf([actualOf('GET', ['Access-Control-Allow-Origin: *'], { requestHeaders: [['Authorization', 'Bearer t']] })])).toMatchObject({ verdict: 'allowed' });
    expect(verdictOf([actualOf('GET', ['Access-Control-Allow-Origin: *'], { requestHeaders: [['Cookie', 'sid=1']] })])).toMatchObject({ verdict: 'blocked', failedRule: 'cors/wildcard-with-credentials' });
    // A simulated request's credentials mode is --credentials alone.
    expect(verdictOf([actualOf('GET', ['Access-Control-Allow-Origin: *'], { requestHeaders: [['Cookie', 'sid=1']], credentials: false })])).toMatchObject({ verdict: 'allowed' });
  });

  it('judges the preflight a redirect hop gets, naming it', () => {
    const hop = 'http://127.0.0.1:9090/items';
    const first = [preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT']), actualOf('PUT', [ACAO, 'Vary: Origin'], { status: 307 })];
    const blocked = verdictOf([...first, preflightOf('PUT', ['Access-Control-Allow-Origin: null'], { origin: 'null', url: hop })]);
    expect(blocked).toMatchObject({ verdict: 'blocked', failedRule: 'cors/method-not-allowed', preflight: 2 });
    expect(blocked!.explanation).toContain(`the preflight after the redirect to ${hop} does not allow method PUT`);
    const allowed = verdictOf([
      ...first,
      preflightOf('PUT', ['Access-Control-Allow-Origin: null', 'Access-Control-Allow-Methods: PUT'], { origin: 'null', url: hop }),
      actualOf('PUT', ['Access-Control-Allow-Origin: *'], { origin: 'null', url: hop }),
    ]);
    expect(allowed).toMatchObject({ verdict: 'allowed', preflight: 0 });
    expect(allowed!.explanation).toContain(`the preflight after the redirect to ${hop} passed too`);
    expect(allowed!.explanation).not.toContain('was not checked');
  });

  it('adds the notes on how the request was modelled', () => {
    const ex = actualOf('GET', ['Access-Control-Allow-Origin: *']);
    ex.cors = { credentials: false, notes: ['the Cookie header was not sent'] };
    expect(verdictOf([ex])!.explanation).toBe('A browser at https://app.example would ALLOW this request. Note: the Cookie header was not sent');
  });

  it('judges a preflight-only inspection, saying the actual response was not checked', () => {
    const v = verdictOf([preflightOf('PUT', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT', 'Access-Control-Max-Age: 60'])]);
    expect(v).toMatchObject({ verdict: 'allowed', preflight: 0 });
    expect(v!.explanation).toContain('only the preflight was sent');
  });

  it('says when a needed preflight was not sent', () => {
    const v = verdictOf([actualOf('DELETE', ['Access-Control-Allow-Origin: *'])]);
    expect(v).toMatchObject({ verdict: 'allowed', preflight: null });
    expect(v!.explanation).toContain('would first send a preflight for DELETE');
  });

  it('treats a same-origin request as no CORS at all', () => {
    const v = verdictOf([actualOf('POST', [], { origin: 'http://127.0.0.1:8080' })]);
    expect(v).toMatchObject({ verdict: 'allowed', failedRule: null, origin: 'http://127.0.0.1:8080' });
  });

  it('blocks when no response came back', () => {
    const ex = actualOf('GET', []);
    delete ex.response;
    ex.error = { code: 'RESET', message: 'connection reset' };
    expect(corsVerdict([ex])).toMatchObject({ verdict: 'blocked', failedRule: null });
  });

  it('renders the sentence', () => {
    expect(explainCors('https://a.example', 'blocked', 'the preflight does not allow method DELETE')).toBe(
      'A browser at https://a.example would BLOCK this request: the preflight does not allow method DELETE',
    );
    const v = corsVerdict([actualOf('GET', ['Access-Control-Allow-Origin: *'])])!;
    expect(renderCorsVerdict(v)).toBe('A browser at https://app.example would ALLOW this request');
  });
});
