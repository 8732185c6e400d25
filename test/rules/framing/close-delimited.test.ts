import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/close-delimited', () => {
  it('fires as info on an HTTP/1.1 200 framed only by close', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello' });
    const findings = findingsOf('framing/close-delimited', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('(5 bytes received)');
    expect(findings[0]!.evidence).toContain('HTTP/1.1 200 OK at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('stays quiet on HTTP/1.0, HEAD, 204, 304, and Content-Length or chunked responses', () => {
    const quiet = (response: string, method = 'GET') => expect(findingsOf('framing/close-delimited', exchangeOf({ method, response }))).toEqual([]);
    quiet('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello');
    quiet('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n', 'HEAD');
    quiet('HTTP/1.1 204 No Content\r\n\r\n');
    quiet('HTTP/1.1 304 Not Modified\r\n\r\n');
    quiet('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
    quiet('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  });

  it('leaves an invalid Content-Length and a cut-off head to their own rules', () => {
    expect(findingsOf('framing/close-delimited', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nhello' }))).toEqual([]);
    expect(findingsOf('framing/close-delimited', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nDate: x\r\n' }))).toEqual([]);
  });

  it('treats any HTTP/1.x from 1.1 up as 1.1 (RFC 9110 §2.5)', () => {
    const ex = exchangeOf({ response: 'HTTP/1.2 200 OK\r\nContent-Type: text/plain\r\n\r\nhello' });
    expect(findingsOf('framing/close-delimited', ex)).toHaveLength(1);
  });
});
