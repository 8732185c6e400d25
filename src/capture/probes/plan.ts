// What a probe plans from the exchange it checks: the requests to send, and the ones it cannot send and why.
import type { Exchange, ProbeSkip } from '../../exchange';
import type { RequestSpec } from '../../http1/request';
import type { PlannedRequest } from './request';

/** The exchange a probe checks, and the request that produced it (probe requests copy its URL and headers). */
export interface Probed {
  exchange: Exchange;
  spec: RequestSpec;
}

export interface ProbePlan {
  requests: PlannedRequest[];
  skipped: ProbeSkip[];
}

export function skip(name: string, request: string, reason: string): ProbePlan {
  return { requests: [], skipped: [{ name, request, reason }] };
}

/** Why a representation probe cannot use this baseline at all, or undefined when it can. */
export function unusableBaseline(exchange: Exchange): string | undefined {
  const res = exchange.response;
  if (!res) return `the GET got no response${exchange.error ? ` (${exchange.error.message})` : ''}`;
  if (res.status !== 200) return `the GET was answered ${res.status}, not 200: there is no representation to compare`;
  if (!res.complete) return 'the GET response did not complete';
  return undefined;
}
