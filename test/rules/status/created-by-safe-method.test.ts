import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/created-by-safe-method';

describe(ID, () => {
  it('fires on a 201 to GET, HEAD or OPTIONS', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      const ex = exchangeOf({ method, url: 'http://127.0.0.1:8080/things?make=1', response: 'HTTP/1.1 201 Created\r\nLocation: /things/1\r\nContent-Length: 0\r\n\r\n' });
      const findings = findingsOf(ID, ex);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.evidence).toBe(`request "${method} /things?make=1"; status line "HTTP/1.1 201 Created" at byte 0`);
    }
  });

  it('stays quiet on a 201 to POST and a 200 to GET', () => {
    expect(findingsOf(ID, exchangeOf({ method: 'POST', response: 'HTTP/1.1 201 Created\r\nLocation: /things/1\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ method: 'GET', response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
