import { describe, expect, it } from 'vitest';
import { parseSfDate } from '../../src/http/sfDate';

describe('parseSfDate (RFC 9651 §3.3.7 Item)', () => {
  it('reads "@" and seconds, with parameters', () => {
    expect(parseSfDate('@1688169599')).toMatchObject({ ok: true, seconds: 1688169599 });
    expect(parseSfDate('@-1;a=1;b="x";c=?1;d')).toMatchObject({ ok: true, seconds: -1 });
  });
  it('says why other values are not dates', () => {
    expect(parseSfDate('true')).toMatchObject({ ok: false, reason: expect.stringContaining('obsolete draft syntax') });
    expect(parseSfDate('Fri, 30 Jun 2023 23:59:59 GMT')).toMatchObject({ ok: false, reason: expect.stringContaining('HTTP-date') });
    expect(parseSfDate('1688169599')).toMatchObject({ ok: false, reason: expect.stringContaining('"@1688169599"') });
    expect(parseSfDate('@1.5')).toMatchObject({ ok: false });
    expect(parseSfDate('@1234567890123456')).toMatchObject({ ok: false, reason: expect.stringContaining('15 digits') });
    expect(parseSfDate('@1, @2')).toMatchObject({ ok: false });
    expect(parseSfDate('@1;A=1')).toMatchObject({ ok: false });
    expect(parseSfDate('')).toMatchObject({ ok: false });
  });
});
