import { describe, expect, it } from 'vitest';
import type { RawHeader } from '../../src/exchange';
import { acceptedCodingsOf, acceptsCoding } from '../../src/http/acceptEncoding';

const request = (...values: string[]): RawHeader[] => values.map((value, i) => ({ name: 'Accept-Encoding', value, raw: `Accept-Encoding: ${value}`, offset: i * 40 }));
const accepts = (coding: string, ...values: string[]) => acceptsCoding(acceptedCodingsOf(request(...values)), coding);

describe('Accept-Encoding', () => {
  it('accepts any coding when the request has no Accept-Encoding', () => {
    expect(acceptsCoding(acceptedCodingsOf([]), 'br')).toBe(true);
    expect(acceptedCodingsOf([]).absent).toBe(true);
  });

  it('accepts listed codings with a non-zero weight, case-insensitively, across lines', () => {
    expect(accepts('gzip', 'gzip, deflate, br')).toBe(true);
    expect(accepts('BR', 'gzip', 'br;q=0.5')).toBe(true);
    expect(accepts('gzip', 'GZIP ; q=0.001')).toBe(true);
  });

  it('treats x-gzip as gzip both ways', () => {
    expect(accepts('x-gzip', 'gzip')).toBe(true);
    expect(accepts('gzip', 'x-gzip')).toBe(true);
  });

  it('refuses codings that are not listed, weighted 0, or excluded by *;q=0', () => {
    expect(accepts('br', 'gzip, deflate')).toBe(false);
    expect(accepts('gzip', 'gzip;q=0')).toBe(false);
    expect(accepts('gzip', 'gzip;q=0.000, br')).toBe(false);
    expect(accepts('gzip', 'identity')).toBe(false);
    expect(accepts('gzip', 'identity;q=1, *;q=0')).toBe(false);
    expect(accepts('gzip', '')).toBe(false); // empty: no content coding wanted
  });

  it('lets * cover unlisted codings, and a specific listing override *', () => {
    expect(accepts('zstd', 'gzip, *;q=0.1')).toBe(true);
    expect(accepts('br', 'br;q=0, *')).toBe(false);
  });

  it('reads an unreadable weight as 1 rather than as a refusal', () => {
    expect(accepts('gzip', 'gzip;q=high')).toBe(true);
    expect(accepts('gzip', 'gzip;q=1.5')).toBe(true);
  });
});
