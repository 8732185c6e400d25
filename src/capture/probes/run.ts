// Sends the probes asked for (--probe) after the request they check: a GET baseline first when that request
// was not a GET, then every probe request at once. Each is announced, marked with the probe that sent it and
// the exchange it checks, and appended to the session's exchanges in plan order.
import type { Exchange, ProbeSkip } from '../../exchange';
import type { RequestSpec } from '../../http1/request';
import { captureExchange, captureOnConnection, type CaptureOptions } from '../http1';
import { planConditional } from './conditional';
import { planEncoding } from './encoding';
import { planHead } from './head';
import { REPRESENTATION_PROBES, SAFE_PROBE_METHODS, type ProbeName } from './names';
import { planOptions } from './options';
import type { Probed, ProbePlan } from './plan';
import { planRange } from './range';
import { planned, type PlannedRequest } from './request';
import { planReuse } from './reuse';

export interface ProbeRunOptions {
  names: ReadonlySet<ProbeName>;
  capture: CaptureOptions;
  announce?: (message: string) => void;
}

const PLANNERS: Record<Exclude<ProbeName, 'reuse'>, (probed: Probed) => ProbePlan> = {
  conditional: planConditional,
  range: planRange,
  encoding: planEncoding,
  head: planHead,
  options: planOptions,
};

/** One line on stderr per probe request: `probe conditional: GET /x If-None-Match: "abc"`. */
export function announcement(request: PlannedRequest): string {
  const target = `${request.spec.url.pathname}${request.spec.url.search}`;
  return `probe ${request.name}: ${request.spec.method} ${target}${request.label ? ` ${request.label}` : ''}`;
}

/** Runs the probes on `exchanges[index]` (sent as `spec`), appending their exchanges to `exchanges`. */
export async function runProbes(exchanges: Exchange[], index: number, spec: RequestSpec, options: ProbeRunOptions): Promise<void> {
  const probedExchange = exchanges[index]!;
  const asked = [...options.names];
  if (!probedExchange.response) {
    const reason = `the request got no response${probedExchange.error ? ` (${probedExchange.error.message})` : ''}`;
    probedExchange.probesSkipped = asked.map((name): ProbeSkip => ({ name, request: '*', reason }));
    return;
  }
  const probed: Probed = { exchange: probedExchange, spec };
  let baseline: Probed & { index: number } = { ...probed, index };
  if (asked.some((name) => REPRESENTATION_PROBES.includes(name)) && spec.method !== 'GET') {
    // The user's request is never repeated: the representation probes compare against a GET of their own.
    const request = planned('baseline', spec, 'GET');
    guard(request);
    options.announce?.(`${announcement(request)} (the ${spec.method} is not repeated; the representation probes compare against this GET)`);
    exchanges.push(mark(await captureExchange(request.spec, options.capture), 'baseline', index));
    baseline = { exchange: exchanges[exchanges.length - 1]!, spec: request.spec, index: exchanges.length - 1 };
  }

  const plannedRequests: Array<{ request: PlannedRequest; of: number }> = [];
  const skipped: ProbeSkip[] = [];
  for (const name of asked) {
    if (name === 'reuse') continue;
    const representation = REPRESENTATION_PROBES.includes(name);
    const plan = PLANNERS[name](representation ? baseline : probed);
    plannedRequests.push(...plan.requests.map((request) => ({ request, of: representation ? baseline.index : index })));
    if (representation) (baseline.exchange.probesSkipped ??= []).push(...plan.skipped);
    else skipped.push(...plan.skipped);
  }
  if (skipped.length > 0) (probedExchange.probesSkipped ??= []).push(...skipped);
  for (const { request } of plannedRequests) {
    guard(request);
    options.announce?.(announcement(request));
  }
  const reuse = options.names.has('reuse') ? planReuse(probed) : [];
  reuse.forEach(guard);
  for (const request of reuse) options.announce?.(announcement(request));

  // Independent probe requests run concurrently; the report keeps them in plan order.
  const [single, onConnection] = await Promise.all([
    Promise.all(plannedRequests.map(async ({ request, of }) => mark(await captureExchange(request.spec, options.capture), request.name, of))),
    reuse.length > 0 ? captureOnConnection(reuse.map((r) => r.spec), options.capture) : Promise.resolve([]),
  ]);
  exchanges.push(...single, ...onConnection.map((e) => mark(e, 'reuse', index)));
}

function mark(exchange: Exchange, name: string, of: number): Exchange {
  exchange.probe = { name, of };
  return exchange;
}

function guard(request: PlannedRequest): void {
  if (!SAFE_PROBE_METHODS.includes(request.spec.method) || request.spec.body !== undefined) {
    throw new Error(`internal error: probe ${request.name} would send ${request.spec.method}${request.spec.body ? ' with a body' : ''}`);
  }
}
