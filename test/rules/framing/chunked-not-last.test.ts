import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/chunked-not-last', () => {
  it('fires when the final transfer coding is not chunked', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nxxxx' });
    const findings = findingsOf('framing/chunked-not-last', ex);
    expect(findings).toHaveLength(1);
    // A warning, not an error: the response is legal and close-delimited (RFC 9112 §6.3).
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('"gzip"');
    expect(findings[0]!.evidence).toBe('Transfer-Encoding: chunked, gzip at byte 17');
  });

  it('reads every Transfer-Encoding line in order', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\nxxxx' });
    const findings = findingsOf('framing/chunked-not-last', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 45, header: 'Transfer-Encoding' });
  });

  it('is only info when the request\'s TE asked for the coding, or for identity', () => {
    const asked = exchangeOf({ requestHeaders: [['TE', 'gzip;q=0.5, trailers']], response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxxxx' });
    const a = findingsOf('framing/chunked-not-last', asked);
    expect(a.map((f) => f.severity)).toEqual(['info']);
    expect(a[0]!.message).toContain("the request's TE asked for it");
    const identity = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nxxxx' });
    expect(findingsOf('framing/chunked-not-last', identity).map((f) => f.severity)).toEqual(['info']);
  });

  it('stays a warning when TE refused the coding (q=0) or asked for another one', () => {
    for (const te of ['gzip;q=0', 'deflate']) {
      const ex = exchangeOf({ requestHeaders: [['TE', te]], response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxxxx' });
      expect(findingsOf('framing/chunked-not-last', ex).map((f) => f.severity)).toEqual(['warning']);
    }
  });

  it('stays quiet on "gzip, chunked" and where Transfer-Encoding does not frame the response', () => {
    expect(findingsOf('framing/chunked-not-last', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/chunked-not-last', exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/chunked-not-last', exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: gzip\r\n\r\n' }))).toEqual([]);
  });
});
