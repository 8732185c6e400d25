import { defineRule } from '../../src/engine/rule';
import { corsRoleOf, credentialsModeOf, requestedHeadersOf, requestedMethodOf, requestOriginOf } from '../../src/cors/exchange';
import { extractMaxAge, preflightCheck } from '../../src/cors/fetchSpec';
import { FETCH_REFS, missingEvidence, statusLocation } from '../../src/cors/ruleSupport';

// Only on a preflight that succeeds: a failing one has bigger problems, reported by the other rules.
// An unparsable value (or several headers) is cors/invalid-max-age's: reported once, there.
export default defineRule({
  meta: {
    id: 'cors/preflight-missing-max-age',
    needs: ['credentials'],
    category: 'cors',
    severity: 'info',
    title: 'Successful CORS preflight without Access-Control-Max-Age',
    ref: FETCH_REFS.preflight,
    why: 'Without Access-Control-Max-Age browsers cache a preflight result for only 5 seconds, so nearly every non-simple request costs an extra OPTIONS round trip.',
    fix: 'Send `Access-Control-Max-Age: 600` (or more; Chromium caps it at 7200 seconds) on successful preflight responses.',
  },
  check(exchange, context) {
    const res = exchange.response;
    const origin = requestOriginOf(exchange);
    if (!res || origin === undefined || corsRoleOf(exchange) !== 'preflight') return [];
    const failed = preflightCheck({
      origin,
      method: requestedMethodOf(exchange),
      requestHeaderNames: requestedHeadersOf(exchange),
      credentialed: credentialsModeOf(context.exchanges, context.index),
      status: res.status,
      headers: res.headers,
    });
    if (failed) return [];
    if (extractMaxAge(res.headers).kind !== 'absent') return [];
    return [
      {
        message: 'The preflight succeeds but has no Access-Control-Max-Age: browsers cache it for only 5 seconds and preflight again',
        evidence: missingEvidence(res, 'Access-Control-Max-Age'),
        location: statusLocation(res),
      },
    ];
  },
});
