import { describe, expect, it } from 'vitest';
import { parseEntityTag, parseEntityTagList, strongMatch, weakMatch } from '../../src/http/entityTag';

describe('parseEntityTag', () => {
  it('parses strong and weak tags', () => {
    expect(parseEntityTag('"xyzzy"')).toEqual({ ok: true, tag: { weak: false, opaque: 'xyzzy', text: '"xyzzy"' } });
    expect(parseEntityTag('W/"xyzzy"')).toEqual({ ok: true, tag: { weak: true, opaque: 'xyzzy', text: 'W/"xyzzy"' } });
    expect(parseEntityTag('""')).toMatchObject({ ok: true, tag: { opaque: '' } });
    expect(parseEntityTag('"a,b/c=d"').ok).toBe(true);
    expect(parseEntityTag('"caf\xe9"').ok).toBe(true); // obs-text
  });

  it('rejects unquoted tags', () => {
    expect(parseEntityTag('abc')).toMatchObject({ ok: false, reason: expect.stringContaining('not enclosed in double quotes') });
    expect(parseEntityTag('W/abc')).toMatchObject({ ok: false, reason: expect.stringContaining('after W/') });
    expect(parseEntityTag("'abc'").ok).toBe(false);
  });

  it('rejects a lower-case weak prefix', () => {
    expect(parseEntityTag('w/"abc"')).toMatchObject({ ok: false, reason: expect.stringContaining('case-sensitive') });
  });

  it('rejects spaces, quotes and controls inside, and junk around', () => {
    expect(parseEntityTag('"a b"')).toMatchObject({ ok: false, reason: expect.stringContaining('a space') });
    expect(parseEntityTag('"a\x01b"')).toMatchObject({ ok: false, reason: expect.stringContaining('0x01') });
    expect(parseEntityTag('"abc')).toMatchObject({ ok: false, reason: 'the closing double quote is missing' });
    expect(parseEntityTag('"ab"c"').ok).toBe(false);
    expect(parseEntityTag('"a", "b"')).toMatchObject({ ok: false, reason: expect.stringContaining('list') });
    expect(parseEntityTag('W/ "a"').ok).toBe(false);
    expect(parseEntityTag('').ok).toBe(false);
  });
});

describe('parseEntityTagList', () => {
  it('parses * and lists', () => {
    expect(parseEntityTagList('*')).toBe('*');
    const list = parseEntityTagList('"a", W/"b" ,"c,d"');
    expect(Array.isArray(list) && list.map((t) => t.opaque)).toEqual(['a', 'b', 'c,d']);
    expect(parseEntityTagList('"a", b')).toBeUndefined();
  });

  it('compares strongly and weakly', () => {
    const a = { weak: false, opaque: '1', text: '"1"' };
    const w = { weak: true, opaque: '1', text: 'W/"1"' };
    expect(strongMatch(a, a)).toBe(true);
    expect(strongMatch(a, w)).toBe(false);
    expect(weakMatch(a, w)).toBe(true);
  });
});
