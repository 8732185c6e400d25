import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/redirect-without-location';

describe(ID, () => {
  it('fires on each of 301, 302, 303, 307, 308 without Location', () => {
    for (const code of [301, 302, 303, 307, 308]) {
      const findings = findingsOf(ID, exchangeOf({ response: `HTTP/1.1 ${code} Moved\r\nContent-Length: 0\r\n\r\n` }));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toContain(`${code} redirect`);
      expect(findings[0]!.evidence).toContain(`"HTTP/1.1 ${code} Moved" at byte 0`);
    }
  });

  it('fires on an empty Location, naming the header', () => {
    const response = 'HTTP/1.1 302 Found\r\nLocation:\r\nContent-Length: 0\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 20, header: 'Location' });
  });

  it('stays quiet on a redirect with Location, on 300 and on 304', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 301 Moved Permanently\r\nlocation: /new\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 300 Multiple Choices\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nETag: "a"\r\n\r\n' }))).toEqual([]);
  });
});
