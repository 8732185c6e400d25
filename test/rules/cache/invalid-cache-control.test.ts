import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/invalid-cache-control';
const withCc = (value: string) => exchangeOf({ response: `HTTP/1.1 200 OK\r\nCache-Control: ${value}\r\nContent-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires on a non-numeric max-age, naming the directive and the line', () => {
    const findings = findingsOf(ID, withCc('public, max-age=ten'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('Cache-Control max-age=ten is not a number of seconds (delta-seconds: digits only)');
    expect(findings[0]!.evidence).toBe('max-age=ten in Cache-Control: public, max-age=ten at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Cache-Control' });
  });

  it('fires on quoted, empty and missing delta-seconds', () => {
    expect(findingsOf(ID, withCc('max-age="60"'))[0]!.message).toContain('token form');
    expect(findingsOf(ID, withCc('max-age='))[0]!.message).toContain('no argument');
    expect(findingsOf(ID, withCc('s-maxage'))[0]!.message).toContain('requires a number of seconds');
  });

  it('fires on semicolons used as separators', () => {
    const findings = findingsOf(ID, withCc('max-age=60; public'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('separated by commas, not semicolons');
    expect(findingsOf(ID, withCc('max-age=60;'))).toHaveLength(1);
  });

  it('stays quiet on valid directives, including unknown extensions and quoted field-name lists', () => {
    for (const cc of [
      'public, max-age=60, s-maxage=300, stale-while-revalidate=30',
      'no-cache="Set-Cookie", private',
      'max-age=0, must-revalidate, community="UCI", x-ext',
      'no-store',
    ]) {
      expect(findingsOf(ID, withCc(cc)), cc).toEqual([]);
    }
  });
});
