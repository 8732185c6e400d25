import { describe, expect, it } from 'vitest';
import { parseSfDictionary } from '../../src/http/sfDictionary';

const members = (v: string) => {
  const r = parseSfDictionary(v);
  if (!r.ok) throw new Error(r.reason);
  return r.members.map(([k, m]) => [k, 'item' in m ? m.item : 'inner-list']);
};
const failure = (v: string) => {
  const r = parseSfDictionary(v);
  return r.ok ? 'ok' : r.reason;
};

describe('parseSfDictionary', () => {
  it('reads booleans, integers, decimals, strings, tokens and byte sequences', () => {
    expect(members('max-age=60, no-store, private="set-cookie", a=1.5, t=foo/bar, b=:aGk=:, f=?0')).toEqual([
      ['max-age', { type: 'integer', value: 60 }],
      ['no-store', { type: 'boolean', value: true }],
      ['private', { type: 'string', value: 'set-cookie' }],
      ['a', { type: 'decimal', value: 1.5 }],
      ['t', { type: 'token', value: 'foo/bar' }],
      ['b', { type: 'byte-sequence', value: 'aGk=' }],
      ['f', { type: 'boolean', value: false }],
    ]);
  });

  it('reads parameters, inner lists, dates and display strings', () => {
    expect(members('a;x=1;y, b=(1 2);z, c=@1659578233, d=%"caf%c3%a9"').map(([k]) => k)).toEqual(['a', 'b', 'c', 'd']);
    expect(members('')).toEqual([]);
    expect(members('  max-age=60  ')).toEqual([['max-age', { type: 'integer', value: 60 }]]);
  });

  it('fails the whole field on Cache-Control habits it does not allow', () => {
    expect(failure('Max-Age=60')).toContain('keys must be lowercase');
    expect(failure('max-age = 60')).toContain('whitespace before "="');
    expect(failure('max-age= 60')).toContain('whitespace after "max-age="');
    expect(failure('a=1 b=2')).toContain('expected ","');
    expect(failure('max-age=60,')).toContain('trailing ","');
    expect(failure('max-age=60;, public')).toContain('a key must start');
    expect(failure('no-cache="unterminated')).toContain('not terminated');
    expect(failure('a=1234567890123456')).toContain('more than 15 digits');
    expect(failure('a=1.2345')).toContain('1 to 3 fractional digits');
    expect(failure('a=-')).toContain('followed by a digit');
    expect(failure('a=?2')).toContain('?0 or ?1');
    expect(failure('a="\\n"')).toContain('may be escaped');
    expect(failure('a=(1 2')).toContain('not closed');
    expect(failure('a=<x>')).toContain('cannot start a value');
  });

  it('never throws on garbage', () => {
    for (const v of ['\x00', '=', ',', ';', '("', 'a=:', 'a=@', 'a=%', '"'.repeat(1000)]) {
      expect(() => parseSfDictionary(v)).not.toThrow();
    }
  });
});

describe('parseSfDictionary on long values', () => {
  it('stays linear: a 64 KiB dictionary of numbers parses quickly', () => {
    const value = Array.from({ length: 8000 }, (_, i) => `k${i}=${i}`).join(', ');
    const start = performance.now();
    const r = parseSfDictionary(value);
    expect(r.ok && r.members.length).toBe(8000);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
