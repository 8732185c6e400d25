import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/delete-200-empty';

describe(ID, () => {
  it('fires on a 200 to DELETE with Content-Length: 0', () => {
    const response = 'HTTP/1.1 200 OK\r\nDate: x\r\nContent-Length: 0\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ method: 'DELETE', response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.evidence).toBe(`status line "HTTP/1.1 200 OK" at byte 0; 0 bytes of content (Content-Length: 0 at byte ${response.indexOf('Content-Length')})`);
  });

  it('fires on an empty chunked body too (what was received counts)', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' });
    expect(findingsOf(ID, ex)).toHaveLength(1);
  });

  it('stays quiet on a 204 to DELETE and a 200 to DELETE with a JSON body', () => {
    expect(findingsOf(ID, exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n' }))).toEqual([]);
    const json = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{"deleted":42}' });
    expect(findingsOf(ID, json)).toEqual([]);
  });

  it('stays quiet on a truncated body (declared length, nothing received) and on a 200 to GET', () => {
    expect(findingsOf(ID, exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ method: 'GET', response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
