import { describe, expect, it } from 'vitest';
import { decodeExtValue, dispositionParameter, parseContentDisposition, type ContentDisposition } from '../../src/http/contentDisposition';

function ok(value: string): ContentDisposition {
  const result = parseContentDisposition(value);
  if (!result.ok) throw new Error(`expected "${value}" to parse: ${result.reason}`);
  return result.disposition;
}

function reasonOf(value: string): string {
  const result = parseContentDisposition(value);
  if (result.ok) throw new Error(`expected "${value}" to be rejected`);
  return result.reason;
}

describe('parseContentDisposition', () => {
  it('parses the type (case-insensitive) and quoted and token parameters', () => {
    const d = ok('Attachment; filename="report 2024.pdf"; size=1234');
    expect(d.type).toBe('attachment');
    expect(d.parameters).toEqual([
      { name: 'filename', key: 'filename', value: 'report 2024.pdf', quoted: true },
      { name: 'size', key: 'size', value: '1234', quoted: false },
    ]);
  });

  it('keeps filename* raw and finds parameters by lower-cased name', () => {
    const d = ok(`attachment; filename="report.pdf"; FILENAME*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
    expect(dispositionParameter(d, 'filename*')?.value).toBe("UTF-8''r%C3%A9sum%C3%A9.pdf");
    expect(dispositionParameter(d, 'filename')?.value).toBe('report.pdf');
  });

  it('allows whitespace around ";" and "=", a bare type and a trailing ";"', () => {
    expect(ok('inline').parameters).toEqual([]);
    expect(ok('attachment ; filename = "a.txt" ;').parameters[0]!.value).toBe('a.txt');
  });

  it('unescapes quoted-pairs', () => {
    expect(ok('attachment; filename="a \\"quoted\\" name.txt"').parameters[0]!.value).toBe('a "quoted" name.txt');
  });

  it('says why a value is invalid', () => {
    expect(reasonOf('')).toBe('the value is empty');
    expect(reasonOf('; filename=a.txt')).toContain('does not start with a disposition type');
    expect(reasonOf('attachment filename=a.txt')).toContain('expected ";" at position 11');
    expect(reasonOf('attachment; filename')).toBe('parameter "filename" has no "=" and no value');
    expect(reasonOf('attachment; filename=')).toBe('parameter "filename" has no value');
    expect(reasonOf('attachment; filename="a.txt')).toContain('not terminated');
    expect(reasonOf('attachment; filename=my report.pdf')).toContain('neither a token nor a quoted string ("my report.pdf": quote it)');
    expect(parseContentDisposition('attachment; filename=my report.pdf; size=3')).toMatchObject({ ok: false, unquoted: true });
    expect(parseContentDisposition('attachment; filename=my report.pdf; size')).not.toHaveProperty('unquoted');
    expect(reasonOf('attachment; filename="a"; FileName="b"')).toContain('"FileName" is repeated');
  });
});

describe('decodeExtValue (RFC 8187)', () => {
  it('decodes UTF-8 with and without a language', () => {
    expect(decodeExtValue("UTF-8''r%C3%A9sum%C3%A9.pdf")).toEqual({ ok: true, charset: 'UTF-8', language: '', value: 'résumé.pdf' });
    expect(decodeExtValue("utf-8'en'a%20b.txt")).toMatchObject({ ok: true, language: 'en', value: 'a b.txt' });
  });

  it('decodes ISO-8859-1 (RFC 5987) as latin1', () => {
    expect(decodeExtValue("iso-8859-1''r%E9sum%E9.pdf")).toMatchObject({ ok: true, value: 'résumé.pdf' });
  });

  it('rejects quoted, unprefixed, unencoded and undecodable values', () => {
    expect(decodeExtValue(`"UTF-8''a.txt"`)).toMatchObject({ ok: false, reason: expect.stringContaining('quoted string') });
    expect(decodeExtValue('a.txt')).toMatchObject({ ok: false, reason: expect.stringContaining("charset'language'") });
    expect(decodeExtValue("''a.txt")).toMatchObject({ ok: false, reason: expect.stringContaining('charset is missing') });
    expect(decodeExtValue("UTF-8''a b.txt")).toMatchObject({ ok: false, reason: 'byte 0x20 at position 8 must be percent-encoded' });
    expect(decodeExtValue("UTF-8''r%C3%A9sum%C3%A.pdf")).toMatchObject({ ok: false, reason: expect.stringContaining('"%A." at position') });
    expect(decodeExtValue("UTF-8''%E9.pdf")).toMatchObject({ ok: false, reason: 'the percent-decoded bytes are not valid UTF-8' });
    expect(decodeExtValue("Shift_JIS''a.txt")).toMatchObject({ ok: false, reason: 'charset "Shift_JIS" is not supported (use UTF-8)' });
    expect(decodeExtValue("UTF-8'e n'a.txt")).toMatchObject({ ok: false, reason: '"e n" is not a language tag' });
  });
});
