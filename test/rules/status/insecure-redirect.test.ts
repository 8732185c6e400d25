import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/insecure-redirect';
const redirect = (status: number, location: string) => `HTTP/1.1 ${status} Moved\r\nLocation: ${location}\r\nContent-Length: 0\r\n\r\n`;

describe(ID, () => {
  it('fires when an https URL redirects to http, quoting the Location line', () => {
    const findings = findingsOf(ID, exchangeOf({ url: 'https://shop.example/cart', response: redirect(302, 'http://shop.example/cart') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('302 redirect from an https URL to plain http (http://shop.example/cart): the next request leaves TLS');
    expect(findings[0]!.evidence).toBe('Location: http://shop.example/cart at byte 20');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 20, header: 'Location' });
  });

  it('fires for every redirect status and for a scheme-relative reference that resolves to http', () => {
    for (const status of [301, 303, 307, 308]) {
      expect(findingsOf(ID, exchangeOf({ url: 'https://a.example/', response: redirect(status, 'HTTP://b.example/') })), String(status)).toHaveLength(1);
    }
  });

  it('stays quiet on https → https, relative references, http → http, and non-redirects', () => {
    expect(findingsOf(ID, exchangeOf({ url: 'https://a.example/x', response: redirect(301, 'https://b.example/') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ url: 'https://a.example/x', response: redirect(301, '/elsewhere') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ url: 'https://a.example/x', response: redirect(301, '//b.example/y') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ url: 'http://a.example/x', response: redirect(301, 'http://b.example/') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ url: 'https://a.example/x', response: 'HTTP/1.1 201 Created\r\nLocation: http://a.example/1\r\nContent-Length: 0\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ url: 'https://a.example/x', response: redirect(302, 'http://[bad') }))).toEqual([]);
  });
});
