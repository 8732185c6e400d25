import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/update-200-empty';

describe(ID, () => {
  it('fires on a 200 with an empty body to PUT, PATCH and POST', () => {
    for (const method of ['PUT', 'PATCH', 'POST']) {
      const findings = findingsOf(ID, exchangeOf({ method, requestBody: '{}', response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('info');
      expect(findings[0]!.message).toContain(`${method} answered 200`);
      expect(findings[0]!.evidence).toContain('Content-Length: 0 at byte 17');
    }
  });

  it('stays quiet on a 204 to PUT, a 200 to PATCH with the updated JSON, and DELETE (another rule)', () => {
    expect(findingsOf(ID, exchangeOf({ method: 'PUT', response: 'HTTP/1.1 204 No Content\r\n\r\n' }))).toEqual([]);
    const json = exchangeOf({ method: 'PATCH', response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{"id":1}' });
    expect(findingsOf(ID, json)).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
