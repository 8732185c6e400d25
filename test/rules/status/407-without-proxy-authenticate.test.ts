import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/407-without-proxy-authenticate';

describe(ID, () => {
  it('fires on a 407 without Proxy-Authenticate', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf(ID, ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('Proxy-Authenticate');
    expect(findings[0]!.evidence).toContain('"HTTP/1.1 407 Proxy Authentication Required" at byte 0');
  });

  it('stays quiet with a Proxy-Authenticate challenge, and a 401 with only WWW-Authenticate is not its concern', () => {
    const ok = exchangeOf({ response: 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ok)).toEqual([]);
    const www = exchangeOf({ response: 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, www)).toEqual([]);
  });

  it('does not accept WWW-Authenticate in place of Proxy-Authenticate on a 407', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 407 Proxy Authentication Required\r\nWWW-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ex)).toHaveLength(1);
  });
});
