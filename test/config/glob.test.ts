import { describe, expect, it } from 'vitest';
import { globRegExp, urlMatches } from '../../src/config/glob';

describe('URL globs', () => {
  const cases: Array<[string, string, boolean]> = [
    ['https://api.example.com/v1/*', 'https://api.example.com/v1/users', true],
    ['https://api.example.com/v1/*', 'https://api.example.com/v1/users/7', false], // * stays in one segment
    ['https://api.example.com/v1/**', 'https://api.example.com/v1/users/7', true],
    ['https://api.example.com/v1/**', 'https://api.example.com/v1', true], // trailing /** matches the prefix itself
    ['https://api.example.com/v1/**', 'https://api.example.com/v10/users', false],
    ['https://*.example.com/**', 'https://cdn.example.com/a/b.png', true],
    ['https://*.example.com/**', 'https://example.com/a', false],
    ['https://*.example.com/**', 'https://evil.com/x.example.com/a', false], // * never crosses "/"
    ['**/health', 'http://10.0.0.1:8080/health', true],
    ['**/health', 'http://10.0.0.1:8080/health/deep', false],
    ['http://localhost:*/**', 'http://localhost:3000/api', true],
    ['https://api.example.com/search?q=*', 'https://api.example.com/search?q=cats', true],
    ['https://api.example.com/a.b', 'https://api.example.com/aXb', false], // "." is literal
    ['**', 'https://anything.test/at/all?x=1', true],
  ];
  for (const [glob, url, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${url}`, () => {
      expect(urlMatches(url, [glob])).toBe(expected);
    });
  }

  it('matches against the normalized URL (host case, default port, root slash)', () => {
    expect(urlMatches('HTTPS://API.Example.COM:443', ['https://api.example.com/'])).toBe(true);
  });

  it('matches when any of several globs matches', () => {
    expect(urlMatches('https://b.test/x', ['https://a.test/**', 'https://b.test/**'])).toBe(true);
    expect(urlMatches('https://c.test/x', ['https://a.test/**', 'https://b.test/**'])).toBe(false);
  });

  it('compiles regex metacharacters literally', () => {
    expect(globRegExp('https://h.test/(a)+[b]$').test('https://h.test/(a)+[b]$')).toBe(true);
    expect(globRegExp('https://h.test/(a)+').test('https://h.test/aa')).toBe(false);
  });
});
