import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// The only meaningful value is the exact, case-sensitive `true`; repeated headers combine into "true, true",
// which is not `true` either. Judged on any response carrying the header.
export default defineRule({
  meta: {
    id: 'cors/credentials-not-true',
    category: 'cors',
    severity: 'error',
    title: 'Access-Control-Allow-Credentials is not exactly `true`',
    ref: FETCH_REFS.corsCheck,
    why: 'Browsers accept a credentialed CORS response only when Access-Control-Allow-Credentials is exactly `true` (lower case, one header). `True`, `1`, `yes` fail the request; `false` means nothing: the header is simply to be omitted.',
    fix: 'Send `Access-Control-Allow-Credentials: true` once when credentialed requests are allowed; otherwise omit the header entirely.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const acac = headersNamed(res.headers, 'Access-Control-Allow-Credentials');
    if (acac.length === 0) return [];
    const combined = acac.map((h) => h.value).join(', ');
    if (combined === 'true') return [];
    const offending = acac.length > 1 ? acac[1]! : acac[0]!;
    const message =
      acac.length > 1
        ? `${acac.length} Access-Control-Allow-Credentials headers read as "${combined}", not exactly "true": credentialed requests are blocked`
        : `Access-Control-Allow-Credentials is "${combined}", not exactly "true": credentialed requests are blocked${combined === 'false' ? ' (to refuse credentials, omit the header)' : ''}`;
    return [{ message, evidence: headerEvidence(offending), location: headerLocation(offending) }];
  },
});
