import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/conflicting-content-length', () => {
  it('fires on two Content-Length lines that differ, naming both', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello' });
    const findings = findingsOf('framing/conflicting-content-length', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('Content-Length has 2 different values: 5, 6');
    expect(findings[0]!.evidence).toBe('Content-Length: 5 at byte 17; Content-Length: 6 at byte 36');
  });

  it('fires on a list with different values', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5, 7\r\n\r\nhello' });
    expect(findingsOf('framing/conflicting-content-length', ex)).toHaveLength(1);
  });

  it('stays quiet on identical values (duplicate-content-length) and garbage (invalid-content-length)', () => {
    const same = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello' });
    expect(findingsOf('framing/conflicting-content-length', same)).toEqual([]);
    const garbage = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: five\r\n\r\nhello' });
    expect(findingsOf('framing/conflicting-content-length', garbage)).toEqual([]);
    expect(findingsOf('framing/invalid-content-length', garbage)).toHaveLength(1);
  });
});
