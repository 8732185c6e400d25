import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/no-validator';
const ok = (headers: string, method = 'GET') =>
  exchangeOf({ method, response: `HTTP/1.1 200 OK\r\n${headers}Content-Length: 2\r\n\r\n{}` });

describe(ID, () => {
  it('fires on a cacheable 200 to GET without ETag or Last-Modified', () => {
    const findings = findingsOf(ID, ok('Cache-Control: max-age=60\r\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.evidence).toBe('status line "HTTP/1.1 200 OK" at byte 0; no ETag or Last-Modified header');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on private and no-cache responses too (browser caches store and revalidate them)', () => {
    expect(findingsOf(ID, ok('Cache-Control: private, max-age=60\r\n'))).toHaveLength(1);
    expect(findingsOf(ID, ok('Cache-Control: no-cache\r\n'))).toHaveLength(1);
  });

  it('stays quiet with a validator', () => {
    expect(findingsOf(ID, ok('Cache-Control: max-age=60\r\nETag: "v1"\r\n'))).toEqual([]);
    expect(findingsOf(ID, ok('Cache-Control: max-age=60\r\nLast-Modified: Sun, 06 Nov 1994 08:49:37 GMT\r\n'))).toEqual([]);
  });

  it('stays quiet with no-store, and on other methods', () => {
    expect(findingsOf(ID, ok('Cache-Control: no-store\r\n'))).toEqual([]);
    expect(findingsOf(ID, ok('Cache-Control: private, no-store, max-age=0\r\n'))).toEqual([]);
    expect(findingsOf(ID, ok('Cache-Control: max-age=60\r\n', 'POST'))).toEqual([]);
  });
});
