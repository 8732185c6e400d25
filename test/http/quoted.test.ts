import { describe, expect, it } from 'vitest';
import { indexOfUnquoted, splitUnquoted } from '../../src/http/quoted';

describe('quoted-string aware search and split', () => {
  it('finds a delimiter only outside quoted-strings, honouring backslash escapes', () => {
    expect(indexOfUnquoted('a="x;y"; b', ';')).toBe(7);
    expect(indexOfUnquoted('a="x\\";y"; b', ';')).toBe(9);
    expect(indexOfUnquoted('a="x;y"', ';')).toBe(-1);
  });

  it('splits on the delimiter outside quotes, keeping the pieces as written', () => {
    expect(splitUnquoted('max-age=1; foo="a;b" ;x', ';')).toEqual(['max-age=1', ' foo="a;b" ', 'x']);
    expect(splitUnquoted('W/"a,b", "c"', ',')).toEqual(['W/"a,b"', ' "c"']);
    expect(splitUnquoted('', ',')).toEqual(['']);
    // An unterminated quote swallows the rest, as a recipient reading the value would.
    expect(splitUnquoted('a, "b, c', ',')).toEqual(['a', ' "b, c']);
  });
});
