import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'framing/content-length-with-transfer-encoding',
    category: 'framing',
    severity: 'error',
    title: 'response has both Content-Length and Transfer-Encoding',
    ref: { label: 'RFC 9112 §6.1, §6.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    needs: ['http1-syntax'],
    why: 'A server must not send Content-Length together with Transfer-Encoding. Recipients should let Transfer-Encoding win, but not all do: when a proxy and a client disagree on which header frames the body, responses are split in different places (the classic request/response smuggling setup), and strict clients reject the response.',
    fix: 'Send only one of them: Transfer-Encoding: chunked for streamed bodies, or Content-Length for bodies of known size. Check proxies and middleware that add Content-Length to an already chunked response.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || (res.status >= 100 && res.status < 200)) return [];
    const te = headersNamed(res.headers, 'transfer-encoding');
    const cl = headersNamed(res.headers, 'content-length');
    if (te.length === 0 || cl.length === 0) return [];
    return [
      {
        message: `the response carries both ${cl[0]!.name}: ${cl[0]!.value} and ${te[0]!.name}: ${te[0]!.value}`,
        evidence: `${headerEvidence(cl[0]!)}; ${headerEvidence(te[0]!)}`,
        location: headerLocation(cl[0]!),
      },
    ];
  },
});
