import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/missing-content-type';

describe(ID, () => {
  it('fires on a non-empty body without Content-Type, naming the body bytes', () => {
    const response = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello';
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('5-byte body');
    expect(findings[0]!.evidence).toContain('68 65 6c 6c 6f');
    expect(findings[0]!.location).toEqual({ part: 'body', offset: response.indexOf('hello') });
  });

  it('fires on a chunked body without Content-Type (dechunked length)', () => {
    const response = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('5-byte body');
  });

  it('stays quiet when Content-Type is present (any case)', () => {
    const response = 'HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nhello';
    expect(findingsOf(ID, exchangeOf({ response }))).toEqual([]);
  });

  it('stays quiet on an empty body', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });

  it('stays quiet on HEAD, 204 and 304 (no body by framing)', () => {
    expect(findingsOf(ID, exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 204 No Content\r\n\r\nhello' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n' }))).toEqual([]);
  });
});
