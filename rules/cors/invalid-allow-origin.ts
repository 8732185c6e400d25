import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { requestOriginOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// Judged on any response carrying the header: an invalid value fails every CORS request, whatever its origin.
export default defineRule({
  meta: {
    id: 'cors/invalid-allow-origin',
    category: 'cors',
    severity: 'error',
    title: 'Access-Control-Allow-Origin is not a single origin, `*` or `null`',
    ref: FETCH_REFS.syntax,
    why: 'Access-Control-Allow-Origin takes exactly one value. Browsers combine repeated headers into a list and compare the whole value with the page\'s origin, so a list, several headers, or a URL with a path never matches: every CORS request fails.',
    fix: "Send one Access-Control-Allow-Origin header holding one serialized origin (`https://app.example`, no path or trailing slash), `*` or nothing. To allow several origins, check the request's Origin against your list and echo it (with `Vary: Origin`).",
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const acao = allowOriginOf(res.headers);
    if (acao.kind !== 'invalid' || acao.value === requestOriginOf(exchange)) return [];
    return [
      {
        message: `Access-Control-Allow-Origin "${acao.value}" is invalid (${acao.reason}): it matches no origin, so browsers block every CORS request`,
        evidence: headerEvidence(acao.header),
        location: headerLocation(acao.header),
      },
    ];
  },
});
