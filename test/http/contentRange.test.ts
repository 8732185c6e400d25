import { describe, expect, it } from 'vitest';
import { parseContentRange } from '../../src/http/contentRange';

const reason = (v: string) => {
  const r = parseContentRange(v);
  return r.ok ? 'ok' : r.reason;
};

describe('parseContentRange', () => {
  it('parses a satisfied range with a known or unknown complete length', () => {
    expect(parseContentRange('bytes 0-499/1234')).toEqual({ ok: true, range: { kind: 'range', unit: 'bytes', first: 0n, last: 499n, completeLength: 1234n } });
    expect(parseContentRange('bytes 42-1233/*')).toEqual({ ok: true, range: { kind: 'range', unit: 'bytes', first: 42n, last: 1233n } });
    expect(parseContentRange('bytes 0-0/1')).toMatchObject({ ok: true });
  });

  it('parses the unsatisfied form and custom units', () => {
    expect(parseContentRange('bytes */1234')).toEqual({ ok: true, range: { kind: 'unsatisfied', unit: 'bytes', completeLength: 1234n } });
    expect(parseContentRange('items 0-9/100')).toMatchObject({ ok: true, range: { unit: 'items' } });
  });

  it('compares positions beyond 2^53 exactly', () => {
    expect(reason('bytes 0-9007199254740993/9007199254740994')).toBe('ok');
    expect(reason('bytes 0-9007199254740993/9007199254740993')).toContain('not inside the complete length');
  });

  it('says why a value is invalid', () => {
    expect(reason('')).toBe('the value is empty');
    expect(reason('0-499/1234')).toContain('range unit is missing');
    expect(reason('bytes=0-499/1234')).toContain('is the Range request syntax');
    expect(reason('bytes  0-499/1234')).toContain('exactly one space');
    expect(reason('bytes 0-499')).toContain('has no "/"');
    expect(reason('bytes -499/1234')).toContain('first position is missing');
    expect(reason('bytes 500-/1234')).toContain('last position is missing');
    expect(reason('bytes 0x1-499/1234')).toContain('first position "0x1"');
    expect(reason('bytes 0-4a/1234')).toContain('last position "4a"');
    expect(reason('bytes 500-499/1234')).toBe('the last position 499 is before the first position 500');
    expect(reason('bytes 0-1234/1234')).toContain('not inside the complete length 1234');
    expect(reason('bytes 0-4/-1')).toContain('neither a non-negative integer nor "*"');
    expect(reason('bytes */*')).toContain('needs the complete length');
    expect(reason('bytes */abc')).toContain('not a non-negative integer');
    expect(reason('by(tes 0-1/2')).toContain('not a token');
    expect(reason('bytes 0499/1234')).toContain('not a first-last byte range');
  });

  it('never throws on garbage', () => {
    for (const v of ['\x00', '/', '-', ' ', 'bytes ', 'bytes /', 'bytes -/', '*/*', 'a'.repeat(10000)]) {
      expect(() => parseContentRange(v)).not.toThrow();
      expect(parseContentRange(v).ok).toBe(false);
    }
  });
});
