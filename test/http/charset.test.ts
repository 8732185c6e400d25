import { describe, expect, it } from 'vitest';
import { bomEncoding, decodeStrict, firstInvalidUtf8 } from '../../src/http/charset';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeStrict', () => {
  it('decodes valid text in the labelled encoding (WHATWG labels, any case)', () => {
    expect(decodeStrict(Buffer.from('résumé', 'utf8'), 'UTF-8')).toEqual({ ok: true, encoding: 'utf-8', text: 'résumé' });
    expect(decodeStrict(bytes([0x82, 0xa0]), 'Shift_JIS')).toMatchObject({ ok: true, encoding: 'shift_jis', text: 'あ' });
    expect(decodeStrict(bytes('caf', [0xe9]), 'iso-8859-1')).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'café' });
  });

  it('names the first byte that does not decode, at the start of its sequence', () => {
    expect(decodeStrict(bytes('ab', [0xff], 'cd'), 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 2 });
    expect(decodeStrict(bytes('abc', [0xc3, 0x28], 'd'), 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 3 });
    expect(decodeStrict(bytes('caf', [0xe9], ' au lait'), 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 3 });
    // A sequence cut off by the end of the body.
    expect(decodeStrict(bytes('ok ', [0xe2, 0x82]), 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 3 });
    const long = Buffer.concat([Buffer.from('é'.repeat(5000), 'utf8'), bytes([0x80])]);
    expect(decodeStrict(long, 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 10000 });
    expect(decodeStrict(bytes([0x82, 0xa0, 0x82]), 'shift_jis')).toMatchObject({ ok: false, offset: 2 });
  });

  it('knows the WHATWG labels Node lacks: replacement, ISO-8859-16, x-user-defined', () => {
    expect(decodeStrict(bytes('x'), 'ISO-2022-KR')).toEqual({ ok: 'replacement', encoding: 'replacement' });
    expect(decodeStrict(bytes('x'), 'iso-8859-16')).toEqual({ ok: 'unsupported', encoding: 'iso-8859-16' });
    expect(decodeStrict(bytes([0xff]), 'x-user-defined')).toMatchObject({ ok: true });
  });

  it('says when a label is unknown', () => {
    expect(decodeStrict(bytes('x'), 'utf8mb4')).toEqual({ ok: 'unknown-label' });
    expect(decodeStrict(bytes('x'), '')).toEqual({ ok: 'unknown-label' });
  });
});

describe('firstInvalidUtf8 (agrees with TextDecoder fatal on every boundary case)', () => {
  const cases: number[][] = [
    [0x61], [0xc2, 0x80], [0xc1, 0xbf], [0xe0, 0xa0, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80],
    [0xef, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
    [0xf5, 0x80, 0x80, 0x80], [0x80], [0xe2, 0x82], [0xe2, 0x28, 0xa1], [0xff],
  ];
  it.each(cases.map((c) => [c.map((b) => b.toString(16)).join(' '), c] as const))('%s', (_name, c) => {
    const bytes = Uint8Array.from([0x61, ...c, 0x62]);
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      valid = false;
    }
    expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid);
    if (!valid) expect(firstInvalidUtf8(bytes)).toBe(1);
  });

  it('is linear: a bad byte after 10 MiB of UTF-8 is found quickly', () => {
    const big = Buffer.concat([Buffer.from('é'.repeat(5 * 1024 * 1024), 'utf8'), Buffer.from([0xff])]);
    const started = performance.now();
    expect(decodeStrict(big, 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 10 * 1024 * 1024 });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('bomEncoding', () => {
  it('finds UTF-8 and UTF-16 byte order marks only', () => {
    expect(bomEncoding(bytes([0xef, 0xbb, 0xbf], 'x'))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(bomEncoding(bytes([0xfe, 0xff]))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(bomEncoding(bytes([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(bomEncoding(bytes('{}'))).toBeUndefined();
  });
});
