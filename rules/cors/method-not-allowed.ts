import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { corsRoleOf, credentialsModeOf, isOkStatus, requestedMethodOf } from '../../src/cors/exchange';
import { extractTokenList, methodAllowed } from '../../src/cors/fetchSpec';
import { FETCH_REFS, missingEvidence, requestHeaderEvidence, statusLocation } from '../../src/cors/ruleSupport';

// Fetch §4.8 step 7: an unparsable Access-Control-Allow-Methods fails the preflight whatever the method;
// otherwise the method must be safelisted (GET, HEAD, POST), listed byte for byte, or covered by `*`
// when the request has no credentials.
export default defineRule({
  meta: {
    id: 'cors/method-not-allowed',
    needs: ['credentials'],
    category: 'cors',
    severity: 'error',
    title: 'CORS preflight does not allow the requested method',
    ref: FETCH_REFS.preflight,
    why: 'After a preflight a browser sends the actual request only if its method is GET, HEAD or POST, or is listed in Access-Control-Allow-Methods (method names are case-sensitive; `*` counts only for requests without credentials). Otherwise the page gets a network error.',
    fix: 'List every method the API accepts cross-origin in Access-Control-Allow-Methods, in upper case, comma-separated (e.g. `Access-Control-Allow-Methods: GET, POST, PUT, DELETE`); do not rely on `*` for credentialed requests.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'preflight' || !isOkStatus(res.status)) return [];
    const method = requestedMethodOf(exchange) || '(empty)';
    const methods = extractTokenList(res.headers, 'Access-Control-Allow-Methods');
    if (methods.kind === 'failure') {
      return [
        {
          message: `Access-Control-Allow-Methods cannot be parsed (${methods.reason}): a browser fails the preflight whatever the method`,
          evidence: headerEvidence(methods.header),
          location: headerLocation(methods.header),
        },
      ];
    }
    const credentialed = credentialsModeOf(context.exchanges, context.index);
    const allowed = methods.kind === 'values' ? methods.values : [];
    if (methodAllowed(method, allowed, credentialed)) return [];
    const hints: string[] = [];
    const caseless = allowed.find((m) => m.toUpperCase() === method.toUpperCase());
    if (caseless) hints.push(`"${caseless}" does not match: method names are case-sensitive`);
    if (credentialed && allowed.includes('*')) hints.push('"*" is no wildcard for a credentialed request');
    const hint = hints.length ? ` (${hints.join('; ')})` : '';
    if (methods.kind === 'absent') {
      return [
        {
          message: `The preflight does not allow method ${method}: the response has no Access-Control-Allow-Methods, which only lets GET, HEAD and POST through`,
          evidence: `${missingEvidence(res, 'Access-Control-Allow-Methods')}; ${requestHeaderEvidence(exchange, 'Access-Control-Request-Method')}`,
          location: statusLocation(res),
        },
      ];
    }
    const header = methods.headers[0]!;
    return [
      {
        message: `The preflight does not allow method ${method}: Access-Control-Allow-Methods lists ${allowed.length ? allowed.join(', ') : 'nothing'}${hint}`,
        evidence: `${headerEvidence(header)}; ${requestHeaderEvidence(exchange, 'Access-Control-Request-Method')}`,
        location: headerLocation(header),
      },
    ];
  },
});
