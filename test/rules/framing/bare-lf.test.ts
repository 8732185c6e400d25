import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/bare-lf', () => {
  it('fires once for the whole head, counting the lines and naming the first', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 5\n\nhello' });
    const findings = findingsOf('framing/bare-lf', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('4 lines end in LF without CR; the first is at byte 0');
    expect(findings[0]!.evidence).toBe('"HTTP/1.1 200 OK" at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('names a single bare-LF header line', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nX-A: 1\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf('framing/bare-lf', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('1 line ends in LF without CR; the first is at byte 17');
    expect(findings[0]!.evidence).toBe('"X-A: 1" at byte 17');
  });

  it('stays quiet on CRLF lines, even with LF inside the body', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\na\nb\nc\n' });
    expect(findingsOf('framing/bare-lf', ex)).toEqual([]);
  });
});
