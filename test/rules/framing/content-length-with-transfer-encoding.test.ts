import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/content-length-with-transfer-encoding', () => {
  it('fires when both headers are present, naming both', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' });
    const findings = findingsOf('framing/content-length-with-transfer-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toBe('Content-Length: 10 at byte 17; Transfer-Encoding: chunked at byte 37');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Content-Length' });
  });

  it('stays quiet on a plain chunked response and on a plain Content-Length response', () => {
    expect(findingsOf('framing/content-length-with-transfer-encoding', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/content-length-with-transfer-encoding', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' }))).toEqual([]);
  });
});
