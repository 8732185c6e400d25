// What a browser would do with this inspection's CORS flow: run the Fetch algorithm itself (CORS-preflight
// fetch, then the CORS check on each response) and stop at the first failing step, as a browser does.
import type { Exchange } from '../exchange';
import type { Finding } from '../engine/rule';
import { needsPreflight } from './fetchRequest';
import { corsCheck, preflightCheck, type PreflightFailure } from './fetchSpec';
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
  /** What the Fetch standard says a browser does. */
  verdict: 'allowed' | 'blocked';
  /** The cors/* rule id of the first failing step, or null (allowed, or blocked for want of any response). */
  failedRule: string | null;
  /** One sentence: "A browser at https://app.example would BLOCK this request: …". */
  explanation: string;
  /** What Chromium does today: `verdict`, except where Chromium knowingly departs from Fetch (`deviation`). */
  chromium: 'allowed' | 'blocked';
  /** How Chromium's answer departs from Fetch's here, or null when both agree. */
  deviation: string | null;
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

const AUTHORIZATION_DEVIATION = 'Chromium still lets "*" in Access-Control-Allow-Headers cover Authorization, with a deprecation warning; Fetch does not';

interface Walk {
  verdict: 'allowed' | 'blocked';
  failedRule: string | null;
  /** Why it is blocked, or the notes on an allowed request. */
  reason?: string;
  preflight: number | null;
}

/**
 * The Fetch algorithm over the exchanges, in order: a preflight that fails blocks the request, then each actual
 * CORS response (redirect hops included) must pass the CORS check. `chromiumToday` judges as Chromium does.
 */
function walk(exchanges: readonly Exchange[], chromiumToday: boolean): Walk | null {
  let preflight: number | null = null;
  let sawActual = false;
  let sawCors = false;
  const notes: string[] = [];
  const blocked = (reason: string, failedRule: string | null, at: number | null): Walk => ({ verdict: 'blocked', failedRule, reason, preflight: at ?? preflight });

  for (let i = 0; i < exchanges.length; i++) {
    const ex = exchanges[i]!;
    const role = corsRoleOf(ex);
    if (role === null) continue;
    sawCors = true;
    const exOrigin = requestOriginOf(ex)!;
    if (role === 'preflight') {
      preflight ??= i;
      // A later preflight is a redirect hop's own (src/cors/simulation.ts preflightPlanOf).
      const which = i === preflight ? 'the preflight' : `the preflight after the redirect to ${ex.url}`;
      const res = ex.response;
      if (!res) return blocked(`${which} got no response${ex.error ? ` (${ex.error.message})` : ''}`, null, i);
      const failure = preflightCheck({
        origin: exOrigin,
        method: requestedMethodOf(ex),
        requestHeaderNames: requestedHeadersOf(ex),
        credentialed: credentialsModeOf(exchanges, i),
        status: res.status,
        headers: res.headers,
        chromiumToday,
      });
      if (failure) {
        const onRequest = failure.failure === 'method-not-allowed' || failure.failure === 'header-not-allowed';
        return blocked(`${which}${onRequest ? '' : ' response'} ${failure.detail}`, ruleIdOf(failure.failure, true), i);
      }
      if (i !== preflight) notes.push(`${which} passed too`);
      continue;
    }
    // An actual CORS request (or a redirect hop of one).
    sawActual = true;
    const own = preflightIndexOf(exchanges, i);
    const unchecked = `a browser would first send a preflight for ${ex.request.method}, which was not checked here`;
    if (own === null && needsPreflight(ex.request.method, ex.request.headers) && !notes.includes(unchecked)) notes.push(unchecked);
    const res = ex.response;
    if (!res) return blocked(`the request got no response${ex.error ? ` (${ex.error.message})` : ''}`, null, own);
    const failure = corsCheck(exOrigin, isCredentialed(ex), res.headers);
    if (failure) return blocked(`the response ${failure.detail}`, ruleIdOf(failure.failure, false), own);
  }
  if (!sawCors) return null;
  if (!sawActual) notes.push('only the preflight was sent; the actual response was not checked');
  return { verdict: 'allowed', failedRule: null, reason: notes.join('; ') || undefined, preflight };
}

/** How the simulated request differs from the one typed (exchange.cors.notes), once each. */
function modellingNotes(exchanges: readonly Exchange[]): string[] {
  return [...new Set(exchanges.flatMap((ex) => ex.cors?.notes ?? []))];
}

/**
 * The browser's verdict on the inspection's CORS flow, or null when no request carries Origin: Fetch's
 * answer, and Chromium's where it still departs from Fetch (both are shown then).
 *
 * `findingsPerExchange` is accepted for callers' convenience but deliberately not consulted: what a browser
 * does must not depend on which rules the user switched off or re-graded.
 */
export function corsVerdict(exchanges: readonly Exchange[], findingsPerExchange?: readonly (readonly Finding[])[]): CorsVerdict | null {
  void findingsPerExchange;
  const first = exchanges.findIndex((ex) => requestOriginOf(ex) !== undefined);
  if (first < 0) return null;
  const origin = requestOriginOf(exchanges[first])!;
  const notes = modellingNotes(exchanges).map((n) => `. Note: ${n}`).join('');
  const fetch = walk(exchanges, false);
  if (fetch === null) {
    const explanation = explainCors(origin, 'allowed', 'it is same-origin, so no CORS check applies') + notes;
    return { origin, preflight: null, verdict: 'allowed', failedRule: null, explanation, chromium: 'allowed', deviation: null };
  }
  const chromium = walk(exchanges, true) ?? fetch;
  const deviation = chromium.verdict !== fetch.verdict ? AUTHORIZATION_DEVIATION : null;
  const both = deviation ? `. Fetch: ${fetch.verdict}; Chromium today: ${chromium.verdict}, deprecated ("*" still covers Authorization there)` : '';
  return {
    origin,
    preflight: fetch.preflight,
    verdict: fetch.verdict,
    failedRule: fetch.failedRule,
    explanation: explainCors(origin, fetch.verdict, fetch.reason) + both + notes,
    chromium: chromium.verdict,
    deviation,
  };
}
