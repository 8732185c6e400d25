import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';
import { checkUriReference } from '../../../src/http/uriReference';

const ID = 'headers/invalid-location';
const redirect = (location: string) =>
  exchangeOf({ response: Buffer.from(`HTTP/1.1 302 Found\r\nLocation: ${location}\r\nContent-Length: 0\r\n\r\n`, 'latin1') });

describe(ID, () => {
  it('fires on a space, naming the header', () => {
    const findings = findingsOf(ID, redirect('/search results'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('Location "/search results" is not a valid URI reference: it contains a space at position 7 (encode it as %20)');
    expect(findings[0]!.evidence).toBe('Location: /search results at byte 20');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 20, header: 'Location' });
  });

  it('fires on invalid percent-encoding, non-ASCII, backslashes and bad hosts', () => {
    expect(findingsOf(ID, redirect('/a%zzb'))[0]!.message).toContain('invalid percent-encoding "%zz"');
    expect(findingsOf(ID, redirect('/caf\xc3\xa9'))[0]!.message).toContain('non-ASCII byte 0xc3');
    expect(findingsOf(ID, redirect('https://example.com\\path'))).toHaveLength(1);
    expect(findingsOf(ID, redirect('http:///path'))[0]!.message).toContain('non-empty host');
  });

  it('stays quiet on absolute and relative references', () => {
    for (const loc of [
      'https://example.com/a/b?x=1&y=%20#top',
      '/login?next=%2Fhome',
      '../other;v=1',
      '//cdn.example.com/x',
      '?page=2',
      'http://[2001:db8::1]:8080/',
      'https://user:pw@example.com:443/',
      'mailto:someone@example.com',
    ]) {
      expect(findingsOf(ID, redirect(loc)), loc).toEqual([]);
    }
  });
});

describe('checkUriReference', () => {
  it('accepts RFC 3986 examples', () => {
    for (const ref of ['http://a/b/c/d;p?q', 'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', '..', '../../g', 'urn:isbn:0451450523', 'http://[v7.abc:1]/']) {
      expect(checkUriReference(ref), ref).toEqual({ ok: true });
    }
  });

  it('rejects what RFC 3986 does not allow', () => {
    for (const ref of ['a b', '/a"b', '/<x>', '/a{b}', '/a|b', '/x^y', '/x`y', '/%', '/%4', 'a#b#c', '/a[1]', '1a:b', ':x', 'http://ex ample.com/', 'http://[::g]/', 'http://h:80a/', 'https:foo', 'http://a@b@c/', '/a\tb']) {
      expect(checkUriReference(ref).ok, ref).toBe(false);
    }
  });
});
