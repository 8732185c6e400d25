import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/missing-allow-origin';

describe(ID, () => {
  it('fires on the actual response without Access-Control-Allow-Origin', () => {
    const pre = preflightOf('PUT', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT']);
    const act = actualOf('PUT', [], { status: 500, body: 'oops' });
    const f = findingsOf(ID, [pre, act], 1);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.evidence).toBe('no Access-Control-Allow-Origin in the response (HTTP/1.1 500 Internal Server Error at byte 0)');
    expect(findingsOf(ID, [pre, act], 0)).toEqual([]);
  });

  it('stays quiet with Access-Control-Allow-Origin, without Origin, and on a same-origin request', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', [], { origin: null }))).toEqual([]);
    expect(findingsOf(ID, actualOf('POST', [], { origin: 'http://127.0.0.1:8080' }))).toEqual([]);
  });
});
