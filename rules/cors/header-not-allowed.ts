import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { corsRoleOf, credentialsModeOf, isOkStatus, requestedHeadersOf } from '../../src/cors/exchange';
import { extractTokenList, headersNotAllowed } from '../../src/cors/fetchSpec';
import { FETCH_REFS, missingEvidence, requestHeaderEvidence, statusLocation } from '../../src/cors/ruleSupport';

// Fetch §4.8 step 7: every header named in Access-Control-Request-Headers must be listed (case-insensitively)
// in Access-Control-Allow-Headers; `*` covers them only without credentials, and never covers Authorization.
export default defineRule({
  meta: {
    id: 'cors/header-not-allowed',
    needs: ['credentials'],
    category: 'cors',
    severity: 'error',
    title: 'CORS preflight does not allow a requested header',
    ref: FETCH_REFS.preflight,
    why: 'A browser sends the actual request only if every non-safelisted header it carries (Authorization, X-*, Content-Type: application/json, …) is listed in Access-Control-Allow-Headers. `*` is no wildcard for credentialed requests and never covers Authorization.',
    fix: 'List the headers the page sends in Access-Control-Allow-Headers (e.g. `Access-Control-Allow-Headers: Content-Type, Authorization, X-Request-Id`), or echo Access-Control-Request-Headers for allowed origins; always list Authorization explicitly.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'preflight' || !isOkStatus(res.status)) return [];
    const allowedList = extractTokenList(res.headers, 'Access-Control-Allow-Headers');
    if (allowedList.kind === 'failure') {
      return [
        {
          message: `Access-Control-Allow-Headers cannot be parsed (${allowedList.reason}): a browser fails the preflight whatever the headers`,
          evidence: headerEvidence(allowedList.header),
          location: headerLocation(allowedList.header),
        },
      ];
    }
    const credentialed = credentialsModeOf(context.exchanges, context.index);
    const allowed = allowedList.kind === 'values' ? allowedList.values : [];
    const missing = headersNotAllowed(requestedHeadersOf(exchange), allowed, credentialed);
    if (missing.length === 0) return [];
    const wildcard = allowed.includes('*');
    const hints: string[] = [];
    if (wildcard && credentialed) hints.push('"*" is no wildcard for a credentialed request');
    else if (wildcard && missing.includes('authorization')) hints.push('"*" never covers Authorization by the Fetch standard; Chromium today still lets it through, with a deprecation warning');
    const hint = hints.length ? ` (${hints.join('; ')})` : '';
    const what = `header${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;
    if (allowedList.kind === 'absent') {
      return [
        {
          message: `The preflight does not allow ${what}: the response has no Access-Control-Allow-Headers`,
          evidence: `${missingEvidence(res, 'Access-Control-Allow-Headers')}; ${requestHeaderEvidence(exchange, 'Access-Control-Request-Headers')}`,
          location: statusLocation(res),
        },
      ];
    }
    const header = allowedList.headers[0]!;
    return [
      {
        message: `The preflight does not allow ${what}: Access-Control-Allow-Headers lists ${allowed.length ? allowed.join(', ') : 'nothing'}${hint}`,
        evidence: `${headerEvidence(header)}; ${requestHeaderEvidence(exchange, 'Access-Control-Request-Headers')}`,
        location: headerLocation(header),
      },
    ];
  },
});
