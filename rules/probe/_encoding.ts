// The encoding probe's exchanges: the identity response (an `Accept-Encoding: identity` probe, or the baseline
// itself) and the responses to each coding asked for.
import type { Exchange } from '../../src/exchange';
import type { RuleContext } from '../../src/engine/rule';
import { probesOf, requestHeader } from './_probe';

export function askedCoding(exchange: Exchange): string | undefined {
  return requestHeader(exchange, 'accept-encoding')?.value.trim().toLowerCase();
}

/** The identity response the coded probes of exchange `of` are compared with. */
export function identityOf(context: RuleContext, of: number): Exchange | undefined {
  return probesOf(context, of, 'encoding').find((e) => askedCoding(e) === 'identity') ?? context.exchanges[of];
}

/** The probes that asked for a coding (gzip, br, zstd), in order. */
export function codedProbesOf(context: RuleContext, of: number): Exchange[] {
  return probesOf(context, of, 'encoding').filter((e) => askedCoding(e) !== 'identity');
}
