// The decisions a simulated browser takes between the requests of one CORS flow (whether to go on after a
// preflight, whether a redirect hop is still a CORS request). Pure: src/inspect.ts sends what these decide.
import type { Exchange } from '../exchange';
import { corsVerdict } from './verdict';

export interface AfterPreflight {
  /** Whether the browser sends the request the preflight was for. */
  send: boolean;
  /** Why it does not, or why it does although Fetch says no; undefined when the preflight simply passed. */
  announcement?: string;
}

/**
 * After the preflight for `method`: a browser sends the request only when the preflight passed. Where Chromium
 * still lets through what Fetch blocks (`*` covering Authorization), the request is sent, so that what Chromium
 * would do is judged too; the verdict then shows both answers.
 */
export function afterPreflight(preflight: Exchange, method: string): AfterPreflight {
  const verdict = corsVerdict([preflight]);
  if (verdict === null || verdict.verdict === 'allowed') return { send: true };
  if (verdict.chromium === 'allowed') {
    return { send: true, announcement: `the preflight fails by the Fetch standard, but Chromium today lets it through (deprecated): sending the ${method} to judge what Chromium does` };
  }
  return { send: false, announcement: `the preflight failed, so a browser would not send the ${method}: httpinspect does not send it either` };
}

/**
 * Whether any request of the chain so far went to another origin than the page's: Fetch's response tainting
 * is "cors" from then on, so every later hop is a CORS request, even one back to the page's own origin.
 */
export function corsSoFar(exchanges: readonly Exchange[], pageOrigin: string): boolean {
  return exchanges.some((ex) => {
    try {
      return new URL(ex.url).origin !== pageOrigin;
    } catch {
      return false;
    }
  });
}
