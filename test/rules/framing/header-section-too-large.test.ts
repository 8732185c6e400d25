import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/header-section-too-large', () => {
  it('fires when the head exceeds the limit', () => {
    const bytes = `HTTP/1.1 200 OK\r\nX-Filler: ${'a'.repeat(70_000)}\r\nContent-Length: 0\r\n\r\n`;
    const ex = exchangeOf({ response: bytes });
    const findings = findingsOf('framing/header-section-too-large', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('65536-byte limit');
    expect(findings[0]!.evidence).toBe(`the head starting at byte 0 did not end within the limit (${bytes.length} bytes received in all)`);
  });

  it('stays quiet on a large head just within the limit', () => {
    const ex = exchangeOf({ response: `HTTP/1.1 200 OK\r\nX-Filler: ${'a'.repeat(60_000)}\r\nContent-Length: 0\r\n\r\n` });
    expect(findingsOf('framing/header-section-too-large', ex)).toEqual([]);
  });
});
