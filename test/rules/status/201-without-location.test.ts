import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/201-without-location';

describe(ID, () => {
  it('fires on a 201 to POST without Location', () => {
    const ex = exchangeOf({ method: 'POST', requestBody: '{}', response: 'HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf(ID, ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('201 response to POST');
    expect(findings[0]!.evidence).toContain('"HTTP/1.1 201 Created" at byte 0');
  });

  it('stays quiet on a 201 to PUT without Location (the target URI is the new resource)', () => {
    const ex = exchangeOf({ method: 'PUT', requestBody: '{}', response: 'HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ex)).toEqual([]);
  });

  it('stays quiet on a 201 to POST with Location', () => {
    const ex = exchangeOf({ method: 'POST', requestBody: '{}', response: 'HTTP/1.1 201 Created\r\nLocation: /orders/42\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ex)).toEqual([]);
  });
});
