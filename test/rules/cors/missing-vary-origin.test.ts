import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/missing-vary-origin';
const ACAO = 'Access-Control-Allow-Origin: https://app.example';

describe(ID, () => {
  it('fires when the origin is echoed without Vary: Origin', () => {
    const ex = actualOf('GET', [ACAO, 'Vary: Accept-Encoding']);
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.evidence).toBe(`${ACAO} at byte ${ex.received.indexOf('Access-Control-Allow-Origin')}`);
  });

  it.each([['Vary: Origin'], ['Vary: accept-encoding, origin'], ['Vary: *']])('stays quiet with %s', (vary) => {
    expect(findingsOf(ID, actualOf('GET', [ACAO, vary]))).toEqual([]);
  });

  it('stays quiet on *, on a fixed other origin, and on preflight responses', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://b.example']))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT']))).toEqual([]);
  });
});
