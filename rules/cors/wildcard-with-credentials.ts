import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { corsRoleOf, credentialsModeOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// Fires on `*` with `Access-Control-Allow-Credentials: true` (a configuration that can never work), and on
// `*` answering a credentialed CORS request (the CORS check fails at its origin comparison).
export default defineRule({
  meta: {
    id: 'cors/wildcard-with-credentials',
    needs: ['credentials'],
    category: 'cors',
    severity: 'error',
    title: '`Access-Control-Allow-Origin: *` with credentials',
    ref: FETCH_REFS.credentials,
    why: 'For a credentialed request (`credentials: "include"` in fetch(): the browser sends its cookies; an Authorization header set by script does not make a request credentialed) browsers never accept `*`: Access-Control-Allow-Origin must be the exact origin. `*` together with `Access-Control-Allow-Credentials: true` therefore fails every credentialed request.',
    fix: "For credentialed requests echo the request's Origin (after checking it against an allow-list) with `Access-Control-Allow-Credentials: true` and `Vary: Origin`; keep `*` only for public resources without credentials and drop Access-Control-Allow-Credentials there.",
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res) return [];
    const acao = allowOriginOf(res.headers);
    if (acao.kind !== 'wildcard') return [];
    const acac = headersNamed(res.headers, 'Access-Control-Allow-Credentials');
    const credentialsTrue = acac.length === 1 && acac[0]!.value === 'true';
    const credentialedRequest = corsRoleOf(exchange) !== null && credentialsModeOf(context.exchanges, context.index);
    if (!credentialsTrue && !credentialedRequest) return [];
    const evidence = credentialsTrue ? `${headerEvidence(acao.header)}; ${headerEvidence(acac[0]!)}` : headerEvidence(acao.header);
    const message = credentialedRequest
      ? 'Access-Control-Allow-Origin: * answers a credentialed request: browsers never accept "*" with credentials and block the response'
      : 'Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true: browsers reject every credentialed request to it';
    return [{ message, evidence, location: headerLocation(acao.header) }];
  },
});
