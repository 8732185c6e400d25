import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';

// RFC 9110 §15.4.5: 304 answers a conditional GET or HEAD. For other methods a failed If-None-Match yields 412
// (§13.1.2), and there is no cached response to reuse.
export default defineRule({
  meta: {
    id: 'status/304-for-other-method',
    category: 'status',
    severity: 'error',
    title: '304 Not Modified to a method other than GET or HEAD',
    ref: { label: 'RFC 9110 §15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' },
    why: '304 tells a client to reuse its cached copy, which only exists for GET and HEAD. A 304 to POST, PUT or DELETE leaves the client without a result and without knowing whether the method was applied; a failed If-None-Match on those methods is 412 Precondition Failed.',
    fix: 'Answer a failed precondition on POST, PUT, PATCH or DELETE with 412 Precondition Failed; reserve 304 for conditional GET and HEAD.',
  },
  check(exchange) {
    const res = exchange.response;
    const method = exchange.request.method.toUpperCase();
    if (!res || res.status !== 304 || method === 'GET' || method === 'HEAD') return [];
    return [
      {
        message: `304 Not Modified answers ${method}: only GET and HEAD have a cached copy to reuse (a failed precondition on ${method} is 412)`,
        evidence: `${statusLineEvidence(res)} in answer to ${method} ${exchange.request.target.slice(0, 100)}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
