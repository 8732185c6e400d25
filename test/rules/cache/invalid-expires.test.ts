import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/invalid-expires';
const withExpires = (value: string) => exchangeOf({ response: `HTTP/1.1 200 OK\r\nExpires: ${value}\r\nContent-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('reports Expires: 0 alone as advice: caches treat it as expired, as intended', () => {
    const findings = findingsOf(ID, withExpires('0'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toBe('Expires "0" is not an HTTP-date; caches treat it as already expired (RFC 9111 §5.3), which Cache-Control: no-cache says explicitly');
    expect(findings[0]!.evidence).toBe('Expires: 0 at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Expires' });
  });

  it('stays quiet on Spring Security\'s defaults (Expires: 0 with no-cache, no-store, max-age=0)', () => {
    const spring = exchangeOf({
      response: 'HTTP/1.1 200 OK\r\nCache-Control: no-cache, no-store, max-age=0, must-revalidate\r\nPragma: no-cache\r\nExpires: 0\r\nContent-Length: 0\r\n\r\n',
    });
    expect(findingsOf(ID, spring)).toEqual([]);
    const withMaxAge = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nCache-Control: max-age=60\r\nExpires: -1\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, withMaxAge)).toEqual([]);
  });

  it('still warns on a non-date next to Cache-Control (a lifetime was probably meant)', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nCache-Control: no-cache\r\nExpires: 2030-01-01\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ex)[0]!.severity).toBe('warning');
  });

  it('fires on other non-dates with the reason', () => {
    const findings = findingsOf(ID, withExpires('2024-01-01T00:00:00Z'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('ISO 8601');
    expect(findingsOf(ID, withExpires('Sun, 06 Nov 1994 08:49:37 UTC'))).toHaveLength(1);
  });

  it('stays quiet on an IMF-fixdate (and on the obsolete formats, which are HTTP-dates)', () => {
    expect(findingsOf(ID, withExpires('Thu, 01 Jan 1970 00:00:00 GMT'))).toEqual([]);
    expect(findingsOf(ID, withExpires('Sun Nov  6 08:49:37 1994'))).toEqual([]);
  });
});
