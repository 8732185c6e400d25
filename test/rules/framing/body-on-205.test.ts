import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/body-on-205', () => {
  it('fires on a 205 with Content-Length framed content', () => {
    const head = 'HTTP/1.1 205 Reset Content\r\nContent-Length: 6\r\n\r\n';
    const ex = exchangeOf({ method: 'POST', response: `${head}reset\n` });
    const findings = findingsOf('framing/body-on-205', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('a 205 response has 6 bytes of content');
    expect(findings[0]!.evidence).toBe(`at byte ${head.length}: 6 bytes: 72 65 73 65 74 0a ("reset.")`);
    expect(findings[0]!.location).toEqual({ part: 'body', offset: head.length });
  });

  it('fires on a 205 with chunked content, counting the dechunked bytes', () => {
    const ex = exchangeOf({ method: 'POST', response: 'HTTP/1.1 205 Reset Content\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n' });
    const findings = findingsOf('framing/body-on-205', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('a 205 response has 3 bytes of content');
  });

  it('stays quiet on a correct 205: Content-Length: 0, or an empty chunked body', () => {
    expect(findingsOf('framing/body-on-205', exchangeOf({ method: 'POST', response: 'HTTP/1.1 205 Reset Content\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/body-on-205', exchangeOf({ method: 'POST', response: 'HTTP/1.1 205 Reset Content\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' }))).toEqual([]);
  });
});
