// The browser request httpinspect simulates: which preflight, when, with what; the CLI's origin checks;
// and Origin on redirect hops.
import { describe, expect, it } from 'vitest';
import { corsSimulationOf, parseOrigin } from '../../src/cli/corsOptions';
import { UsageError } from '../../src/options/usage';
import { browserRequestOf, describePreflight, noPreflightReason, preflightPlanOf, preflightSpecOf, withOrigin, type CorsSimulation } from '../../src/cors/simulation';
import { normalizeMethod } from '../../src/cors/fetchRequest';
import type { RequestSpec } from '../../src/http1/request';
import { nextHop } from '../../src/capture/session';
import { exchangeOf } from '../helpers/exchange';

const ORIGIN = 'https://app.example';
const spec = (method: string, headers: Array<[string, string]> = [], url = 'http://127.0.0.1:8080/api'): RequestSpec => ({ url: new URL(url), method, headers });

describe('preflightSpecOf', () => {
  it('asks for the method and the non-safelisted header names, without credentials or the body', () => {
    const request = { ...spec('PUT', [['Authorization', 'Bearer x'], ['Content-Type', 'application/json'], ['X-B', '1'], ['Cookie', 'a=1'], ['Accept', 'text/html']]), body: Buffer.from('{}') };
    const preflight = preflightSpecOf(request, ORIGIN);
    expect(preflight.method).toBe('OPTIONS');
    expect(preflight.body).toBeUndefined();
    expect(preflight.headers).toEqual([
      ['Origin', ORIGIN],
      ['Access-Control-Request-Method', 'PUT'],
      ['Access-Control-Request-Headers', 'authorization,content-type,x-b'],
      ['Accept', '*/*'],
    ]);
    expect(describePreflight(preflight)).toBe('OPTIONS http://127.0.0.1:8080/api (Access-Control-Request-Method: PUT; Access-Control-Request-Headers: authorization,content-type,x-b)');
  });

  it('ignores headers given only to remove a default (-H "Accept:")', () => {
    expect(preflightSpecOf(spec('DELETE', [['X-Gone', '']]), ORIGIN).headers.map(([n]) => n)).not.toContain('Access-Control-Request-Headers');
  });
});

describe('noPreflightReason', () => {
  it.each<[string, Array<[string, string]>, boolean]>([
    ['GET', [], false],
    ['POST', [['Content-Type', 'text/plain;charset=UTF-8']], false],
    ['GET', [['Accept-Language', 'en']], false],
    ['GET', [['Cookie', 'a=1'], ['User-Agent', 'x']], false],
    ['PUT', [], true],
    ['POST', [['Content-Type', 'application/json']], true],
    ['GET', [['X-Requested-With', 'fetch']], true],
    ['GET', [['Authorization', 'Bearer x']], true],
  ])('%s %j: preflight %s', (method, headers, preflighted) => {
    expect(noPreflightReason(spec(method, headers), ORIGIN) === null).toBe(preflighted);
  });

  it('sends none for a same-origin request', () => {
    expect(noPreflightReason(spec('DELETE'), 'http://127.0.0.1:8080')).toContain("target's own origin");
  });
});

describe('normalizeMethod (what fetch() sends)', () => {
  it.each([
    ['delete', 'DELETE'], ['get', 'GET'], ['head', 'HEAD'], ['options', 'OPTIONS'], ['post', 'POST'], ['put', 'PUT'], ['Put', 'PUT'],
    ['patch', 'patch'], ['Patch', 'Patch'], ['PATCH', 'PATCH'], ['propfind', 'propfind'], ['deletı', 'deletı'],
  ])('%s → %s', (typed, sent) => {
    expect(normalizeMethod(typed)).toBe(sent);
  });
});

describe('browserRequestOf and withOrigin', () => {
  const sim = (credentials = false): CorsSimulation => ({ origin: ORIGIN, preflight: true, preflightOnly: false, credentials });

  it('upper-cases the six methods fetch() normalizes, and says so', () => {
    const put = browserRequestOf(spec('put'), sim());
    expect(put.spec.method).toBe('PUT');
    expect(put.announcements).toEqual(['fetch() sends the method "put" as PUT; so does httpinspect when it simulates a browser']);
    expect(put.notes).toEqual([]);
    const patch = browserRequestOf(spec('patch'), sim());
    expect(patch.spec.method).toBe('patch');
    expect(patch.announcements).toEqual([]);
  });

  it('drops a Cookie (a page cannot set it) unless --credentials, and says so for the verdict too', () => {
    const dropped = browserRequestOf(spec('GET', [['Cookie', 'a=1'], ['Authorization', 'Bearer x']]), sim());
    expect(dropped.spec.headers).toEqual([['Authorization', 'Bearer x'], ['Origin', ORIGIN]]);
    expect(dropped.notes).toHaveLength(1);
    expect(dropped.notes[0]).toContain('use --credentials');
    expect(dropped.announcements).toEqual(dropped.notes);
    const kept = browserRequestOf(spec('GET', [['Cookie', 'a=1']]), sim(true));
    expect(kept.spec.headers).toEqual([['Cookie', 'a=1'], ['Origin', ORIGIN]]);
    expect(kept.notes).toEqual([]);
  });

  it('adds Origin once', () => {
    expect(withOrigin(spec('GET'), ORIGIN).headers).toEqual([['Origin', ORIGIN]]);
    expect(withOrigin(spec('GET', [['origin', ORIGIN]]), ORIGIN).headers).toEqual([['origin', ORIGIN]]);
  });
});

