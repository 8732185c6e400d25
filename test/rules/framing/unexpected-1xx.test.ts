import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const FINAL = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi';

describe('framing/unexpected-1xx', () => {
  it('fires on a 100 Continue the request did not ask for', () => {
    const ex = exchangeOf({ response: `HTTP/1.1 100 Continue\r\n\r\n${FINAL}` });
    const findings = findingsOf('framing/unexpected-1xx', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.evidence).toBe('HTTP/1.1 100 Continue at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'interim', offset: 0 });
  });

  it('fires on a 101 to a request without Upgrade', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n' });
    const findings = findingsOf('framing/unexpected-1xx', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('no Upgrade header');
  });

  it('stays quiet on 100 after Expect: 100-continue, 101 after Upgrade, and 103 Early Hints', () => {
    const continued = exchangeOf({ method: 'POST', requestHeaders: [['Expect', '100-Continue']], requestBody: 'x', response: `HTTP/1.1 100 Continue\r\n\r\n${FINAL}` });
    expect(findingsOf('framing/unexpected-1xx', continued)).toEqual([]);
    const upgraded = exchangeOf({ requestHeaders: [['Connection', 'Upgrade'], ['Upgrade', 'websocket']], response: 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n' });
    expect(findingsOf('framing/unexpected-1xx', upgraded)).toEqual([]);
    const hints = exchangeOf({ response: `HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n${FINAL}` });
    expect(findingsOf('framing/unexpected-1xx', hints)).toEqual([]);
  });

  it('fires on a 1xx labelled HTTP/1.0 (HTTP/1.0 has no 1xx), not on the same 103 in HTTP/1.1', () => {
    const final = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n';
    const old = findingsOf('framing/unexpected-1xx', exchangeOf({ response: `HTTP/1.0 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n${final}` }));
    expect(old).toHaveLength(1);
    expect(old[0]!.message).toContain('HTTP/1.0');
    expect(old[0]!.location).toEqual({ part: 'interim', offset: 0 });
    expect(findingsOf('framing/unexpected-1xx', exchangeOf({ response: `HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n${final}` }))).toEqual([]);
  });
});
