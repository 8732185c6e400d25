import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/obs-fold', () => {
  it('fires on a folded header line, naming the line and the header it continues', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nX-Note: first\r\n  second\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf('framing/obs-fold', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('continues "X-Note"');
    expect(findings[0]!.evidence).toBe('"  second" at byte 32, continuing "X-Note: first" at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 32, header: 'X-Note' });
  });

  it('fires once per folded line', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nX-Note: a\r\n\tb\r\n\tc\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf('framing/obs-fold', ex)).toHaveLength(2);
  });

  it('stays quiet on a value containing inner spaces and tabs', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nX-Note: first \t second\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf('framing/obs-fold', ex)).toEqual([]);
  });
});
