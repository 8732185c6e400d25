// The byte ranges a request's Range header asks for (RFC 9110 §14.2):
//   Range = ranges-specifier; ranges-specifier = range-unit "=" range-set; range-set = 1#range-spec
//   range-spec = int-range / suffix-range / other-range; int-range = first-pos "-" [ last-pos ]; suffix-range = "-" suffix-length
import type { Exchange } from '../../src/exchange';
import { requestFields } from '../../src/engine/pairedRequest';

export type RangeSpec = { kind: 'int'; first: bigint; last?: bigint } | { kind: 'suffix'; length: bigint } | { kind: 'other'; text: string };

export interface RequestedRanges {
  unit: string;
  specs: RangeSpec[];
  /** The Range line as sent. */
  raw: string;
}

/** The request's Range header, parsed; undefined when it has none or it is not a ranges-specifier. */
export function requestedRanges(exchange: Exchange): RequestedRanges | undefined {
  const range = requestFields(exchange, 'range')[0];
  if (!range) return undefined;
  const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]*=[ \t]*(.*)$/.exec(range.value);
  if (!m) return undefined;
  const specs = m[2]!.split(',').map((s) => s.trim()).filter((s) => s !== '').map(specOf);
  return specs.length > 0 ? { unit: m[1]!.toLowerCase(), specs, raw: range.raw } : undefined;
}

/** Number of ranges in the request's Range header, or undefined when it has none or it does not parse. */
export function requestedRangeCount(exchange: Exchange): number | undefined {
  return requestedRanges(exchange)?.specs.length;
}

/** RFC 9110 §14.1.1: satisfiable when first-pos < length (int-range) or suffix-length > 0 (suffix-range). */
export function satisfiable(spec: RangeSpec, length: bigint): boolean {
  if (spec.kind === 'int') return spec.first < length && (spec.last === undefined || spec.first <= spec.last);
  if (spec.kind === 'suffix') return spec.length > 0n && length > 0n;
  return false;
}

function specOf(text: string): RangeSpec {
  let m = /^(\d+)-(\d*)$/.exec(text);
  if (m) return { kind: 'int', first: BigInt(m[1]!), ...(m[2] === '' ? {} : { last: BigInt(m[2]!) }) };
  m = /^-(\d+)$/.exec(text);
  if (m) return { kind: 'suffix', length: BigInt(m[1]!) };
  return { kind: 'other', text };
}
