import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { preflightOf } from '../../cors/helpers';

const ID = 'cors/preflight-missing-max-age';
const OK = ['Access-Control-Allow-Origin: https://app.example', 'Access-Control-Allow-Methods: PUT'];

describe(ID, () => {
  it('fires on a successful preflight without Access-Control-Max-Age', () => {
    const f = findingsOf(ID, preflightOf('PUT', OK));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.evidence).toBe('no Access-Control-Max-Age in the response (HTTP/1.1 204 No Content at byte 0)');
  });

  it('leaves an invalid value to cors/invalid-max-age', () => {
    expect(findingsOf(ID, preflightOf('PUT', [...OK, 'Access-Control-Max-Age: 10m']))).toEqual([]);
  });

  it('stays quiet with a max-age (0 included) and on a failing preflight', () => {
    expect(findingsOf(ID, preflightOf('PUT', [...OK, 'Access-Control-Max-Age: 600']))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PUT', [...OK, 'Access-Control-Max-Age: 0']))).toEqual([]);
    expect(findingsOf(ID, preflightOf('DELETE', OK))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PUT', OK, { status: 404 }))).toEqual([]);
  });
});
