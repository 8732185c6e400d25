import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/401-without-www-authenticate';

describe(ID, () => {
  it('fires on a 401 without WWW-Authenticate, naming the status line', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 401 Unauthorized\r\nDate: x\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf(ID, ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toContain('"HTTP/1.1 401 Unauthorized" at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on an empty WWW-Authenticate, naming the header', () => {
    const response = 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate:\r\nContent-Length: 0\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toBe(`WWW-Authenticate: at byte ${response.indexOf('WWW-')}`);
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 27, header: 'WWW-Authenticate' });
  });

  it('stays quiet on a 401 with a challenge (any case), and on a 403 without one', () => {
    const ok = exchangeOf({ response: 'HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Bearer realm="api"\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ok)).toEqual([]);
    const forbidden = exchangeOf({ response: 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, forbidden)).toEqual([]);
  });
});
