import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/405-without-allow';

describe(ID, () => {
  it('fires on a 405 without Allow', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 405 Method Not Allowed\r\nDate: x\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf(ID, ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toBe('status line "HTTP/1.1 405 Method Not Allowed" at byte 0; no Allow among 2 header lines');
  });

  it('stays quiet with Allow, even an empty one (the resource allows nothing)', () => {
    const listed = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, listed)).toEqual([]);
    const empty = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 405 Method Not Allowed\r\nAllow: \r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, empty)).toEqual([]);
  });
});
