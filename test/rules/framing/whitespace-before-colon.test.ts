import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/whitespace-before-colon', () => {
  it('fires on "Content-Length : 5", naming the line', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\nhello' });
    const findings = findingsOf('framing/whitespace-before-colon', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('"Content-Length"');
    expect(findings[0]!.evidence).toBe('"Content-Length : 5" at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Content-Length' });
  });

  it('stays quiet on whitespace after the colon', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length:    5   \r\n\r\nhello' });
    expect(findingsOf('framing/whitespace-before-colon', ex)).toEqual([]);
  });
});
