// Decisions between the requests of one simulated CORS flow: go on after a preflight or not; whether the
// chain has been cross-origin (so a later hop stays CORS).
import { describe, expect, it } from 'vitest';
import { afterPreflight, corsSoFar } from '../../src/cors/browserFlow';
import { ORIGIN, actualOf, preflightOf } from './helpers';

describe('afterPreflight', () => {
  it('goes on, silently, after a preflight that passes', () => {
    expect(afterPreflight(preflightOf('PUT', [`Access-Control-Allow-Origin: ${ORIGIN}`, 'Access-Control-Allow-Methods: PUT']), 'PUT')).toEqual({ send: true });
  });

  it('stops after a preflight that fails, and says why', () => {
    const next = afterPreflight(preflightOf('PUT', [`Access-Control-Allow-Origin: ${ORIGIN}`]), 'PUT');
    expect(next.send).toBe(false);
    expect(next.announcement).toContain('a browser would not send the PUT');
  });

  it('goes on where only Chromium lets it through (* covering Authorization), saying so', () => {
    const pre = preflightOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'authorization', credentials: false });
    const next = afterPreflight(pre, 'GET');
    expect(next.send).toBe(true);
    expect(next.announcement).toContain('Chromium today lets it through (deprecated)');
  });

  it('stops there too when the request is credentialed (Chromium then blocks as well)', () => {
    const pre = preflightOf('GET', [`Access-Control-Allow-Origin: ${ORIGIN}`, 'Access-Control-Allow-Credentials: true', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'authorization', credentials: true });
    expect(afterPreflight(pre, 'GET').send).toBe(false);
  });
});

describe('corsSoFar', () => {
  it("is true once any request went to another origin than the page's", () => {
    const page = 'http://127.0.0.1:8080';
    expect(corsSoFar([actualOf('GET', [], { origin: page, url: `${page}/a` })], page)).toBe(false);
    expect(corsSoFar([actualOf('GET', [], { origin: page, url: `${page}/a` }), actualOf('GET', [], { origin: page, url: 'http://127.0.0.1:9090/b' })], page)).toBe(true);
  });
});
