import { describe, expect, it } from 'vitest';
import { isJsonMediaType, mediaTypeNameProblem, parseMediaType, unquote, type MediaType } from '../../src/http/mediaType';

function ok(value: string): MediaType {
  const result = parseMediaType(value);
  if (!result.ok) throw new Error(`expected "${value}" to parse: ${result.reason}`);
  return result.mediaType;
}

function reasonOf(value: string): string {
  const result = parseMediaType(value);
  if (result.ok) throw new Error(`expected "${value}" to be rejected`);
  return result.reason;
}

describe('parseMediaType', () => {
  it('parses type, subtype and parameters, lower-casing what is case-insensitive', () => {
    const mt = ok('Text/HTML; Charset=UTF-8');
    expect(mt.essence).toBe('text/html');
    expect(mt.type).toBe('text');
    expect(mt.subtype).toBe('html');
    expect([...mt.parameters]).toEqual([['charset', 'UTF-8']]);
  });

  it('accepts OWS around semicolons, empty parameters and a trailing semicolon', () => {
    expect([...ok('  application/json ;charset=utf-8 ;  ; q=1 ;').parameters]).toEqual([
      ['charset', 'utf-8'],
      ['q', '1'],
    ]);
    expect(ok('text/plain;').parameters.size).toBe(0);
  });

  it('unquotes quoted parameter values, with escapes and semicolons inside the quotes', () => {
    expect(ok('multipart/form-data; boundary="a b;c"').parameters.get('boundary')).toBe('a b;c');
    expect(ok('text/plain; x="a\\"b"').parameters.get('x')).toBe('a"b');
    expect(ok('text/plain; x=""').parameters.get('x')).toBe('');
  });

  it('rejects values that are not type/subtype', () => {
    expect(reasonOf('json')).toContain('no "/"');
    expect(reasonOf('')).toContain('no "/"');
    expect(reasonOf('; charset=utf-8')).toContain('no "/"');
    expect(reasonOf('/json')).toContain('type token');
    expect(reasonOf('text/')).toContain('subtype token');
    expect(reasonOf('text / html')).toContain('type token');
    expect(reasonOf('text/html, application/json')).toContain('subtype token');
  });

  it('rejects malformed parameters', () => {
    expect(reasonOf('text/html; charset: utf-8')).toContain('has no "="');
    expect(reasonOf('text/html; charset=')).toContain('neither a token nor a quoted string');
    expect(reasonOf('text/html; charset=utf 8')).toContain('neither a token nor a quoted string');
    expect(reasonOf('text/html; charset = utf-8')).toContain('not a valid parameter name');
    expect(reasonOf('text/html; charset="utf-8')).toContain('unterminated quoted string');
    expect(reasonOf('text/html; =utf-8')).toContain('not a valid parameter name');
  });
});

describe('isJsonMediaType', () => {
  it('is true for application/json and any +json suffix', () => {
    expect(isJsonMediaType(ok('application/json'))).toBe(true);
    expect(isJsonMediaType(ok('Application/JSON; charset=utf-8'))).toBe(true);
    expect(isJsonMediaType(ok('application/problem+json'))).toBe(true);
    expect(isJsonMediaType(ok('application/vnd.api+JSON'))).toBe(true);
  });

  it('is false for look-alikes', () => {
    expect(isJsonMediaType(ok('text/json'))).toBe(false);
    expect(isJsonMediaType(ok('application/json-seq'))).toBe(false);
    expect(isJsonMediaType(ok('application/x-ndjson'))).toBe(false);
    expect(isJsonMediaType(ok('application/jsonp'))).toBe(false);
  });
});

describe('unquote', () => {
  it('removes quotes and backslash escapes', () => {
    expect(unquote('"abc"')).toBe('abc');
    expect(unquote('"a\\\\b"')).toBe('a\\b');
    expect(unquote('""')).toBe('');
  });

  it('returns undefined for text that is not one quoted-string', () => {
    expect(unquote('abc')).toBeUndefined();
    expect(unquote('"')).toBeUndefined();
    expect(unquote('"abc')).toBeUndefined();
    expect(unquote('"a"b"')).toBeUndefined();
    expect(unquote('"abc\\"')).toBeUndefined();
  });
});

describe('mediaTypeNameProblem (RFC 6838 §4.2 names)', () => {
  it('accepts registered and unregistered well-formed names', () => {
    for (const value of ['text/html; charset=utf-8', 'application/vnd.api+json', 'application/x-www-form-urlencoded', 'text/x-c++src', 'application/EDI-X12', 'audio/mp4a-latm', 'application/x_custom#1'])
      expect(mediaTypeNameProblem(value), value).toBeUndefined();
  });

  it('names media ranges, bad first characters, characters outside the set and over-long names', () => {
    expect(mediaTypeNameProblem('*/*')).toContain('is a media range');
    expect(mediaTypeNameProblem('image/*')).toContain('is a media range');
    expect(mediaTypeNameProblem('text/~plain')).toBe('the subtype name "~plain" starts with "~" (a name starts with a letter or digit), which RFC 6838 does not allow in a media type name');
    expect(mediaTypeNameProblem('app|lication/json')).toBe('the type name "app|lication" contains "|", which RFC 6838 does not allow in a media type name');
    expect(mediaTypeNameProblem(`text/${'a'.repeat(128)}`)).toBe('the subtype name is 128 characters long (at most 127)');
    expect(mediaTypeNameProblem(`text/${'a'.repeat(127)}`)).toBeUndefined();
  });

  it('leaves syntax errors to parseMediaType', () => {
    expect(mediaTypeNameProblem('text/html; charset')).toBeUndefined();
    expect(mediaTypeNameProblem('not a type')).toBeUndefined();
  });
});
