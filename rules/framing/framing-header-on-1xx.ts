import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence } from '../../src/engine/evidence';
import type { ResponseMessage } from '../../src/exchange';

// Interim responses (100, 103 …) and a final 101 end at their header block; framing headers on them
// are forbidden and misleading.
export default defineRule({
  meta: {
    id: 'framing/framing-header-on-1xx',
    category: 'framing',
    severity: 'error',
    title: '1xx response carries Content-Length or Transfer-Encoding',
    ref: { label: 'RFC 9110 §8.6, RFC 9112 §6.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    why: 'A 1xx response never has content, and a server must not send Content-Length or Transfer-Encoding in one. A client or proxy that believes the header reads the following final response (or, after 101, the upgraded protocol) as a body and loses it; strict clients reject the response.',
    fix: 'Send 1xx responses (100 Continue, 101 Switching Protocols, 103 Early Hints) with no Content-Length and no Transfer-Encoding.',
  },
  check(exchange) {
    const messages: Array<{ message: ResponseMessage; interim: boolean }> = (exchange.interim ?? []).map((m) => ({ message: m, interim: true }));
    const res = exchange.response;
    if (res && res.status >= 100 && res.status < 200) messages.push({ message: res, interim: false });
    const findings: RuleFinding[] = [];
    for (const { message, interim } of messages) {
      for (const h of message.headers) {
        const name = h.name.toLowerCase();
        if (name !== 'content-length' && name !== 'transfer-encoding') continue;
        findings.push({
          message: `a ${message.status} response carries ${h.name}: ${h.value}`,
          evidence: headerEvidence(h),
          location: { part: interim ? 'interim' : 'header', offset: h.offset, header: h.name },
        });
      }
    }
    return findings;
  },
});
