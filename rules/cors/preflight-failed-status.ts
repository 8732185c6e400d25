import { statusLineEvidence } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { corsRoleOf, isOkStatus } from '../../src/cors/exchange';
import { FETCH_REFS, statusLocation } from '../../src/cors/ruleSupport';

// Fetch §4.8 step 7: only an ok status (200–299) lets a preflight succeed; anything else, redirects included,
// is a network error for the actual request too.
function hint(status: number): string {
  if (status >= 300 && status <= 399) return ' (browsers never follow a redirect on a preflight)';
  if (status === 401 || status === 403) return ' (a preflight never carries credentials: authentication must not apply to OPTIONS)';
  if (status === 404 || status === 405 || status === 501) return ' (the server does not answer OPTIONS for this URL)';
  return '';
}

export default defineRule({
  meta: {
    id: 'cors/preflight-failed-status',
    category: 'cors',
    severity: 'error',
    title: 'CORS preflight answered with a non-2xx status',
    ref: FETCH_REFS.preflight,
    why: 'A browser accepts a preflight only with a 2xx status; any other status (404, 405, 401, a redirect) fails the preflight, and the actual request is never sent: the page sees a network error.',
    fix: 'Answer OPTIONS requests carrying Origin and Access-Control-Request-Method with 204 (or 200) and the Access-Control-Allow-* headers, before authentication and routing (e.g. register the CORS middleware first).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'preflight' || isOkStatus(res.status)) return [];
    return [
      {
        message: `The preflight was answered ${res.status}${res.reason ? ` ${res.reason}` : ''}, not 2xx: a browser fails the whole request${hint(res.status)}`,
        evidence: statusLineEvidence(res),
        location: statusLocation(res),
      },
    ];
  },
});
