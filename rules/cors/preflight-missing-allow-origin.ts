import { defineRule } from '../../src/engine/rule';
import { corsRoleOf, requestOriginOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS, missingEvidence, statusLocation } from '../../src/cors/ruleSupport';

export default defineRule({
  meta: {
    id: 'cors/preflight-missing-allow-origin',
    category: 'cors',
    severity: 'error',
    title: 'CORS preflight response without Access-Control-Allow-Origin',
    ref: FETCH_REFS.corsCheck,
    why: 'The CORS check runs on the preflight response too: without Access-Control-Allow-Origin the preflight fails and the browser never sends the actual request ("Response to preflight request doesn\'t pass access control check").',
    fix: 'Send Access-Control-Allow-Origin (the request\'s exact Origin, or `*` for requests without credentials) on the OPTIONS response as well, together with Access-Control-Allow-Methods and Access-Control-Allow-Headers.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'preflight' || allowOriginOf(res.headers).kind !== 'absent') return [];
    return [
      {
        message: `The preflight response has no Access-Control-Allow-Origin: a browser at ${requestOriginOf(exchange)} fails the preflight and never sends the request`,
        evidence: missingEvidence(res, 'Access-Control-Allow-Origin'),
        location: statusLocation(res),
      },
    ];
  },
});
