import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/invalid-status-line', () => {
  it('fires on a status line without the space after the code', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf('framing/invalid-status-line', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('no space after the status code');
    expect(findings[0]!.evidence).toBe('"HTTP/1.1 200" at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on a status code outside 100–599', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 700 Odd\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf('framing/invalid-status-line', ex)).toHaveLength(1);
  });

  it('fires when the bytes are not HTTP at all, naming the first line', () => {
    const ex = exchangeOf({ response: 'SSH-2.0-OpenSSH_9.6\r\n' });
    expect(ex.response).toBeUndefined();
    const findings = findingsOf('framing/invalid-status-line', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('no HTTP response could be read');
    expect(findings[0]!.evidence).toBe('"SSH-2.0-OpenSSH_9.6" at byte 0');
  });

  it('stays quiet on a valid status line with an empty reason phrase', () => {
    expect(findingsOf('framing/invalid-status-line', exchangeOf({ response: 'HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/invalid-status-line', exchangeOf({ response: 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });

  it('rejects majors other than 1 (error) and warns on HTTP/1.2 and HTTP/0.9; HTTP/1.0 and 1.1 are quiet', () => {
    const severities = (version: string) =>
      findingsOf('framing/invalid-status-line', exchangeOf({ response: `HTTP/${version} 200 OK\r\nContent-Length: 0\r\n\r\n` })).map((f) => f.severity);
    expect(severities('5.7')).toEqual(['error']);
    expect(severities('2.0')).toEqual(['error']);
    expect(severities('1.2')).toEqual(['warning']);
    expect(severities('0.9')).toEqual(['warning']);
    expect(severities('1.1')).toEqual([]);
    expect(severities('1.0')).toEqual([]);
    const f = findingsOf('framing/invalid-status-line', exchangeOf({ response: 'HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n' }))[0]!;
    expect(f.message).toContain('processes it as HTTP/1.1');
    expect(f.evidence).toBe('"HTTP/1.2 200 OK" at byte 0');
  });
});
