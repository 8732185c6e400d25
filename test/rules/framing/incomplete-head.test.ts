import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/incomplete-head', () => {
  it('fires when the connection ends before the blank line', () => {
    const bytes = 'HTTP/1.1 200 OK\r\nDate: x\r\nContent-Type: text/plain\r\n';
    const ex = exchangeOf({ response: bytes });
    const findings = findingsOf('framing/incomplete-head', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain(`${bytes.length} bytes of head received, 2 header lines`);
    expect(findings[0]!.evidence).toBe(`HTTP/1.1 200 OK at byte 0; connection ended at byte ${bytes.length} without the blank line`);
    expect(findings[0]!.location).toEqual({ part: 'header', offset: bytes.length });
  });

  it('stays quiet on a complete head, even with an empty body', () => {
    expect(findingsOf('framing/incomplete-head', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
  });
});