describe('corsSimulationOf', () => {
  it('is undefined without a CORS option, even with a hand-set Origin', () => {
    expect(corsSimulationOf(spec('GET', [['Origin', ORIGIN]]), {})).toBeUndefined();
  });

  it('takes the origin from -H when --cors is given without --origin', () => {
    expect(corsSimulationOf(spec('PUT', [['Origin', ORIGIN]]), { cors: true })).toEqual({ origin: ORIGIN, preflight: true, preflightOnly: false, credentials: false });
  });

  it('--preflight-only implies the preflight; only --credentials sets credentials, never Authorization or Cookie', () => {
    expect(corsSimulationOf(spec('GET', [['Authorization', 'Bearer x'], ['Cookie', 'a=1']]), { origin: ORIGIN, preflightOnly: true })).toEqual({ origin: ORIGIN, preflight: true, preflightOnly: true, credentials: false });
    expect(corsSimulationOf(spec('GET'), { origin: ORIGIN, credentials: true })).toMatchObject({ credentials: true });
  });

  it('--preflight-only judges the method as fetch() sends it', () => {
    expect(() => corsSimulationOf(spec('get'), { origin: ORIGIN, preflightOnly: true })).toThrow('a browser sends no preflight here (GET with CORS-safelisted headers needs none)');
    expect(corsSimulationOf(spec('patch'), { origin: ORIGIN, preflightOnly: true })).toMatchObject({ preflightOnly: true });
  });

  it.each(['https://app.example/', 'app.example', 'https://app.example/path', 'https://a.example, https://b.example', 'HTTPS://APP.EXAMPLE', 'http://app.example:80'])('rejects --origin %s', (origin) => {
    expect(() => parseOrigin(origin)).toThrow(UsageError);
  });

  it.each(['null', 'https://app.example', 'http://127.0.0.1:5173', 'http://[::1]:3000'])('accepts --origin %s', (origin) => {
    expect(parseOrigin(origin)).toBe(origin);
  });
});

describe('preflightPlanOf (the first request and each redirect hop)', () => {
  it('preflights a hop to another origin with its tainted Origin: null', () => {
    const plan = preflightPlanOf(spec('PUT', [['Origin', 'null']], 'http://127.0.0.1:9090/b'), ORIGIN, true);
    expect(plan.preflight?.url.href).toBe('http://127.0.0.1:9090/b');
    expect(plan.preflight?.headers).toContainEqual(['Origin', 'null']);
    expect(plan.preflight?.headers).toContainEqual(['Access-Control-Request-Method', 'PUT']);
  });

  it('sends none for a hop that became simple (303 → GET)', () => {
    expect(preflightPlanOf(spec('GET', [['Origin', ORIGIN]], 'http://127.0.0.1:9090/b'), ORIGIN, true)).toEqual({ preflight: null, reason: 'GET with CORS-safelisted headers needs none' });
  });

  it("a hop back to the page's own origin stays CORS once the chain was cross-origin", () => {
    expect(preflightPlanOf(spec('PUT', [['Origin', 'http://127.0.0.1:8080']]), 'http://127.0.0.1:8080', true).preflight).not.toBeNull();
    expect(preflightPlanOf(spec('PUT', [['Origin', 'http://127.0.0.1:8080']]), 'http://127.0.0.1:8080', false).preflight).toBeNull();
  });
});

describe('nextHop and Origin', () => {
  const redirect = (location: string) => exchangeOf({ url: 'http://127.0.0.1:8080/a', response: `HTTP/1.1 302 Found\r\nLocation: ${location}\r\nContent-Length: 0\r\n\r\n` });
  const options = { maxRedirects: 5 };
  const originOf = (next: RequestSpec | undefined) => next?.headers.find(([n]) => n === 'Origin')?.[1];

  it('keeps Origin on a same-origin redirect', () => {
    const next = nextHop(spec('GET', [['Origin', ORIGIN]], 'http://127.0.0.1:8080/a'), redirect('/b'), options, new Set(), 0);
    expect(originOf(next)).toBe(ORIGIN);
  });

  it('sends Origin: null after a cross-origin request is redirected to another origin', () => {
    const next = nextHop(spec('GET', [['Origin', ORIGIN]], 'http://127.0.0.1:8080/a'), redirect('http://127.0.0.1:9090/b'), options, new Set(), 0);
    expect(originOf(next)).toBe('null');
  });

  it('keeps the origin when a same-origin request is redirected away (not yet tainted)', () => {
    const next = nextHop(spec('GET', [['Origin', 'http://127.0.0.1:8080']], 'http://127.0.0.1:8080/a'), redirect('http://127.0.0.1:9090/b'), options, new Set(), 0);
    expect(originOf(next)).toBe('http://127.0.0.1:8080');
  });
});
