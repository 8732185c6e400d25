// Content-Range per RFC 9110 §14.4 (and the range-unit token of §14.1):
//   Content-Range     = range-unit SP ( range-resp / unsatisfied-range )
//   range-resp        = incl-range "/" ( complete-length / "*" )
//   incl-range        = first-pos "-" last-pos
//   unsatisfied-range = "*/" complete-length
//   complete-length   = 1*DIGIT
// "A Content-Range field value is invalid if it contains a range-resp that has a last-pos value less than its
// first-pos value, or a complete-length value less than or equal to its last-pos value." Positions are compared
// as BigInt: the grammar puts no bound on them. Never throws; `reason` says what is wrong in words.
import { isToken } from './token';

export type ContentRange =
  | { kind: 'range'; unit: string; first: bigint; last: bigint; /** undefined when the length is "*" (unknown). */ completeLength?: bigint }
  | { kind: 'unsatisfied'; unit: string; completeLength: bigint };

export type ContentRangeResult = { ok: true; range: ContentRange } | { ok: false; reason: string };

const DIGITS = /^\d+$/;

export function parseContentRange(value: string): ContentRangeResult {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'the value is empty' };
  const sp = value.search(/[ \t=]/);
  if (sp <= 0) {
    if (/^\d/.test(value)) return { ok: false, reason: 'the range unit is missing (e.g. "bytes 0-499/1234")' };
    return { ok: false, reason: 'a range unit, one space and a range are required (e.g. "bytes 0-499/1234")' };
  }
  const unit = value.slice(0, sp);
  if (!isToken(unit)) return { ok: false, reason: `the range unit "${unit}" is not a token` };
  if (value[sp] === '=') return { ok: false, reason: `"${unit}=" is the Range request syntax; Content-Range separates the unit with one space ("${unit} 0-499/1234")` };
  if (value[sp] !== ' ' || /^[ \t]/.test(value.slice(sp + 1))) return { ok: false, reason: 'the unit and the range must be separated by exactly one space' };
  const rest = value.slice(sp + 1);
  const slash = rest.indexOf('/');
  if (slash < 0) return { ok: false, reason: `"${rest}" has no "/" before the complete length (write "${rest}/<length>" or "${rest}/*")` };
  const range = rest.slice(0, slash);
  const length = rest.slice(slash + 1);
  if (range === '*') {
    if (length === '*') return { ok: false, reason: '"*/*" says nothing: an unsatisfied range needs the complete length ("*/1234")' };
    if (!DIGITS.test(length)) return { ok: false, reason: `the complete length "${length}" is not a non-negative integer` };
    return { ok: true, range: { kind: 'unsatisfied', unit, completeLength: BigInt(length) } };
  }
  const dash = range.indexOf('-');
  if (dash < 0) return { ok: false, reason: `"${range}" is not a first-last byte range (e.g. "0-499")` };
  const firstText = range.slice(0, dash);
  const lastText = range.slice(dash + 1);
  if (firstText === '') return { ok: false, reason: `"${range}": the first position is missing (a suffix range "-N" is only Range request syntax)` };
  if (lastText === '') return { ok: false, reason: `"${range}": the last position is missing (an open range "N-" is only Range request syntax)` };
  if (!DIGITS.test(firstText)) return { ok: false, reason: `the first position "${firstText}" is not a non-negative integer` };
  if (!DIGITS.test(lastText)) return { ok: false, reason: `the last position "${lastText}" is not a non-negative integer` };
  const first = BigInt(firstText);
  const last = BigInt(lastText);
  if (last < first) return { ok: false, reason: `the last position ${last} is before the first position ${first}` };
  if (length === '*') return { ok: true, range: { kind: 'range', unit, first, last } };
  if (!DIGITS.test(length)) return { ok: false, reason: `the complete length "${length}" is neither a non-negative integer nor "*"` };
  const completeLength = BigInt(length);
  if (completeLength <= last) {
    return { ok: false, reason: `the last position ${last} is not inside the complete length ${completeLength} (positions count from 0, so the last is at most ${completeLength - 1n})` };
  }
  return { ok: true, range: { kind: 'range', unit, first, last, completeLength } };
}
