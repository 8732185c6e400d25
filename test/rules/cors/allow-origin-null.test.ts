import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf } from '../../cors/helpers';

const ID = 'cors/allow-origin-null';

describe(ID, () => {
  it('fires on Access-Control-Allow-Origin: null', () => {
    const ex = actualOf('GET', ['Access-Control-Allow-Origin: null', 'Vary: Origin'], { origin: 'null' });
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.evidence).toBe(`Access-Control-Allow-Origin: null at byte ${ex.received.indexOf('Access-Control-Allow-Origin')}`);
  });

  it('stays quiet on a real origin, on *, and on a value merely containing "null"', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://app.example', 'Vary: Origin']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://null.example']))).toEqual([]);
  });
});
