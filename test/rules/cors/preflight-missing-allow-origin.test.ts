import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/preflight-missing-allow-origin';

describe(ID, () => {
  it('fires on a preflight response without Access-Control-Allow-Origin', () => {
    const pre = preflightOf('DELETE', ['Access-Control-Allow-Methods: DELETE']);
    const f = findingsOf(ID, [pre, actualOf('DELETE', ['Access-Control-Allow-Origin: *'])], 0);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('https://app.example');
    expect(f[0]!.evidence).toBe('no Access-Control-Allow-Origin in the response (HTTP/1.1 204 No Content at byte 0)');
  });

  it('is the only origin rule on that preflight (missing-allow-origin is for actual responses)', () => {
    const pre = preflightOf('DELETE', ['Access-Control-Allow-Methods: DELETE']);
    expect(findingsOf('cors/missing-allow-origin', pre)).toEqual([]);
  });

  it('stays quiet when the preflight allows the origin, and on an OPTIONS without Access-Control-Request-Method', () => {
    expect(findingsOf(ID, preflightOf('DELETE', ['Access-Control-Allow-Origin: https://app.example', 'Access-Control-Allow-Methods: DELETE']))).toEqual([]);
    expect(findingsOf(ID, actualOf('OPTIONS', [], { status: 204 }))).toEqual([]);
  });
});
