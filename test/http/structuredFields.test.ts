import { describe, expect, it } from 'vitest';
import { combineFieldLines, parseDictionary, parseItem, parseList, type Item, type Member } from '../../src/http/structuredFields';

function item(text: string): Item {
  const r = parseItem(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason} at ${r.offset}`);
  return r.value;
}

function failure(r: { ok: boolean; reason?: string; offset?: number }): { reason: string; offset: number } {
  expect(r.ok).toBe(false);
  return { reason: r.reason!, offset: r.offset! };
}

const bare = (text: string) => item(text).bare;

describe('items (RFC 9651 §3.3)', () => {
  it('integers, with sign and up to 15 digits', () => {
    expect(bare('42')).toEqual({ type: 'integer', value: 42 });
    expect(bare('-42')).toEqual({ type: 'integer', value: -42 });
    expect(bare('0042')).toEqual({ type: 'integer', value: 42 });
    expect(bare('999999999999999')).toEqual({ type: 'integer', value: 999999999999999 });
    expect(bare('-999999999999999')).toEqual({ type: 'integer', value: -999999999999999 });
    expect(failure(parseItem('1000000000000000')).reason).toContain('more than 15 digits');
    expect(failure(parseItem('-')).reason).toContain('digit');
    expect(failure(parseItem('- 1')).offset).toBe(1);
  });

  it('decimals: at most 12 integer and 3 fractional digits, no trailing "."', () => {
    expect(bare('4.5')).toEqual({ type: 'decimal', value: 4.5 });
    expect(bare('-0.001')).toEqual({ type: 'decimal', value: -0.001 });
    expect(bare('123456789012.123')).toEqual({ type: 'decimal', value: 123456789012.123 });
    expect(failure(parseItem('1234567890123.0')).reason).toContain('12 digits');
    expect(failure(parseItem('1.1234')).reason).toContain('3 fractional');
    expect(failure(parseItem('1.')).reason).toContain('ends with "."');
    expect(failure(parseItem('1.2.3')).reason).toContain('after the value');
  });

  it('strings: printable ASCII, only \\" and \\\\ escapes', () => {
    expect(bare('"hello world"')).toEqual({ type: 'string', value: 'hello world' });
    expect(bare('"a \\"quoted\\" \\\\ b"')).toEqual({ type: 'string', value: 'a "quoted" \\ b' });
    expect(bare('""')).toEqual({ type: 'string', value: '' });
    expect(failure(parseItem('"abc'))).toEqual({ reason: 'a string is not closed with \'"\'', offset: 0 });
    expect(failure(parseItem('"a\\nb"'))).toMatchObject({ offset: 2 });
    expect(failure(parseItem('"a\tb"')).offset).toBe(2);
    expect(failure(parseItem('"é"')).reason).toContain('not visible ASCII');
  });

  it('tokens: start with a letter or "*", may hold ":" and "/"', () => {
    expect(bare('foo123/456')).toEqual({ type: 'token', value: 'foo123/456' });
    expect(bare('*foo')).toEqual({ type: 'token', value: '*foo' });
    expect(bare('text/html:x')).toEqual({ type: 'token', value: 'text/html:x' });
    expect(bare('FooBar')).toEqual({ type: 'token', value: 'FooBar' });
    expect(failure(parseItem('_foo')).offset).toBe(0);
    expect(failure(parseItem("'self'")).reason).toContain('cannot start an item');
  });

  it('byte sequences: base64 between colons; missing padding is accepted', () => {
    const b = bare(':cHJldGVuZCB0aGlzIGlzIGJpbmFyeSBjb250ZW50Lg==:');
    expect(b.type).toBe('binary');
    expect(Buffer.from((b as { value: Uint8Array }).value).toString()).toBe('pretend this is binary content.');
    expect(Buffer.from((bare(':aGk:') as { value: Uint8Array }).value).toString()).toBe('hi');
    expect(bare('::')).toEqual({ type: 'binary', value: new Uint8Array() });
    expect(failure(parseItem(':aGk'))).toMatchObject({ offset: 0, reason: expect.stringContaining('not closed') });
    expect(failure(parseItem(':a*b:')).offset).toBe(2);
    expect(failure(parseItem(':a=GVsbG8=:'))).toMatchObject({ offset: 2, reason: expect.stringContaining('padding inside') });
    expect(failure(parseItem(':=aGVsbG8=:')).offset).toBe(1);
  });

  it('booleans are ?1 and ?0 only', () => {
    expect(bare('?1')).toEqual({ type: 'boolean', value: true });
    expect(bare('?0')).toEqual({ type: 'boolean', value: false });
    expect(failure(parseItem('?2')).offset).toBe(1);
    expect(failure(parseItem('?')).reason).toContain('?0 or ?1');
    expect(bare('true')).toEqual({ type: 'token', value: 'true' }); // a token, not a boolean
  });

  it('dates are "@" and an integer (RFC 9651 §3.3.7)', () => {
    expect(bare('@1659578233')).toEqual({ type: 'date', value: 1659578233 });
    expect(bare('@-1')).toEqual({ type: 'date', value: -1 });
    expect(failure(parseItem('@1.5')).reason).toContain('not a decimal');
    expect(failure(parseItem('@')).reason).toContain('digit');
  });

  it('display strings: %-escaped lowercase hex UTF-8', () => {
    expect(bare('%"This is intended for display to %c3%bcsers."')).toEqual({ type: 'displaystring', value: 'This is intended for display to üsers.' });
    expect(failure(parseItem('%"%C3%BC"')).reason).toContain('lowercase hex');
    expect(failure(parseItem('%"%c3"')).reason).toContain('UTF-8');
    expect(failure(parseItem('%abc')).reason).toContain('%"');
    expect(failure(parseItem('%"abc')).reason).toContain('not closed');
  });

  it('parameters: lowercase keys, value true when absent, last value wins', () => {
    const it1 = item('abc;a=1;b=2;cde_456');
    expect([...it1.params]).toEqual([
      ['a', { type: 'integer', value: 1 }],
      ['b', { type: 'integer', value: 2 }],
      ['cde_456', { type: 'boolean', value: true }],
    ]);
    expect(item('1; a=1').params.get('a')).toEqual({ type: 'integer', value: 1 });
    expect([...item('x;a=1;b;a=3').params]).toEqual([
      ['a', { type: 'integer', value: 3 }],
      ['b', { type: 'boolean', value: true }],
    ]);
    expect(failure(parseItem('x;A=1')).reason).toContain('lowercase');
    expect(failure(parseItem('x ;a=1')).reason).toContain('after the value');
    expect(failure(parseItem('x;')).reason).toContain('key is missing');
  });

  it('whole-value rules: leading/trailing spaces only, no empty item, no tabs around an item', () => {
    expect(bare('  42  ')).toEqual({ type: 'integer', value: 42 });
    expect(failure(parseItem('')).reason).toContain('missing');
    expect(failure(parseItem('\t42')).offset).toBe(0);
    expect(failure(parseItem('42, 43'))).toMatchObject({ offset: 2 });
  });
});

describe('lists (RFC 9651 §3.1)', () => {
  const values = (members: Member[]) => members.map((m) => (m.kind === 'item' ? m.bare.value : m.items.map((i) => i.bare.value)));

  it('items and inner lists, with parameters', () => {
    const r = parseList('sugar, tea, rum');
    expect(r.ok && values(r.value)).toEqual(['sugar', 'tea', 'rum']);
    const inner = parseList('("foo" "bar"), ("baz"), ("bat" "one"), ()');
    expect(inner.ok && values(inner.value)).toEqual([['foo', 'bar'], ['baz'], ['bat', 'one'], []]);
    const params = parseList('("foo"; a=1;b=2);lvl=5, ("bar" "baz");lvl=1');
    expect(params.ok).toBe(true);
    if (params.ok) {
      expect(params.value[0]!.params.get('lvl')).toEqual({ type: 'integer', value: 5 });
      expect((params.value[0] as { items: Item[] }).items[0]!.params.get('b')).toEqual({ type: 'integer', value: 2 });
    }
  });

  it('an empty value is an empty list; OWS (spaces and tabs) around commas', () => {
    expect(parseList('')).toEqual({ ok: true, value: [] });
    expect(parseList('   ')).toEqual({ ok: true, value: [] });
    const r = parseList('a,\tb ,c');
    expect(r.ok && values(r.value)).toEqual(['a', 'b', 'c']);
  });

  it('fails on trailing and doubled commas, missing commas and unclosed inner lists', () => {
    expect(failure(parseList('a, b,'))).toMatchObject({ reason: 'trailing "," with no member after it', offset: 5 });
    expect(failure(parseList('a,,b')).offset).toBe(2);
    expect(failure(parseList('a b')).reason).toContain('expected ","');
    expect(failure(parseList('("a" "b"'))).toMatchObject({ reason: 'inner list is not closed with ")"' });
    expect(failure(parseList('("a","b")')).reason).toContain('space or ")"');
    expect(failure(parseList('(a)b')).reason).toContain('expected ","');
  });

  it('combined field lines parse as one list', () => {
    const r = parseList(combineFieldLines(['a, b', 'c']));
    expect(r.ok && values(r.value)).toEqual(['a', 'b', 'c']);
  });
});

describe('dictionaries (RFC 9651 §3.2)', () => {
  it('members with values, bare keys meaning true, inner lists', () => {
    const r = parseDictionary('en="Applepie", da=:w4ZibGV0w6ZydGU=:');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.get('en')).toMatchObject({ kind: 'item', bare: { type: 'string', value: 'Applepie' } });
    const flags = parseDictionary('a=?0, b, c; foo=bar');
    expect(flags.ok && flags.value.get('b')).toMatchObject({ bare: { type: 'boolean', value: true } });
    expect(flags.ok && flags.value.get('c')!.params.get('foo')).toEqual({ type: 'token', value: 'bar' });
    const lists = parseDictionary('rating=1.5, feelings=(joy sadness)');
    expect(lists.ok && lists.value.get('feelings')).toMatchObject({ kind: 'inner-list' });
  });

  it('a repeated key keeps its first position and takes the last value', () => {
    const r = parseDictionary('a=1, b=2, a=3');
    expect(r.ok && [...r.value.keys()]).toEqual(['a', 'b']);
    expect(r.ok && r.value.get('a')).toMatchObject({ bare: { value: 3 } });
  });

  it('fails on uppercase keys, spaces around "=", and trailing commas', () => {
    expect(failure(parseDictionary('A=1'))).toMatchObject({ offset: 0, reason: expect.stringContaining('lowercase') });
    expect(failure(parseDictionary('a =1')).reason).toContain('expected ","');
    expect(failure(parseDictionary('a= 1')).reason).toContain('cannot start an item');
    expect(failure(parseDictionary('a=1,')).reason).toContain('trailing');
    expect(failure(parseDictionary("geolocation 'self'")).offset).toBe(12);
  });

  it('an empty value is an empty dictionary', () => {
    expect(parseDictionary('')).toEqual({ ok: true, value: new Map() });
  });
});

describe('hostile input', () => {
  it('never throws, and failure offsets point inside the text (random strings of structured-field characters)', () => {
    const alphabet = 'az09AZ-.*_:/?@%"\\=;,() \t\x01\xe9';
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 24);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const parse of [parseItem, parseList, parseDictionary]) {
        const r = parse(text);
        if (!r.ok) {
          expect(r.offset, text).toBeGreaterThanOrEqual(0);
          expect(r.offset, text).toBeLessThanOrEqual(text.length);
          expect(r.reason.length).toBeGreaterThan(5);
        }
      }
    }
  });

  it('a very long list parses in linear time', () => {
    const text = Array.from({ length: 20000 }, (_, i) => `k${i};q=0.5`).join(', ');
    const started = Date.now();
    const r = parseList(text);
    expect(r.ok && r.value.length).toBe(20000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
