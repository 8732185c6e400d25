import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'headers/invalid-date';
const withDate = (value: string) => exchangeOf({ response: `HTTP/1.1 200 OK\r\nDate: ${value}\r\nContent-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires as an error when Date is not an HTTP-date', () => {
    const findings = findingsOf(ID, withDate('2024-03-01T12:00:00Z'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('"2024-03-01T12:00:00Z" is not an HTTP-date');
    expect(findings[0]!.evidence).toBe('Date: 2024-03-01T12:00:00Z at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Date' });
  });

  it('fires as an error on a one-digit day or a non-GMT zone', () => {
    expect(findingsOf(ID, withDate('Sun, 6 Nov 1994 08:49:37 GMT'))[0]!.severity).toBe('error');
    expect(findingsOf(ID, withDate('Sun, 06 Nov 1994 08:49:37 +0000'))[0]!.severity).toBe('error');
  });

  it('fires as a warning on the obsolete rfc850 and asctime formats', () => {
    const rfc850 = findingsOf(ID, withDate('Sunday, 06-Nov-94 08:49:37 GMT'));
    expect(rfc850).toHaveLength(1);
    expect(rfc850[0]!.severity).toBe('warning');
    expect(rfc850[0]!.message).toContain('obsolete RFC 850 format');
    const asctime = findingsOf(ID, withDate('Sun Nov  6 08:49:37 1994'));
    expect(asctime).toHaveLength(1);
    expect(asctime[0]!.severity).toBe('warning');
  });

  it('stays quiet on an IMF-fixdate', () => {
    expect(findingsOf(ID, withDate('Sun, 06 Nov 1994 08:49:37 GMT'))).toEqual([]);
    expect(findingsOf(ID, withDate(new Date().toUTCString()))).toEqual([]);
  });
});
