import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '../../src/http/httpDate';

const EXPECTED = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('parseHttpDate', () => {
  it('parses an IMF-fixdate', () => {
    const r = parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(r).toMatchObject({ ok: true, format: 'imf-fixdate', dayNameMatches: true });
    expect(r.ok && r.date.getTime()).toBe(EXPECTED);
  });

  it('parses what Date#toUTCString produces', () => {
    const d = new Date(Date.UTC(2031, 1, 3, 4, 5, 6));
    const r = parseHttpDate(d.toUTCString());
    expect(r.ok && r.format).toBe('imf-fixdate');
    expect(r.ok && r.date.getTime()).toBe(d.getTime());
  });

  it('accepts the obsolete rfc850 format and flags it', () => {
    const r = parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', { now: new Date(Date.UTC(2024, 0, 1)) });
    expect(r).toMatchObject({ ok: true, format: 'rfc850' });
    expect(r.ok && r.date.getTime()).toBe(EXPECTED);
  });

  it('reads a two-digit year more than 50 years ahead as the past century', () => {
    const now = new Date(Date.UTC(2024, 0, 1));
    const soon = parseHttpDate('Thursday, 01-Jan-70 00:00:00 GMT', { now });
    expect(soon.ok && soon.date.getUTCFullYear()).toBe(2070);
    const past = parseHttpDate('Tuesday, 01-Jan-75 00:00:00 GMT', { now });
    expect(past.ok && past.date.getUTCFullYear()).toBe(1975);
  });

  it('accepts the obsolete asctime format (space-padded day) and flags it', () => {
    const r = parseHttpDate('Sun Nov  6 08:49:37 1994');
    expect(r).toMatchObject({ ok: true, format: 'asctime' });
    expect(r.ok && r.date.getTime()).toBe(EXPECTED);
    expect(parseHttpDate('Sun Nov 16 08:49:37 1994').ok).toBe(true);
  });

  it('rejects a one-digit day in IMF-fixdate', () => {
    const r = parseHttpDate('Sun, 6 Nov 1994 08:49:37 GMT');
    expect(r).toEqual({ ok: false, reason: 'the day of the month must have two digits' });
  });

  it('rejects other time zones than GMT', () => {
    for (const v of ['Sun, 06 Nov 1994 08:49:37 UTC', 'Sun, 06 Nov 1994 08:49:37 +0000', 'Sun, 06 Nov 1994 08:49:37 gmt']) {
      const r = parseHttpDate(v);
      expect(r.ok, v).toBe(false);
    }
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 UTC')).toMatchObject({ reason: 'the time zone must be written "GMT"' });
  });

  it('is case-sensitive and strict about day and month names', () => {
    expect(parseHttpDate('sun, 06 Nov 1994 08:49:37 GMT')).toMatchObject({ ok: false, reason: expect.stringContaining('"sun"') });
    expect(parseHttpDate('Sun, 06 NOV 1994 08:49:37 GMT')).toMatchObject({ ok: false, reason: expect.stringContaining('"NOV"') });
    expect(parseHttpDate('Sunday, 06 Nov 1994 08:49:37 GMT').ok).toBe(false);
    expect(parseHttpDate('Sun, 06-Nov-94 08:49:37 GMT').ok).toBe(false);
  });

  it('rejects out-of-range fields and impossible dates', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 24:00:00 GMT').ok).toBe(false);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:60:00 GMT').ok).toBe(false);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:61 GMT').ok).toBe(false);
    expect(parseHttpDate('Thu, 30 Feb 2023 00:00:00 GMT')).toMatchObject({ ok: false, reason: 'day 30 does not exist in Feb 2023' });
    expect(parseHttpDate('Sun, 00 Nov 1994 08:49:37 GMT').ok).toBe(false);
    expect(parseHttpDate('Thu, 29 Feb 2024 00:00:00 GMT').ok).toBe(true);
  });

  it('accepts a leap second', () => {
    const r = parseHttpDate('Sat, 31 Dec 2016 23:59:60 GMT');
    expect(r.ok && r.date.getTime()).toBe(Date.UTC(2017, 0, 1));
  });

  it('reports a day name that does not match the date but still parses', () => {
    expect(parseHttpDate('Mon, 06 Nov 1994 08:49:37 GMT')).toMatchObject({ ok: true, dayNameMatches: false });
  });

  it('rejects common non-dates with a reason', () => {
    expect(parseHttpDate('0')).toMatchObject({ ok: false, reason: '"0" is a number, not an HTTP-date' });
    expect(parseHttpDate('-1').ok).toBe(false);
    expect(parseHttpDate('2024-01-01T00:00:00Z')).toMatchObject({ ok: false, reason: expect.stringContaining('ISO 8601') });
    expect(parseHttpDate('')).toMatchObject({ ok: false, reason: 'the value is empty' });
    expect(parseHttpDate(' Sun, 06 Nov 1994 08:49:37 GMT').ok).toBe(false);
    expect(parseHttpDate('Sun,  06 Nov 1994 08:49:37 GMT').ok).toBe(false);
    expect(parseHttpDate('Sun, 06 Nov 94 08:49:37 GMT')).toMatchObject({ ok: false, reason: 'the year must have four digits' });
    expect(parseHttpDate('x'.repeat(10000)).ok).toBe(false);
  });
});
