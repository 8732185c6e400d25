import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const HEAD = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';

describe('framing/invalid-chunked-encoding', () => {
  it('fires on a chunk-size line that is not hex, naming the line and its offset', () => {
    const ex = exchangeOf({ response: `${HEAD}zz\r\nhello\r\n0\r\n\r\n` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('an invalid chunk-size line');
    expect(findings[0]!.evidence).toBe(`"zz" at byte ${HEAD.length}`);
    expect(findings[0]!.location).toEqual({ part: 'body', offset: HEAD.length });
  });

  it('fires when chunk data is not followed by CRLF', () => {
    const ex = exchangeOf({ response: `${HEAD}3\r\nhello\r\n0\r\n\r\n` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('not followed by CRLF');
    expect(findings[0]!.evidence).toBe(`"lo" at byte ${HEAD.length + 6}`);
  });

  it('fires when the body ends before the zero-size chunk', () => {
    const body = '5\r\nhello\r\n';
    const ex = exchangeOf({ response: `${HEAD}${body}` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('truncated');
    expect(findings[0]!.evidence).toBe(`at byte ${HEAD.length + body.length}, after 1 chunk (5 content bytes)`);
  });

  it('stays quiet on a correct chunked body with extensions and trailers', () => {
    const ex = exchangeOf({ response: `${HEAD}5;name=value\r\nhello\r\n0\r\nX-Checksum: 1\r\n\r\n` });
    expect(findingsOf('framing/invalid-chunked-encoding', ex)).toEqual([]);
  });
});
