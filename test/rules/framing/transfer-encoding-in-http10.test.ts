import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/transfer-encoding-in-http10', () => {
  it('fires as a warning on an HTTP/1.0 response with Transfer-Encoding', () => {
    const ex = exchangeOf({ response: 'HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' });
    const findings = findingsOf('framing/transfer-encoding-in-http10', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.evidence).toBe('HTTP/1.0 200 OK; Transfer-Encoding: chunked at byte 17');
  });

  it('stays quiet on HTTP/1.1 chunked and on HTTP/1.0 with Content-Length', () => {
    expect(findingsOf('framing/transfer-encoding-in-http10', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/transfer-encoding-in-http10', exchangeOf({ response: 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi' }))).toEqual([]);
  });
});
