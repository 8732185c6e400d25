// head: HEAD with the GET's headers, to compare what HEAD says with what GET sent.
import type { Probed, ProbePlan } from './plan';
import { planned } from './request';

export function planHead({ exchange, spec }: Probed): ProbePlan {
  if (!exchange.response) return { requests: [], skipped: [{ name: 'head', request: 'HEAD', reason: 'the GET got no response to compare with' }] };
  return { requests: [planned('head', spec, 'HEAD')], skipped: [] };
}
