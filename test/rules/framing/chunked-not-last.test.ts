import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/chunked-not-last', () => {
  it('fires when the final transfer coding is not chunked', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nxxxx' });
    const findings = findingsOf('framing/chunked-not-last', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('"gzip"');
    expect(findings[0]!.evidence).toBe('Transfer-Encoding: chunked, gzip at byte 17');
  });

  it('reads every Transfer-Encoding line in order', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\nxxxx' });
    const findings = findingsOf('framing/chunked-not-last', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 45, header: 'Transfer-Encoding' });
  });

  it('stays quiet on "gzip, chunked" and where Transfer-Encoding does not frame the response', () => {
    expect(findingsOf('framing/chunked-not-last', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/chunked-not-last', exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/chunked-not-last', exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: gzip\r\n\r\n' }))).toEqual([]);
  });
});
