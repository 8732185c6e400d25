import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/body-on-head', () => {
  it('fires when a response to HEAD is followed by its body', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n';
    const ex = exchangeOf({ method: 'HEAD', response: `${head}hello` });
    const findings = findingsOf('framing/body-on-head', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('5 bytes follow the header block of a 200 response to HEAD');
    expect(findings[0]!.evidence).toContain(`at byte ${head.length}: 5 bytes: 68 65 6c 6c 6f`);
    expect(findings[0]!.location).toEqual({ part: 'extra', offset: head.length });
  });

  it('stays quiet on HEAD with Content-Length: 1234 and no body', () => {
    const ex = exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1234\r\n\r\n' });
    expect(findingsOf('framing/body-on-head', ex)).toEqual([]);
  });

  it('stays quiet on the same bytes answering GET (that is a body, not extra)', () => {
    const ex = exchangeOf({ method: 'GET', response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' });
    expect(findingsOf('framing/body-on-head', ex)).toEqual([]);
  });

  it('leaves a 204 to HEAD with extra bytes to framing/body-on-204', () => {
    const ex = exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 204 No Content\r\n\r\nhello' });
    expect(findingsOf('framing/body-on-head', ex)).toEqual([]);
    expect(findingsOf('framing/body-on-204', ex)).toHaveLength(1);
  });
});
