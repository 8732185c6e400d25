import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/preflight-failed-status';
const OK = ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT'];

describe(ID, () => {
  it('fires on a preflight answered 405, naming the status line', () => {
    const pre = preflightOf('PUT', OK, { status: 405 });
    const f = findingsOf(ID, [pre, actualOf('PUT', ['Access-Control-Allow-Origin: *'])], 0);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('405');
    expect(f[0]!.evidence).toBe('status line "HTTP/1.1 405 Method Not Allowed" at byte 0');
    expect(f[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on a redirected preflight', () => {
    const f = findingsOf(ID, preflightOf('PUT', [...OK, 'Location: /x'], { status: 301 }));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('redirect');
  });

  it('stays quiet on 204 and 200 preflights, and on a 404 to a request that is no preflight', () => {
    expect(findingsOf(ID, preflightOf('PUT', OK))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PUT', OK, { status: 200 }))).toEqual([]);
    expect(findingsOf(ID, actualOf('OPTIONS', ['Access-Control-Allow-Origin: *'], { status: 404 }))).toEqual([]);
  });
});
