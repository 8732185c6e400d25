import { defineRule } from '../../src/engine/rule';
import { corsRoleOf, requestOriginOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS, missingEvidence, statusLocation } from '../../src/cors/ruleSupport';

export default defineRule({
  meta: {
    id: 'cors/missing-allow-origin',
    category: 'cors',
    severity: 'error',
    title: 'Response to a cross-origin request without Access-Control-Allow-Origin',
    ref: FETCH_REFS.corsCheck,
    why: 'Without Access-Control-Allow-Origin the CORS check fails: the browser hides the response (status, headers and body) from the page, which sees only a network error ("No \'Access-Control-Allow-Origin\' header is present").',
    fix: 'Send Access-Control-Allow-Origin on every response the page must read, error responses included: the request\'s exact Origin (with `Vary: Origin`) when it is allowed, or `*` for public resources without credentials.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'actual' || allowOriginOf(res.headers).kind !== 'absent') return [];
    return [
      {
        message: `The response to a request from ${requestOriginOf(exchange)} has no Access-Control-Allow-Origin: a browser blocks the page from reading it`,
        evidence: missingEvidence(res, 'Access-Control-Allow-Origin'),
        location: statusLocation(res),
      },
    ];
  },
});
