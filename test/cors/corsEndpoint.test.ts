import { describe, expect, it } from 'vitest';
import { corsEndpoint } from '../../src/lab/corsEndpoint';
import type { LabRequest } from '../../src/lab/scenario';
import { exchangeOf, firedIds } from '../helpers/exchange';

function play(method: string, query: string, headers: Array<[string, string]>) {
  const req: LabRequest = { method, target: `/cors?${query}`, path: '/cors', query: new URLSearchParams(query), headers, body: Buffer.alloc(0) };
  const bytes = corsEndpoint(req).filter((s): s is string => typeof s === 'string').join('');
  const ex = exchangeOf({ method, url: `http://127.0.0.1:8080/cors?${query}`, requestHeaders: headers, response: bytes });
  return { bytes, ex };
}

const PRE: Array<[string, string]> = [['Origin', 'https://app.example'], ['Access-Control-Request-Method', 'PUT'], ['Access-Control-Request-Headers', 'x-a']];

describe('lab /cors endpoint', () => {
  it('answers a preflight from the p-knobs, echoing Origin, method and headers', () => {
    const { bytes, ex } = play('OPTIONS', 'pacao=echo&pacam=echo&pacah=echo&pmaxage=60&acao=*', PRE);
    expect(bytes).toMatch(/^HTTP\/1\.1 204 No Content\r\n/);
    expect(bytes).toContain('Access-Control-Allow-Origin: https://app.example\r\n');
    expect(bytes).toContain('Access-Control-Allow-Methods: PUT\r\n');
    expect(bytes).toContain('Access-Control-Allow-Headers: x-a\r\n');
    expect(bytes).toContain('Access-Control-Max-Age: 60\r\n');
    expect(firedIds(ex)).toEqual([]);
  });

  it('answers the actual request from the plain knobs', () => {
    const { bytes, ex } = play('PUT', 'pacao=*&acao=echo&acac=true&vary=Origin', [['Origin', 'https://app.example'], ['Cookie', 'a=1']]);
    expect(bytes).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(bytes).toContain('Access-Control-Allow-Credentials: true\r\n');
    expect(bytes).toContain('Content-Type: application/json\r\n');
    expect(bytes.endsWith('{"ok":true}')).toBe(true);
    expect(firedIds(ex)).toEqual([]);
  });

  it('repeats a header knob and omits an absent one', () => {
    const { bytes, ex } = play('GET', 'acao=https://a.example&acao=https://b.example', [['Origin', 'https://a.example']]);
    expect(bytes.match(/Access-Control-Allow-Origin:/g)).toHaveLength(2);
    expect(bytes).not.toContain('Vary');
    expect(firedIds(ex)).toEqual(['cors/invalid-allow-origin']);
  });

  it('keeps odd statuses otherwise clean (405 with Allow, 301 with Location, 200 preflight framed)', () => {
    expect(firedIds(play('OPTIONS', 'pstatus=405&pacao=echo', PRE).ex)).toEqual(['cors/preflight-failed-status']);
    expect(firedIds(play('OPTIONS', 'pstatus=301&pacao=echo', PRE).ex)).toEqual(['cors/preflight-failed-status']);
    const ok200 = play('OPTIONS', 'pstatus=200&pacao=echo&pacam=PUT&pacah=x-a&pmaxage=5', PRE);
    expect(ok200.bytes).toContain('Content-Length: 0\r\n');
    expect(firedIds(ok200.ex)).toEqual([]);
    expect(firedIds(play('DELETE', 'status=204&acao=*', [['Origin', 'https://app.example']]).ex)).toEqual([]);
    expect(firedIds(play('HEAD', 'acao=*', [['Origin', 'https://app.example']]).ex)).toEqual([]);
  });
});
