import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { corsRoleOf, requestOriginOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// Only actual responses: preflight (OPTIONS) responses are not stored by HTTP caches.
export default defineRule({
  meta: {
    id: 'cors/missing-vary-origin',
    category: 'cors',
    severity: 'warning',
    title: 'Access-Control-Allow-Origin echoes the origin without `Vary: Origin`',
    ref: FETCH_REFS.caches,
    why: 'When Access-Control-Allow-Origin depends on the request\'s Origin, a shared or browser cache without `Vary: Origin` can serve the response stored for one origin to another, which the browser then blocks (or, worse, serves one origin\'s allowance to another).',
    fix: "Add `Vary: Origin` to every response whose Access-Control-Allow-Origin is computed from the request's Origin (including responses that omit it for disallowed origins).",
  },
  check(exchange) {
    const res = exchange.response;
    const origin = requestOriginOf(exchange);
    if (!res || origin === undefined || corsRoleOf(exchange) !== 'actual') return [];
    const acao = allowOriginOf(res.headers);
    if ((acao.kind !== 'origin' && acao.kind !== 'null') || acao.value !== origin) return [];
    const varied = headersNamed(res.headers, 'Vary').some((h) =>
      h.value.split(',').some((v) => ['origin', '*'].includes(v.trim().toLowerCase())),
    );
    if (varied) return [];
    return [
      {
        message: `Access-Control-Allow-Origin echoes the request's origin ${origin} but the response has no Vary: Origin: caches may serve it to other origins`,
        evidence: headerEvidence(acao.header),
        location: headerLocation(acao.header),
      },
    ];
  },
});
