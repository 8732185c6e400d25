// The request a probe sends: the probed request's URL and headers, minus what belongs to a body or to another
// kind of request, plus the one header that distinguishes the probe. Pure.
import type { RequestSpec } from '../../http1/request';
import { SAFE_PROBE_METHODS } from './names';

/** One request a probe plans to send. */
export interface PlannedRequest {
  /** The probe that sends it (conditional, range, …, or baseline). */
  name: string;
  spec: RequestSpec;
  /** What distinguishes it, as announced: `If-None-Match: "abc"`, `Range: bytes=0-9`, or "" for none. */
  label: string;
}

// Headers of the probed request that would change what a probe asks (or carry a body it does not send).
const DROPPED = new Set([
  'content-type', 'content-length', 'content-encoding', 'content-language', 'content-location', 'transfer-encoding',
  'expect', 'connection', 'keep-alive', 'te', 'upgrade',
  'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range',
  // CORS is judged on the browser's own flow (--origin, --cors), not on probes.
  'origin', 'access-control-request-method', 'access-control-request-headers',
]);

/**
 * `base`'s URL and headers with `method` and `headers` (which replace any of the same name). Throws when asked
 * for an unsafe method: a probe that would send one is a bug, never a request.
 */
export function probeSpec(base: RequestSpec, method: string, headers: ReadonlyArray<[string, string]> = []): RequestSpec {
  if (!SAFE_PROBE_METHODS.includes(method)) throw new Error(`internal error: a probe may not send ${method}`);
  const own = new Set(headers.map(([n]) => n.toLowerCase()));
  const kept = base.headers.filter(([name]) => !DROPPED.has(name.toLowerCase()) && !own.has(name.toLowerCase()));
  return { url: base.url, method, headers: [...kept, ...headers] };
}

export function planned(name: string, base: RequestSpec, method: string, header?: [string, string]): PlannedRequest {
  return { name, spec: probeSpec(base, method, header ? [header] : []), label: header ? `${header[0]}: ${header[1]}` : '' };
}
