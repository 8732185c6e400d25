// --origin, --cors, --preflight-only, --credentials → the browser request to simulate, or a usage error.
import { isOriginSyntax } from '../cors/fetchSpec';
import { browserRequestOf, isHandBuiltPreflight, noPreflightReason, type CorsSimulation } from '../cors/simulation';
import type { RequestSpec } from '../http1/request';
import { UsageError } from '../options/usage';

export interface CorsFlags {
  origin?: string;
  cors?: boolean;
  preflightOnly?: boolean;
  credentials?: boolean;
}

/** A browser's Origin: "null" or a serialized origin (lower-case scheme and host, no default port, no path). */
export function parseOrigin(text: string): string {
  if (text === 'null') return text;
  const example = 'an origin such as https://app.example (scheme://host[:port], no path)';
  if (!isOriginSyntax(text)) throw new UsageError(`--origin expects ${example}, not "${text}"`);
  const serialized = new URL(text).origin;
  if (serialized === 'null') throw new UsageError(`--origin expects ${example}, not "${text}"`);
  if (serialized !== text) throw new UsageError(`a browser would send Origin: ${serialized}, not "${text}": use --origin ${serialized}`);
  return text;
}

/** The simulation for this request, or undefined when no CORS option is given (a hand-set Origin is judged as is). */
export function corsSimulationOf(spec: RequestSpec, flags: CorsFlags): CorsSimulation | undefined {
  const preflightOnly = flags.preflightOnly === true;
  const preflight = flags.cors === true || preflightOnly;
  if (flags.origin === undefined && !preflight && flags.credentials !== true) return undefined;
  const byHand = spec.headers.find(([n, v]) => n.toLowerCase() === 'origin' && v !== '')?.[1];
  const given = flags.origin === undefined ? undefined : parseOrigin(flags.origin);
  if (given !== undefined && byHand !== undefined && given !== byHand) {
    throw new UsageError(`--origin ${given} and -H 'Origin: ${byHand}' disagree: give the origin once`);
  }
  const origin = given ?? byHand;
  if (origin === undefined) {
    const option = preflightOnly ? '--preflight-only' : preflight ? '--cors' : '--credentials';
    throw new UsageError(`${option} simulates a browser request: give the page's origin with --origin (e.g. --origin https://app.example)`);
  }
  // Only --credentials sets the credentials mode: an Authorization or Cookie header does not (see browserRequestOf).
  const simulation: CorsSimulation = { origin, preflight, preflightOnly, credentials: flags.credentials === true };
  if (preflightOnly && !isHandBuiltPreflight(spec)) {
    const none = noPreflightReason(browserRequestOf(spec, simulation).spec, origin);
    if (none !== null) throw new UsageError(`--preflight-only: a browser sends no preflight here (${none}); drop it to inspect the request itself`);
  }
  return simulation;
}
