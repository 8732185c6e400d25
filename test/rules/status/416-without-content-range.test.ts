import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/416-without-content-range';

describe(ID, () => {
  it('fires on a 416 without Content-Range', () => {
    const findings = findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n\r\n' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on a well-formed Content-Range that is not "bytes */length", naming the header', () => {
    for (const value of ['bytes 0-10/100', 'bytes 0-10/*']) {
      const response = `HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: ${value}\r\nContent-Length: 0\r\n\r\n`;
      const findings = findingsOf(ID, exchangeOf({ response }));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.evidence).toBe(`Content-Range: ${value} at byte 36`);
      expect(findings[0]!.location).toEqual({ part: 'header', offset: 36, header: 'Content-Range' });
    }
  });

  it('stays quiet on a malformed Content-Range: range/invalid-content-range reports it, once', () => {
    for (const value of ['bytes */*', 'bytes */', 'bytes=0-10/100']) {
      const response = `HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: ${value}\r\nContent-Length: 0\r\n\r\n`;
      expect(findingsOf(ID, exchangeOf({ response })), value).toEqual([]);
      expect(findingsOf('range/invalid-content-range', exchangeOf({ response })), value).toHaveLength(1);
    }
  });

  it('stays quiet on `Content-Range: bytes */1234`', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */1234\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
