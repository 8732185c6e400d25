import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/invalid-header-line', () => {
  it('fires on a line without a colon', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nthis is not a header\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf('framing/invalid-header-line', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('a header line without a colon');
    expect(findings[0]!.evidence).toBe('"this is not a header" at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17 });
  });

  it('fires on a name that is not a token', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nX Bad: 1\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf('framing/invalid-header-line', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('"X Bad" is not a valid field name');
  });

  it('fires on a control character in a value, escaping it in the evidence', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nX-Id: a\x00b\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf('framing/invalid-header-line', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toBe('"X-Id: a\\x00b" at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'X-Id' });
  });

  it('stays quiet on tabs in a value and on unusual but valid token names', () => {
    const ex = exchangeOf({ response: "HTTP/1.1 200 OK\r\nX-Odd_Name.v2!#$%&'*+^`|~: a\tb\r\nContent-Length: 0\r\n\r\n" });
    expect(findingsOf('framing/invalid-header-line', ex)).toEqual([]);
  });

  it('fires on Content-Length or Transfer-Encoding in the trailer section, at the trailer line', () => {
    const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n';
    const ex = exchangeOf({ response: `${head}Content-Length: 5\r\nX-Sum: 1\r\n\r\n` });
    const findings = findingsOf('framing/invalid-header-line', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('trailer section');
    expect(findings[0]!.location).toEqual({ part: 'trailer', offset: head.length, header: 'Content-Length' });
    expect(findingsOf('framing/invalid-header-line', exchangeOf({ response: `${head}X-Sum: 1\r\n\r\n` }))).toEqual([]);
  });
});
