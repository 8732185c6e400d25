import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'status/delete-200-empty',
    needs: ['body'],
    category: 'status',
    severity: 'warning',
    title: 'DELETE answered 200 with an empty body',
    ref: { label: 'RFC 9110 §9.3.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5' },
    why: 'A 200 to DELETE promises a representation describing the outcome; 204 says "done, nothing to add". Clients that parse the promised body (e.g. `await res.json()` in fetch, generated SDKs) throw on an empty 200.',
    fix: 'Answer a successful DELETE with 204 No Content and no body (Express `res.sendStatus(204)`), or keep 200 and send a body describing the result.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 200 || exchange.request.method !== 'DELETE' || res.contentLength !== 0) return [];
    // A declared non-zero length that never arrived is a truncated body (framing rules report it), not an empty one.
    if (res.framing.kind === 'content-length' && (res.framing.length ?? 0) > 0) return [];
    const cl = headerNamed(res.headers, 'content-length');
    return [
      {
        message: 'DELETE answered 200 with an empty body: 204 No Content says exactly that',
        evidence: `${statusLineEvidence(res)}; 0 bytes of content${cl ? ` (${cl.raw} at byte ${cl.offset})` : ''}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
