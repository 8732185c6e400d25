// The byte ranges a request's Range header asks for (RFC 9110 §14.2: ranges-specifier = range-unit "=" range-set).
import type { Exchange } from '../../src/exchange';
import { requestFields } from '../../src/engine/pairedRequest';

/** Number of ranges in the request's Range header, or undefined when it has none or it does not parse. */
export function requestedRangeCount(exchange: Exchange): number | undefined {
  const range = requestFields(exchange, 'range')[0];
  if (!range) return undefined;
  const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]*=[ \t]*(.*)$/.exec(range.value);
  if (!m) return undefined;
  const specs = m[2]!.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return specs.length > 0 ? specs.length : undefined;
}
