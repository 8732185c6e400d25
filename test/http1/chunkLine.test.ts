// The chunk-size line grammar (RFC 9112 §7.1, §7.1.1), line by line: the size, the column of each problem,
// and whether framing survives it.
import { describe, expect, it } from 'vitest';
import { parseChunkLine } from '../../src/http1/chunkLine';

const problems = (line: string) => {
  const r = parseChunkLine(line);
  return r.kind === 'fatal' ? `fatal@${r.column}` : r.problems.map((p) => `${p.lenient ? 'bws' : 'bad'}@${p.column}`).join(' ');
};

describe('parseChunkLine', () => {
  it('reads valid lines: any case, leading zeros, extensions with tokens and quoted strings', () => {
    for (const [line, size] of [['5\r', 5], ['a\r', 10], ['A\r', 10], ['00000000000000005\r', 5], ['0\r', 0], ['000\r', 0], ['1f;x\r', 31], ['5;a=b;c="d \\"e\\", \xe9\t"\r', 5], ['5;a;b=c\r', 5]] as const) {
      expect(parseChunkLine(line), line).toEqual({ kind: 'size', size, problems: [] });
    }
  });

  it('loses framing when the size cannot be read, naming the column', () => {
    expect(problems(' 5\r')).toBe('fatal@0');
    expect(problems('+5\r')).toBe('fatal@0');
    expect(problems('0x5\r')).toBe('fatal@1');
    expect(problems('5g\r')).toBe('fatal@1');
    expect(problems('5\rx\r')).toBe('fatal@1');
    expect(problems('\r')).toBe('fatal@0');
    expect(problems('12345678901234\r')).toBe('fatal@0');
    expect(parseChunkLine('0000000000000000000000001\r')).toMatchObject({ kind: 'size', size: 1 });
  });

  it('keeps framing but reports a malformed extension or line ending at its column', () => {
    expect(problems('5 \r')).toBe('bad@1');
    expect(problems('5;\r')).toBe('bad@2');
    expect(problems('5;a\x01\r')).toBe('bad@3');
    expect(problems('5;a=\x00\r')).toBe('bad@4');
    expect(problems('5;a="b\r')).toBe('bad@4');
    expect(problems('5;a=b c\r')).toBe('bad@6');
    expect(problems('5;a=b \r')).toBe('bad@5');
    expect(problems('5')).toBe('bad@1');
  });

  it('marks whitespace around ";" and "=" as BWS (a recipient may accept it)', () => {
    expect(problems('5 ;a\r')).toBe('bws@1');
    expect(problems('5; a\r')).toBe('bws@2');
    expect(problems('5;a =b\r')).toBe('bws@3');
    expect(problems('5;a= b\r')).toBe('bws@4');
    expect(problems('5 ; a = b ;c\r')).toBe('bws@1 bws@3 bws@5 bws@7 bws@9');
  });
});
