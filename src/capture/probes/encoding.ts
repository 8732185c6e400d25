// encoding: the same GET with Accept-Encoding gzip, br and zstd (each), against an identity response.
import { headerNamed } from '../../exchange';
import { contentCodingsOf } from '../../http/content';
import { unusableBaseline, type Probed, type ProbePlan } from './plan';
import { planned } from './request';

export const PROBED_CODINGS = ['gzip', 'br', 'zstd'] as const;

/**
 * The baseline serves as the identity response when its request named no coding (or only identity) and it
 * came back uncoded; otherwise one more GET asks for `Accept-Encoding: identity`.
 */
export function baselineIsIdentity({ exchange }: Probed): boolean {
  const asked = headerNamed(exchange.request.headers, 'accept-encoding')?.value.trim().toLowerCase();
  const res = exchange.response;
  return res !== undefined && (asked === undefined || asked === 'identity') && contentCodingsOf(res).length === 0;
}

export function planEncoding(probed: Probed): ProbePlan {
  const unusable = unusableBaseline(probed.exchange);
  if (unusable) return { requests: [], skipped: [{ name: 'encoding', request: 'Accept-Encoding', reason: unusable }] };
  if (probed.exchange.response!.contentLength === 0) {
    return { requests: [], skipped: [{ name: 'encoding', request: 'Accept-Encoding', reason: 'the response has no body to compress' }] };
  }
  const codings: string[] = baselineIsIdentity(probed) ? [...PROBED_CODINGS] : ['identity', ...PROBED_CODINGS];
  return { requests: codings.map((coding) => planned('encoding', probed.spec, 'GET', ['Accept-Encoding', coding])), skipped: [] };
}
