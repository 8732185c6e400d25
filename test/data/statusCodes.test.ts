import { describe, expect, it } from 'vitest';
import {
  REGISTERED_STATUS_CODES,
  UNASSIGNED_STATUS_RANGES,
  UNOFFICIAL_STATUS_CODES,
  isRegisteredStatus,
  statusCodeInfo,
  unofficialStatusInfo,
} from '../../src/data/statusCodes';

// The registry as of RFC 9110 plus later registrations (IANA http-status-codes).
const EXPECTED = [
  100, 101, 102, 103, 104,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
  421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

describe('status code registry data', () => {
  it('holds exactly the registered codes, in order, each once, within 100–599', () => {
    const codes = REGISTERED_STATUS_CODES.map((i) => i.code);
    expect(codes).toEqual(EXPECTED);
    for (const code of EXPECTED) expect(isRegisteredStatus(code), String(code)).toBe(true);
  });

  it('gives every entry a name and a reference of the same shape', () => {
    for (const info of REGISTERED_STATUS_CODES) {
      expect(info.name.trim(), String(info.code)).not.toBe('');
      if (info.temporary) {
        expect(info.ref).toMatch(/^draft-/);
      } else {
        expect(info.ref, String(info.code)).toMatch(/^RFC \d{4}( §\d+(\.\d+)*)?$/);
        expect(info.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d{4}(#section-\d+(\.\d+)*)?$/);
      }
    }
    expect(statusCodeInfo(204)).toEqual({ code: 204, name: 'No Content', ref: 'RFC 9110 §15.3.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5' });
    expect(statusCodeInfo(425)?.ref).toBe('RFC 8470 §5.2');
    expect(statusCodeInfo(451)?.name).toBe('Unavailable For Legal Reasons');
    expect(statusCodeInfo(103)?.ref).toBe('RFC 8297');
  });

  it('marks 306 and 418 reserved and 102/510 obsolete', () => {
    expect(statusCodeInfo(306)?.reserved).toBe(true);
    expect(statusCodeInfo(418)?.reserved).toBe(true);
    expect(statusCodeInfo(307)?.reserved).toBeUndefined();
    expect(statusCodeInfo(102)?.obsolete).toBe(true);
    expect(statusCodeInfo(510)?.obsolete).toBe(true);
  });

  it('does not register the popular unofficial codes', () => {
    for (const code of [419, 420, 509, 512, 499, 520, 599]) expect(isRegisteredStatus(code), String(code)).toBe(false);
    expect(statusCodeInfo(419)).toBeUndefined();
  });

  it('lists unofficial codes with who uses them, none of them registered', () => {
    const codes = UNOFFICIAL_STATUS_CODES.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    for (const u of UNOFFICIAL_STATUS_CODES) {
      expect(isRegisteredStatus(u.code), String(u.code)).toBe(false);
      expect(u.name.trim()).not.toBe('');
      expect(u.usedBy.trim()).not.toBe('');
    }
    expect(unofficialStatusInfo(419)?.usedBy).toContain('Laravel');
    expect(unofficialStatusInfo(509)?.usedBy).toContain('cPanel');
    expect(unofficialStatusInfo(522)?.usedBy).toContain('Cloudflare');
    expect(unofficialStatusInfo(499)?.usedBy).toContain('nginx');
    expect(unofficialStatusInfo(404)).toBeUndefined();
  });

  it('derives unassigned ranges that, with the entries, cover 100–599 exactly', () => {
    expect(UNASSIGNED_STATUS_RANGES).toContainEqual({ from: 105, to: 199 });
    expect(UNASSIGNED_STATUS_RANGES).toContainEqual({ from: 419, to: 420 });
    expect(UNASSIGNED_STATUS_RANGES).toContainEqual({ from: 509, to: 509 });
    expect(UNASSIGNED_STATUS_RANGES).toContainEqual({ from: 512, to: 599 });
    const covered = new Set<number>(REGISTERED_STATUS_CODES.map((i) => i.code));
    for (const { from, to } of UNASSIGNED_STATUS_RANGES) {
      for (let code = from; code <= to; code++) {
        expect(covered.has(code), String(code)).toBe(false);
        covered.add(code);
      }
    }
    expect(covered.size).toBe(500);
  });
});
