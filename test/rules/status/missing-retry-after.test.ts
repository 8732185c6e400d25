import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/missing-retry-after';

describe(ID, () => {
  it('fires on a 429 and on a 503 without Retry-After', () => {
    for (const line of ['HTTP/1.1 429 Too Many Requests', 'HTTP/1.1 503 Service Unavailable']) {
      const findings = findingsOf(ID, exchangeOf({ response: `${line}\r\nContent-Length: 0\r\n\r\n` }));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('info');
      expect(findings[0]!.evidence).toContain(`"${line}" at byte 0`);
    }
  });

  it('stays quiet with Retry-After, and on a 500 without it', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
