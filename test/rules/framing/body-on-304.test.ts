import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/body-on-304', () => {
  it('fires when bytes follow the header block of a 304, naming them', () => {
    const head = 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 5\r\n\r\n';
    const ex = exchangeOf({ requestHeaders: [['If-None-Match', '"v1"']], response: `${head}hello` });
    const findings = findingsOf('framing/body-on-304', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('5 bytes');
    expect(findings[0]!.evidence).toBe(`at byte ${head.length}: 5 bytes: 68 65 6c 6c 6f ("hello")`);
    expect(findings[0]!.location).toEqual({ part: 'extra', offset: head.length });
  });

  it('stays quiet on a 304 with ETag and Content-Length of the cached representation but no body', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 1234\r\n\r\n' });
    expect(findingsOf('framing/body-on-304', ex)).toEqual([]);
  });

  it('is not about 204 or 200 responses', () => {
    expect(findingsOf('framing/body-on-304', exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi' }))).toEqual([]);
  });
});
