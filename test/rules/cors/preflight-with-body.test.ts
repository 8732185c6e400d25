import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { preflightOf } from '../../cors/helpers';

const ID = 'cors/preflight-with-body';
const OK = ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT', 'Access-Control-Max-Age: 60', 'Content-Type: text/plain; charset=utf-8'];

describe(ID, () => {
  it('fires on a 200 preflight with content, showing the bytes', () => {
    const ex = preflightOf('PUT', OK, { status: 200, body: 'OK' });
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.evidence).toContain('4f 4b');
    expect(f[0]!.location).toEqual({ part: 'body', offset: ex.received.length - 2 });
  });

  it('stays quiet on a 204, an empty 200, and the error page of a failed preflight', () => {
    expect(findingsOf(ID, preflightOf('PUT', OK))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PUT', OK, { status: 200 }))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PUT', OK, { status: 404, body: 'not found' }))).toEqual([]);
  });
});
