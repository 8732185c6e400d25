import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/framing-header-on-1xx', () => {
  it('fires on an interim 103 with Content-Length, locating it in the interim response', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 103 Early Hints\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi' });
    const findings = findingsOf('framing/framing-header-on-1xx', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('a 103 response carries Content-Length: 0');
    expect(findings[0]!.evidence).toBe('Content-Length: 0 at byte 26');
    expect(findings[0]!.location).toEqual({ part: 'interim', offset: 26, header: 'Content-Length' });
  });

  it('fires on a final 101 with Transfer-Encoding', () => {
    const ex = exchangeOf({
      requestHeaders: [['Connection', 'Upgrade'], ['Upgrade', 'websocket']],
      response: 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nTransfer-Encoding: chunked\r\n\r\n',
    });
    const findings = findingsOf('framing/framing-header-on-1xx', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toBe('Transfer-Encoding: chunked at byte 75');
  });

  it('stays quiet on a 100 Continue and a 200 with Content-Length', () => {
    const ex = exchangeOf({
      method: 'POST',
      requestHeaders: [['Expect', '100-continue']],
      requestBody: 'x',
      response: 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi',
    });
    expect(findingsOf('framing/framing-header-on-1xx', ex)).toEqual([]);
  });
});
