import { defineRule } from '../../src/engine/rule';
import { h2BodyFindings, isH2 } from './_h2body';
import { bytesEvidence } from '../../src/engine/evidence';
import { contentOf } from '../../src/exchange';

// Unlike 204, a 205 is framed normally, so its (forbidden) content is the dechunked body received.
export default defineRule({
  meta: {
    id: 'framing/body-on-205',
    category: 'framing',
    severity: 'error',
    title: '205 Reset Content response has content',
    ref: { label: 'RFC 9110 §15.3.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6' },
    why: 'A 205 tells the client to reset its document view and must not carry content. Clients that treat 205 like 204 stop reading at the header block and misread the content as the next response on a kept-alive connection.',
    fix: 'Send 205 with `Content-Length: 0` (or an empty chunked body) and nothing after the headers; if the client needs data, answer 200 instead.',
  },
  check(exchange) {
    const res = exchange.response;
    if (res && res.status === 205 && isH2(exchange)) return h2BodyFindings(exchange, 'a 205 response');
    if (!res || res.status !== 205 || !(res.contentLength > 0)) return [];
    const first = res.content[0];
    const bytes = contentOf(exchange, res).subarray(0, 16);
    return [
      {
        message: `a 205 response has ${res.contentLength} byte${res.contentLength === 1 ? '' : 's'} of content`,
        evidence: `at byte ${first?.offset ?? res.headerEnd}: ${bytesEvidence(bytes, res.contentLength)}`,
        location: { part: 'body', offset: first?.offset ?? res.headerEnd },
      },
    ];
  },
});
