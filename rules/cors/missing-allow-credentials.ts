import { defineRule } from '../../src/engine/rule';
import { headersNamed } from '../../src/exchange';
import { corsRoleOf, credentialsModeOf, requestOriginOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS, missingEvidence, statusLocation } from '../../src/cors/ruleSupport';

// The last step of the CORS check: reached only when Access-Control-Allow-Origin matched the origin exactly
// (a `*` or a mismatch is reported by their own rules).
export default defineRule({
  meta: {
    id: 'cors/missing-allow-credentials',
    needs: ['credentials'],
    category: 'cors',
    severity: 'error',
    title: 'Credentialed CORS request answered without `Access-Control-Allow-Credentials: true`',
    ref: FETCH_REFS.corsCheck,
    why: 'For a credentialed request (`credentials: "include"` in fetch(): the browser sends its cookies; an Authorization header set by script does not make a request credentialed), browsers also require `Access-Control-Allow-Credentials: true` on the response (and on its preflight); without it the page gets a network error even though the origin matches.',
    fix: 'Send `Access-Control-Allow-Credentials: true` on both the preflight and the actual response for origins allowed to send credentials.',
  },
  check(exchange, context) {
    const res = exchange.response;
    const origin = requestOriginOf(exchange);
    if (!res || origin === undefined || corsRoleOf(exchange) === null) return [];
    if (!credentialsModeOf(context.exchanges, context.index)) return [];
    const acao = allowOriginOf(res.headers);
    if (acao.kind === 'absent' || acao.value !== origin) return [];
    if (headersNamed(res.headers, 'Access-Control-Allow-Credentials').length > 0) return [];
    const what = corsRoleOf(exchange) === 'preflight' ? 'The preflight response' : 'The response';
    return [
      {
        message: `${what} to a credentialed request has no Access-Control-Allow-Credentials: true: a browser blocks it although the origin matches`,
        evidence: missingEvidence(res, 'Access-Control-Allow-Credentials'),
        location: statusLocation(res),
      },
    ];
  },
});
