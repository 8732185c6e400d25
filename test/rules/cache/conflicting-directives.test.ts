import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/conflicting-directives';
const withCc = (...lines: string[]) =>
  exchangeOf({ response: `HTTP/1.1 200 OK\r\n${lines.map((l) => `Cache-Control: ${l}\r\n`).join('')}Content-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires on no-store with a positive max-age, naming both directives and the line', () => {
    const findings = findingsOf(ID, withCc('no-store, max-age=3600'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('no-store conflicts with max-age=3600');
    expect(findings[0]!.evidence).toBe('no-store and max-age=3600 in Cache-Control: no-store, max-age=3600 at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Cache-Control' });
  });

  it('fires on public with private across two lines, naming both lines', () => {
    const findings = findingsOf(ID, withCc('public', 'private'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('public conflicts with private');
    expect(findings[0]!.evidence).toBe('public and private in Cache-Control: public at byte 17; Cache-Control: private at byte 40');
  });

  it('fires on no-cache with immutable, no-store with public/immutable, private with s-maxage', () => {
    expect(findingsOf(ID, withCc('no-cache, immutable'))).toHaveLength(1);
    expect(findingsOf(ID, withCc('no-store, public, immutable'))).toHaveLength(2);
    expect(findingsOf(ID, withCc('private, s-maxage=60'))[0]!.message).toContain('private conflicts with s-maxage=60');
  });

  it('fires on a directive repeated with different values', () => {
    const findings = findingsOf(ID, withCc('max-age=60, max-age=120'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('max-age=60 conflicts with max-age=120');
  });

  it('stays quiet on common redundant-but-consistent combinations', () => {
    for (const cc of [
      'no-cache, no-store, max-age=0, must-revalidate',
      'no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
      'private, no-store',
      'public, max-age=31536000, immutable',
      'private, max-age=0, no-cache',
      'public, private="Set-Cookie", max-age=60',
      'max-age=60, max-age=60',
      // A repeated extension directive (httplint fixture): caches ignore unknown directives, so nothing conflicts.
      'foo=1, foo=2',
      'max-age=60, community="UCI", community="ICU"',
    ]) {
      expect(findingsOf(ID, withCc(cc)), cc).toEqual([]);
    }
  });
});
