import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/duplicate-content-length', () => {
  it('fires as a warning on two identical Content-Length lines', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello' });
    const findings = findingsOf('framing/duplicate-content-length', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('2 Content-Length lines repeat the same value 5 (2 times)');
    expect(findings[0]!.evidence).toBe('Content-Length: 5 at byte 17; Content-Length: 5 at byte 36');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 36, header: 'Content-Length' });
  });

  it('fires on a list "5, 5"', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\nhello' });
    const findings = findingsOf('framing/duplicate-content-length', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('a Content-Length list repeats the same value 5 (2 times)');
    expect(findings[0]!.evidence).toBe('Content-Length: 5, 5 at byte 17');
  });

  it('stays quiet on a single Content-Length and on conflicting ones', () => {
    expect(findingsOf('framing/duplicate-content-length', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' }))).toEqual([]);
    expect(findingsOf('framing/duplicate-content-length', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello' }))).toEqual([]);
  });
});
