import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/last-modified-in-future';
const DATE = 'Sun, 06 Nov 1994 08:49:37 GMT';
const withDates = (date: string, lastModified: string) =>
  exchangeOf({ response: `HTTP/1.1 200 OK\r\nDate: ${date}\r\nLast-Modified: ${lastModified}\r\nContent-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires when Last-Modified is later than Date, naming both lines', () => {
    const findings = findingsOf(ID, withDates(DATE, 'Sun, 06 Nov 1994 09:49:37 GMT'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('Last-Modified is 60 minutes later than Date');
    expect(findings[0]!.evidence).toBe(
      'Last-Modified: Sun, 06 Nov 1994 09:49:37 GMT at byte 54; Date: Sun, 06 Nov 1994 08:49:37 GMT at byte 17',
    );
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 54, header: 'Last-Modified' });
  });

  it('compares across formats', () => {
    expect(findingsOf(ID, withDates(DATE, 'Sun Nov  6 08:49:38 1994'))).toHaveLength(1);
  });

  it('stays quiet when Last-Modified equals Date or is earlier', () => {
    expect(findingsOf(ID, withDates(DATE, DATE))).toEqual([]);
    expect(findingsOf(ID, withDates(DATE, 'Sat, 05 Nov 1994 08:49:37 GMT'))).toEqual([]);
  });

  it('stays quiet when either date is invalid', () => {
    expect(findingsOf(ID, withDates('garbage', 'Sun, 06 Nov 1994 09:49:37 GMT'))).toEqual([]);
  });
});
