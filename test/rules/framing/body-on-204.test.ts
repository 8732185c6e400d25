import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/body-on-204', () => {
  it('fires when bytes follow the header block of a 204, naming them', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nDate: x\r\n\r\nhello' });
    const findings = findingsOf('framing/body-on-204', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toContain('68 65 6c 6c 6f');
    expect(findings[0]!.location).toEqual({ part: 'extra', offset: 36 });
  });

  it('stays quiet on a 204 that ends at its header block', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n' });
    expect(findingsOf('framing/body-on-204', ex)).toEqual([]);
  });
});
