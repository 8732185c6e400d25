import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/invalid-max-age';
const OK = ['Access-Control-Allow-Origin: https://app.example', 'Access-Control-Allow-Methods: PUT'];

describe(ID, () => {
  it('fires on a value that is not delta-seconds, naming it', () => {
    const ex = preflightOf('PUT', [...OK, 'Access-Control-Max-Age: 10m']);
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('"10m" is not a number of seconds');
    expect(f[0]!.evidence).toBe(`Access-Control-Max-Age: 10m at byte ${ex.received.indexOf('Access-Control-Max-Age')}`);
  });

  it.each(['-1', '600.0', '+600', '600, 600', ''])('fires on %j', (value) => {
    expect(findingsOf(ID, preflightOf('PUT', [...OK, `Access-Control-Max-Age: ${value}`]))).toHaveLength(1);
  });

  it('fires on two header lines, even equal ones', () => {
    expect(findingsOf(ID, preflightOf('PUT', [...OK, 'Access-Control-Max-Age: 600', 'Access-Control-Max-Age: 600']))[0]!.message).toContain('2 Access-Control-Max-Age headers');
  });

  it('stays quiet on digits (0 and large values included), when absent, and off preflights', () => {
    for (const value of ['0', '600', '86400', '99999999999']) {
      expect(findingsOf(ID, preflightOf('PUT', [...OK, `Access-Control-Max-Age: ${value}`])), value).toEqual([]);
    }
    expect(findingsOf(ID, preflightOf('PUT', OK))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Max-Age: 10m']))).toEqual([]);
  });
});
