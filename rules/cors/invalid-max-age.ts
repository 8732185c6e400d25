import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { corsRoleOf } from '../../src/cors/exchange';
import { extractMaxAge } from '../../src/cors/fetchSpec';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// Access-Control-Max-Age = delta-seconds (1*DIGIT), one header. Anything else (a unit, a sign, a fraction,
// a list, two header lines) fails to parse, and a browser caches the preflight for the 5-second default.
// Judged on responses to preflights only: no other response's Max-Age is read by anyone.
export default defineRule({
  meta: {
    id: 'cors/invalid-max-age',
    category: 'cors',
    severity: 'warning',
    title: 'Access-Control-Max-Age is not a non-negative integer (delta-seconds)',
    ref: FETCH_REFS.preflight,
    why: 'Browsers read Access-Control-Max-Age as a plain number of seconds. A value such as `10m`, `-1`, `600.0`, `600, 600` or two header lines fails to parse and is ignored: the preflight is cached for only 5 seconds, so the caching the server asked for silently does not happen.',
    fix: 'Send one header with digits only, e.g. `Access-Control-Max-Age: 600` (Chromium caps it at 7200 seconds; `0` disables caching).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'preflight') return [];
    const maxAge = extractMaxAge(res.headers);
    if (maxAge.kind !== 'failure') return [];
    return [
      {
        message: `Access-Control-Max-Age is invalid (${maxAge.reason}): browsers ignore it and cache this preflight for only 5 seconds`,
        evidence: headerEvidence(maxAge.header),
        location: headerLocation(maxAge.header),
      },
    ];
  },
});
