import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/connection-close-ignored', () => {
  it('fires as info when the transport says the server kept the connection open', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi' });
    ex.anomalies.push({ id: 'connection-close-ignored', detail: 'still open 1000 ms after the response' });
    const findings = findingsOf('framing/connection-close-ignored', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('still open 1000 ms after the response');
    const sentAt = ex.sent.indexOf('Connection: close');
    expect(findings[0]!.evidence).toBe(`request Connection: close at byte ${sentAt}`);
    expect(findings[0]!.location).toEqual({ part: 'connection' });
  });

  it('stays quiet when the server closed the connection', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi' });
    expect(findingsOf('framing/connection-close-ignored', ex)).toEqual([]);
  });
});
