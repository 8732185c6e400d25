import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/origin-not-allowed';

describe(ID, () => {
  it('fires when Access-Control-Allow-Origin names another origin, naming the header and its offset', () => {
    const ex = actualOf('GET', ['Access-Control-Allow-Origin: https://other.example', 'Vary: Origin']);
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('allows https://other.example, not this request\'s origin https://app.example');
    const offset = ex.received.indexOf('Access-Control-Allow-Origin');
    expect(f[0]!.evidence).toBe(`Access-Control-Allow-Origin: https://other.example at byte ${offset}`);
    expect(f[0]!.location).toEqual({ part: 'header', offset, header: 'Access-Control-Allow-Origin' });
  });

  it('fires on case or default-port differences (byte-for-byte comparison), and on the preflight too', () => {
    const f = findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://App.example']));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('byte for byte');
    expect(findingsOf(ID, preflightOf('PUT', ['Access-Control-Allow-Origin: https://app.example:443', 'Access-Control-Allow-Methods: PUT']))).toHaveLength(1);
  });

  it('fires on null for a real origin', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: null']))[0]!.message).toContain('opaque');
  });

  it('stays quiet on the exact origin, on *, and on invalid values (reported by invalid-allow-origin)', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://app.example', 'Vary: Origin']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://app.example/']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: null'], { origin: 'null' }))).toEqual([]);
  });
});
