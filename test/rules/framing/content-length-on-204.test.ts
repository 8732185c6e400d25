import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/content-length-on-204', () => {
  it('fires as an error on a 204 with a non-zero Content-Length, naming the header', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nDate: x\r\nContent-Length: 5\r\n\r\n' });
    const findings = findingsOf('framing/content-length-on-204', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toBe('Content-Length: 5 at byte 34');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 34, header: 'Content-Length' });
  });

  it('is only a warning for Content-Length: 0', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n' });
    const findings = findingsOf('framing/content-length-on-204', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.evidence).toBe('content-length: 0 at byte 25');
  });

  it('stays quiet on a 204 without Content-Length and on a 200 with Content-Length: 0', () => {
    expect(findingsOf('framing/content-length-on-204', exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/content-length-on-204', exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
