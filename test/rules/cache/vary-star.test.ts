import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/vary-star';
const withVary = (value: string) => exchangeOf({ response: `HTTP/1.1 200 OK\r\nVary: ${value}\r\nContent-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires on Vary: *', () => {
    const findings = findingsOf(ID, withVary('*'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.evidence).toBe('Vary: * at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Vary' });
  });

  it('fires on * anywhere in the list', () => {
    const findings = findingsOf(ID, withVary('Accept-Encoding, *'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('among other fields');
  });

  it('stays quiet on a list of field names', () => {
    expect(findingsOf(ID, withVary('Accept-Encoding, Origin'))).toEqual([]);
  });
});
