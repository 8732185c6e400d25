import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/unregistered-code';

describe(ID, () => {
  it('fires on an unofficial code, saying who uses it', () => {
    const findings = findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 420 Enhance Your Calm\r\nContent-Length: 0\r\n\r\n' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('420 Enhance Your Calm is an unofficial code used by the Twitter/X API');
    expect(findings[0]!.evidence).toBe('status line "HTTP/1.1 420 Enhance Your Calm" at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on a code nobody registered or claims', () => {
    const findings = findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 512 Whatever\r\nContent-Length: 0\r\n\r\n' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('512 is not in the IANA HTTP Status Code Registry: clients treat it as a generic 500');
  });

  it('fires on a reserved code (306) and on an unregistered interim response', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 306 Switch Proxy\r\nContent-Length: 0\r\n\r\n' }))[0]!.message).toContain('reserved');
    const interim = 'HTTP/1.1 199 Odd\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ response: `${interim}HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n` }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ part: 'interim', offset: 0 });
  });

  it('stays quiet on registered codes, including 103, 425, 451 and the obsolete 510', () => {
    for (const code of [200, 103, 425, 451, 510]) {
      const response = code === 103 ? 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' : `HTTP/1.1 ${code} X\r\nContent-Length: 0\r\n\r\n`;
      expect(findingsOf(ID, exchangeOf({ response }))).toEqual([]);
    }
  });

  it('leaves codes outside 100–599 to the status-line rule', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 600 Nope\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
