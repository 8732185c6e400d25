// Allow field values as sets of method tokens (RFC 9110 §10.2.1); methods are case-sensitive.
import type { ResponseMessage } from '../../src/exchange';
import { headersNamed } from '../../src/exchange';

/** The methods an Allow lists, or undefined when the response has no Allow. */
export function allowOf(res: ResponseMessage): Set<string> | undefined {
  const fields = headersNamed(res.headers, 'allow');
  if (fields.length === 0) return undefined;
  return new Set(fields.flatMap((h) => h.value.split(',')).map((m) => m.trim()).filter((m) => m !== ''));
}

/** The set without OPTIONS and HEAD, which servers list inconsistently and clients never need listed. */
export function comparable(methods: ReadonlySet<string>): string[] {
  return [...methods].filter((m) => m !== 'OPTIONS' && m !== 'HEAD').sort();
}
