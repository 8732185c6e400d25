import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/426-without-upgrade';

describe(ID, () => {
  it('fires on a 426 without Upgrade', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 426 Upgrade Required\r\nConnection: close\r\nContent-Length: 0\r\n\r\n' });
    const findings = findingsOf(ID, ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toContain('"HTTP/1.1 426 Upgrade Required" at byte 0');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('stays quiet on a 426 naming the protocol', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 426 Upgrade Required\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf(ID, ex)).toEqual([]);
  });
});
