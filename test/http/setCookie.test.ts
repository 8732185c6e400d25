import { describe, expect, it } from 'vitest';
import { cookieNameProblem, cookieValueProblem, defaultPath, domainMatches, lastAttribute, parseCookieDate, parseMaxAge, parseSetCookie } from '../../src/http/setCookie';

describe('parseSetCookie (6265bis §5.6)', () => {
  it('splits name, value and attributes with their offsets in the field value', () => {
    const c = parseSetCookie('sid=abc;  Path=/ ; Max-Age = 60;Secure');
    expect(c).toMatchObject({ name: 'sid', value: 'abc', hasEquals: true, pair: 'sid=abc', pairOffset: 0 });
    expect(c.attributes).toEqual([
      { name: 'Path', value: '/', hasEquals: true, text: 'Path=/', offset: 10, valueOffset: 15 },
      { name: 'Max-Age', value: '60', hasEquals: true, text: 'Max-Age = 60', offset: 19, valueOffset: 29 },
      { name: 'Secure', value: '', hasEquals: false, text: 'Secure', offset: 32, valueOffset: 38 },
    ]);
    expect(c.control).toBeUndefined();
  });

  it('takes the value up to the first ";" and the name up to the first "="', () => {
    expect(parseSetCookie('a=b=c; Path=/')).toMatchObject({ name: 'a', value: 'b=c' });
    expect(parseSetCookie('  a  =  "q"  ')).toMatchObject({ name: 'a', value: '"q"', pair: 'a  =  "q"', pairOffset: 2 });
  });

  it('makes a nameless cookie of a pair without "=" or with an empty name', () => {
    expect(parseSetCookie('abc; Secure')).toMatchObject({ name: '', value: 'abc', hasEquals: false });
    expect(parseSetCookie('=abc')).toMatchObject({ name: '', value: 'abc', hasEquals: true });
    expect(parseSetCookie('=')).toMatchObject({ name: '', value: '' });
  });

  it('records the first control character (HTAB excluded)', () => {
    expect(parseSetCookie('a=b\tc').control).toBeUndefined();
    expect(parseSetCookie('a=b; Path=/\x7f').control).toEqual({ offset: 11, code: 0x7f });
  });

  it('keeps empty attributes from stray semicolons, and finds the last attribute of a name', () => {
    const c = parseSetCookie('a=1; Path=/;; path=/x;');
    expect(c.attributes.map((a) => a.text)).toEqual(['Path=/', '', 'path=/x', '']);
    expect(lastAttribute(c, 'PATH')?.value).toBe('/x');
  });

  it('never throws on hostile input', () => {
    for (const s of ['', ';', ';;;', '=;=;=', '\x00', 'a'.repeat(100000)]) expect(() => parseSetCookie(s)).not.toThrow();
  });
});

describe('parseMaxAge (§5.6.2)', () => {
  it('accepts digits and "-" followed by digits', () => {
    expect(parseMaxAge('3600')).toEqual({ ok: true, seconds: 3600, grammar: true });
    expect(parseMaxAge('0060')).toEqual({ ok: true, seconds: 60, grammar: true });
    expect(parseMaxAge('-1')).toEqual({ ok: true, seconds: -1, grammar: false });
  });
  it('says why anything else is ignored', () => {
    expect(parseMaxAge('')).toEqual({ ok: false, reason: 'the value is empty' });
    expect(parseMaxAge('-')).toMatchObject({ ok: false });
    expect(parseMaxAge('+5')).toMatchObject({ ok: false, reason: expect.stringContaining('starts with "+"') });
    expect(parseMaxAge('1h')).toMatchObject({ ok: false, reason: expect.stringContaining('"h"') });
    expect(parseMaxAge('1 0')).toMatchObject({ ok: false });
  });
});

describe('parseCookieDate (§5.1.1)', () => {
  const at = (s: string) => {
    const r = parseCookieDate(s);
    return r.ok ? r.date.toISOString() : r.reason;
  };
  it('reads the forms browsers read', () => {
    expect(at('Wed, 21 Oct 2015 07:28:00 GMT')).toBe('2015-10-21T07:28:00.000Z');
    expect(at('Thu, 01-Jan-1970 00:00:01 GMT')).toBe('1970-01-01T00:00:01.000Z');
    expect(at('Wednesday, 21-Oct-15 07:28:00 GMT')).toBe('2015-10-21T07:28:00.000Z');
    expect(at('Wed Oct 21 07:28:00 2015')).toBe('2015-10-21T07:28:00.000Z');
    expect(at('21 october 99 7:28:0')).toBe('1999-10-21T07:28:00.000Z');
    expect(at('Fri, 31 Dec 9999 23:59:59 GMT')).toBe('9999-12-31T23:59:59.000Z');
  });
  it('fails where the algorithm fails, with a reason', () => {
    expect(at('2015-10-21')).toContain('no time (hh:mm:ss), no month name');
    expect(at('0')).toContain('browsers find no');
    expect(at('Mon, 01 Jan 1600 00:00:00 GMT')).toBe('year 1600 is before 1601');
    expect(at('Sat, 31 Feb 2026 00:00:00 GMT')).toBe('day 31 does not exist in feb 2026');
    expect(at('Wed, 21 Oct 2015 24:00:00 GMT')).toContain('out of range');
  });
});

describe('cookie grammar helpers', () => {
  it('cookie names are tokens, values cookie-octets (optionally in DQUOTEs)', () => {
    expect(cookieNameProblem('connect.sid')).toBeUndefined();
    expect(cookieNameProblem('a b')).toContain('a space');
    expect(cookieValueProblem('"abc"')).toBeUndefined();
    expect(cookieValueProblem('YWJj+/9=')).toBeUndefined();
    expect(cookieValueProblem('a,b')).toContain('a comma');
    expect(cookieValueProblem('a\\b')).toContain('a backslash');
    // Non-ASCII bytes are judged for every field by headers/non-ascii-value, not here.
    expect(cookieValueProblem('Jos\xc3\xa9')).toBeUndefined();
    expect(cookieValueProblem('Jos\xc3\xa9 M')).toContain('a space');
  });
  it('domain-match and default-path', () => {
    expect(domainMatches('www.example.com', 'example.com')).toBe(true);
    expect(domainMatches('example.com', 'example.com')).toBe(true);
    expect(domainMatches('badexample.com', 'example.com')).toBe(false);
    expect(domainMatches('127.0.0.1', '0.0.1')).toBe(false);
    expect(domainMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(defaultPath('/shop/cart?x=1')).toBe('/shop');
    expect(defaultPath('/cart')).toBe('/');
    expect(defaultPath('*')).toBe('/');
  });
});
