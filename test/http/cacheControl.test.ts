import { describe, expect, it } from 'vitest';
import { cacheControlOf, deltaSecondsOf, parseCacheControl } from '../../src/http/cacheControl';

const names = (v: string) => parseCacheControl(v).directives.map((d) => d.name);
const reasons = (v: string) => parseCacheControl(v).issues.map((i) => i.reason);

describe('parseCacheControl', () => {
  it('parses a list of directives, case-insensitively, with token and quoted arguments', () => {
    const r = parseCacheControl('Public, MAX-AGE=60, no-cache="Set-Cookie, Authorization", ext="a,b"');
    expect(r.issues).toEqual([]);
    expect(r.directives.map((d) => [d.name, d.argument, d.quoted])).toEqual([
      ['public', undefined, false],
      ['max-age', '60', false],
      ['no-cache', 'Set-Cookie, Authorization', true],
      ['ext', 'a,b', true],
    ]);
    expect(deltaSecondsOf(r.directives[1]!)).toBe(60);
  });

  it('ignores empty list elements and OWS', () => {
    expect(names(' no-cache ,, \tno-store, ')).toEqual(['no-cache', 'no-store']);
    expect(reasons('no-cache, , no-store')).toEqual([]);
  });

  it('accepts unknown extension directives', () => {
    expect(reasons('community="UCI", foo, bar=baz')).toEqual([]);
  });

  it('rejects non-numeric, quoted and empty delta-seconds', () => {
    expect(reasons('max-age=ten')).toEqual(['max-age=ten is not a number of seconds (delta-seconds: digits only)']);
    expect(reasons('max-age="60"')).toEqual(['max-age="60" is quoted; delta-seconds must be sent in token form (max-age=60)']);
    expect(reasons('max-age=')).toEqual(['max-age has "=" but no argument']);
    expect(reasons('s-maxage=-1')).toHaveLength(1);
    expect(reasons('max-age=1.5')).toHaveLength(1);
    expect(reasons('stale-while-revalidate=abc')).toHaveLength(1);
    expect(deltaSecondsOf(parseCacheControl('max-age="60"').directives[0]!)).toBeUndefined();
  });

  it('requires an argument where the directive needs one, and none where it takes none', () => {
    expect(reasons('max-age')).toEqual(['max-age requires a number of seconds (e.g. max-age=60)']);
    expect(reasons('max-stale')).toEqual([]);
    expect(reasons('no-store=1')).toEqual(['no-store takes no argument']);
    expect(reasons('private="Set Cookie"')).toEqual(['the argument of private must be a list of field names; "Set Cookie" is not one']);
  });

  it('explains semicolons used as separators', () => {
    expect(reasons('max-age=60;')).toEqual(['max-age=60;: directives are separated by commas, not semicolons']);
    expect(reasons('public; max-age=60')[0]).toContain('separated by commas, not semicolons');
    expect(parseCacheControl('public; max-age=60').issues[0]!.directive).toBe('public');
  });

  it('rejects whitespace around "=" and inside names', () => {
    const r = parseCacheControl('max-age = 60');
    expect(r.issues.map((i) => i.reason)).toEqual(['whitespace around "=" is not allowed in a cache directive (write max-age=60)']);
    expect(r.directives[0]!.argument).toBe('60');
    expect(reasons('no cache')[0]).toContain('cannot contain whitespace');
    expect(reasons('=60')[0]).toContain('no directive name');
  });

  it('reports an unterminated quoted string', () => {
    expect(reasons('no-cache="Set-Cookie, max-age=5')).toEqual(['a quoted string is not terminated']);
  });

  it('never throws on garbage', () => {
    expect(() => parseCacheControl('\x00"\\",,=;;"'.repeat(1000))).not.toThrow();
  });

  it('combines several field lines, keeping the line of each directive', () => {
    const lines = [
      { name: 'Cache-Control', value: 'public', raw: 'Cache-Control: public', offset: 10 },
      { name: 'ETag', value: '"x"', raw: 'ETag: "x"', offset: 33 },
      { name: 'cache-control', value: 'max-age=ten', raw: 'cache-control: max-age=ten', offset: 44 },
    ];
    const r = cacheControlOf(lines);
    expect(r.present).toBe(true);
    expect(r.directives.map((d) => [d.name, d.header.offset])).toEqual([['public', 10], ['max-age', 44]]);
    expect(r.issues.map((i) => i.header.offset)).toEqual([44]);
    expect(cacheControlOf([]).present).toBe(false);
  });
});
