import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/missing-cache-control';
const DATE = 'Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n';

describe(ID, () => {
  it('fires on a 200 to GET with neither Cache-Control nor Expires', () => {
    const ex = exchangeOf({ response: `HTTP/1.1 200 OK\r\n${DATE}ETag: "v1"\r\nContent-Length: 0\r\n\r\n` });
    const findings = findingsOf(ID, ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('neither Cache-Control nor Expires');
    expect(findings[0]!.evidence).toBe('status line "HTTP/1.1 200 OK" at byte 0; no Cache-Control or Expires header');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on other heuristically cacheable codes, and on HEAD', () => {
    for (const status of [301, 404, 410, 501]) {
      const ex = exchangeOf({ method: 'HEAD', response: `HTTP/1.1 ${status} X\r\n${DATE}Content-Length: 0\r\n\r\n` });
      expect(findingsOf(ID, ex), String(status)).toHaveLength(1);
    }
  });

  it('stays quiet when Cache-Control or Expires is present', () => {
    const cc = exchangeOf({ response: `HTTP/1.1 200 OK\r\n${DATE}Cache-Control: max-age=60\r\nContent-Length: 0\r\n\r\n` });
    expect(findingsOf(ID, cc)).toEqual([]);
    const expires = exchangeOf({ response: `HTTP/1.1 200 OK\r\n${DATE}Expires: Sun, 06 Nov 1994 09:49:37 GMT\r\nContent-Length: 0\r\n\r\n` });
    expect(findingsOf(ID, expires)).toEqual([]);
  });

  it('stays quiet on codes that are not heuristically cacheable and on unsafe methods', () => {
    const found = exchangeOf({ response: `HTTP/1.1 302 Found\r\n${DATE}Location: /x\r\nContent-Length: 0\r\n\r\n` });
    expect(findingsOf(ID, found)).toEqual([]);
    const post = exchangeOf({ method: 'POST', response: `HTTP/1.1 200 OK\r\n${DATE}Content-Length: 0\r\n\r\n` });
    expect(findingsOf(ID, post)).toEqual([]);
  });
});
