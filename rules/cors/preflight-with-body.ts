import { defineRule } from '../../src/engine/rule';
import { bytesEvidence } from '../../src/engine/evidence';
import { contentOf } from '../../src/exchange';
import { corsRoleOf, isOkStatus } from '../../src/cors/exchange';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// Only successful preflights: an error page on a failed preflight is reported by preflight-failed-status.
// Bytes after a 204 are framing/body-on-204's business; this rule looks at the content of a 2xx.
export default defineRule({
  meta: {
    id: 'cors/preflight-with-body',
    needs: ['body'],
    category: 'cors',
    severity: 'info',
    title: 'CORS preflight answered with content',
    ref: FETCH_REFS.preflight,
    why: 'Browsers read only the status and the Access-Control-* headers of a preflight and discard its content: the bytes are wasted on every preflight, and a body often means the OPTIONS request ran the real handler.',
    fix: 'Answer preflights with `204 No Content` and no body (e.g. the cors middleware\'s default `optionsSuccessStatus: 204`), before any route handler runs.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || corsRoleOf(exchange) !== 'preflight' || !isOkStatus(res.status) || res.contentLength <= 0) return [];
    const first = res.content[0];
    return [
      {
        message: `The preflight response carries ${res.contentLength} byte${res.contentLength === 1 ? '' : 's'} of content, which browsers discard (204 with no body is the idiomatic answer)`,
        evidence: `at byte ${first?.offset ?? res.headerEnd}: ${bytesEvidence(contentOf(exchange, res), res.contentLength)}`,
        location: { part: 'body', offset: first?.offset ?? res.headerEnd },
      },
    ];
  },
});
