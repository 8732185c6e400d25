import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';

const UPDATES = ['PUT', 'PATCH', 'POST'];

export default defineRule({
  meta: {
    id: 'status/update-200-empty',
    needs: ['body'],
    category: 'status',
    severity: 'info',
    title: 'PUT, PATCH or POST answered 200 with an empty body',
    ref: { label: 'RFC 9110 §9.3.4, §15.3.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5' },
    why: 'A 200 promises content describing the result (RFC 9110 §9.3.4); 204 No Content is the status for "applied, nothing to return". Clients that parse the promised body (`await res.json()`, generated SDKs) fail on an empty 200, and 204 also tells browsers not to navigate away from a submitted form.',
    fix: 'Answer with 204 No Content and no body when there is nothing to return (Express `res.sendStatus(204)`), or return the updated representation with 200.',
  },
  check(exchange) {
    const res = exchange.response;
    const method = exchange.request.method;
    if (!res || res.status !== 200 || !UPDATES.includes(method) || res.contentLength !== 0) return [];
    // A declared non-zero length that never arrived is a truncated body (framing rules report it), not an empty one.
    if (res.framing.kind === 'content-length' && (res.framing.length ?? 0) > 0) return [];
    const cl = headerNamed(res.headers, 'content-length');
    return [
      {
        message: `${method} answered 200 with an empty body: use 204 No Content`,
        evidence: `${statusLineEvidence(res)}; 0 bytes of content${cl ? ` (${cl.raw} at byte ${cl.offset})` : ''}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
