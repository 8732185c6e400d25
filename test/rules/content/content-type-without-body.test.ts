import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/content-type-without-body';

describe(ID, () => {
  it('fires on a 204 carrying Content-Type, naming the header', () => {
    const response = 'HTTP/1.1 204 No Content\r\nContent-Type: application/json\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ method: 'DELETE', response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.evidence).toBe(`Content-Type: application/json at byte ${response.indexOf('Content-Type')}`);
    expect(findings[0]!.location).toEqual({ part: 'header', offset: response.indexOf('Content-Type'), header: 'Content-Type' });
  });

  it('fires on a 205 carrying Content-Type', () => {
    const findings = findingsOf(ID, exchangeOf({ method: 'POST', response: 'HTTP/1.1 205 Reset Content\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 0\r\n\r\n' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('205');
  });

  it('stays quiet on a 204 without Content-Type and on a 200 with one', () => {
    expect(findingsOf(ID, exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}' }))).toEqual([]);
  });
});
