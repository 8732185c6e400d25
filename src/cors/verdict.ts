// What a browser would do with this inspection's CORS flow: run the Fetch algorithm itself (CORS-preflight
// fetch, then the CORS check on each response) and stop at the first failing step, as a browser does.
import type { Exchange } from '../exchange';
import type { Finding } from '../engine/rule';
import { corsCheck, needsPreflight, preflightCheck, type PreflightFailure } from './fetchSpec';
import {
  corsRoleOf,
  credentialsModeOf,
  isCredentialed,
  preflightIndexOf,
  requestOriginOf,
  requestedHeadersOf,
  requestedMethodOf,
} from './exchange';

export interface CorsVerdict {
  /** The Origin the simulated browser page has. */
  origin: string;
  /** Index (in the inspection's exchanges) of the preflight, or null when none was sent. */
  preflight: number | null;
  verdict: 'allowed' | 'blocked';
  /** The cors/* rule id of the first failing step, or null (allowed, or blocked for want of any response). */
  failedRule: string | null;
  /** One sentence: "A browser at https://app.example would BLOCK this request: …". */
  explanation: string;
}

/** "A browser at https://app.example would BLOCK this request: the preflight does not allow method DELETE". */
export function explainCors(origin: string, verdict: 'allowed' | 'blocked', reason?: string): string {
  const head = `A browser at ${origin} would ${verdict === 'blocked' ? 'BLOCK' : 'ALLOW'} this request`;
  if (!reason) return head;
  return verdict === 'blocked' ? `${head}: ${reason}` : `${head} (${reason})`;
}

/** The verdict's sentence, for the text report. */
export function renderCorsVerdict(verdict: CorsVerdict): string {
  return verdict.explanation;
}

/** The cors/* rule that reports a failed step (a preflight without Access-Control-Allow-Origin has its own). */
export function ruleIdOf(failure: PreflightFailure, onPreflight: boolean): string {
  return `cors/${onPreflight && failure === 'missing-allow-origin' ? 'preflight-missing-allow-origin' : failure}`;
}

/**
 * The browser's verdict on the inspection's CORS flow, or null when no request carries Origin.
 * Exchanges are judged in order: a preflight that fails blocks the request, then each actual CORS response
 * (redirect hops included) must pass the CORS check.
 *
 * `findingsPerExchange` is accepted for callers' convenience but deliberately not consulted: what a browser
 * does must not depend on which rules the user switched off or re-graded.
 */
export function corsVerdict(exchanges: readonly Exchange[], findingsPerExchange?: readonly (readonly Finding[])[]): CorsVerdict | null {
  void findingsPerExchange;
  const first = exchanges.findIndex((ex) => requestOriginOf(ex) !== undefined);
  if (first < 0) return null;
  const origin = requestOriginOf(exchanges[first])!;
  let preflight: number | null = null;
  let sawActual = false;
  let sawCors = false;
  const notes: string[] = [];

  const blocked = (reason: string, failedRule: string | null, at: number | null): CorsVerdict => ({
    origin,
    preflight: at ?? preflight,
    verdict: 'blocked',
    failedRule,
    explanation: explainCors(origin, 'blocked', reason),
  });

  for (let i = 0; i < exchanges.length; i++) {
    const ex = exchanges[i]!;
    const role = corsRoleOf(ex);
    if (role === null) continue;
    sawCors = true;
    const exOrigin = requestOriginOf(ex)!;
    if (role === 'preflight') {
      preflight ??= i;
      const res = ex.response;
      if (!res) return blocked(`the preflight got no response${ex.error ? ` (${ex.error.message})` : ''}`, null, i);
      const failure = preflightCheck({
        origin: exOrigin,
        method: requestedMethodOf(ex),
        requestHeaderNames: requestedHeadersOf(ex),
        credentialed: credentialsModeOf(exchanges, i),
        status: res.status,
        headers: res.headers,
      });
      if (failure) {
        const subject = failure.failure === 'method-not-allowed' || failure.failure === 'header-not-allowed' ? 'the preflight' : 'the preflight response';
        return blocked(`${subject} ${failure.detail}`, ruleIdOf(failure.failure, true), i);
      }
      continue;
    }
    // An actual CORS request (or a redirect hop of one).
    sawActual = true;
    const own = preflightIndexOf(exchanges, i);
    if (own === null && needsPreflight(ex.request.method, ex.request.headers) && !notes.length) {
      notes.push(`a browser would first send a preflight for ${ex.request.method}, which was not checked here`);
    }
    const res = ex.response;
    if (!res) return blocked(`the request got no response${ex.error ? ` (${ex.error.message})` : ''}`, null, own);
    const failure = corsCheck(exOrigin, isCredentialed(ex), res.headers);
    if (failure) return blocked(`the response ${failure.detail}`, ruleIdOf(failure.failure, false), own);
  }

  if (!sawCors) {
    return { origin, preflight: null, verdict: 'allowed', failedRule: null, explanation: explainCors(origin, 'allowed', 'it is same-origin, so no CORS check applies') };
  }
  if (!sawActual) notes.push('only the preflight was sent; the actual response was not checked');
  return { origin, preflight, verdict: 'allowed', failedRule: null, explanation: explainCors(origin, 'allowed', notes.join('; ') || undefined) };
}
