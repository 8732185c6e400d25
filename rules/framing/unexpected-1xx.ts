import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headersNamed } from '../../src/exchange';

// 100 Continue answers `Expect: 100-continue`; 101 answers Upgrade. 103 Early Hints (and other 1xx)
// may be sent unasked.
export default defineRule({
  meta: {
    id: 'framing/unexpected-1xx',
    category: 'framing',
    severity: 'warning',
    title: '1xx response the request did not ask for',
    ref: { label: 'RFC 9110 §15.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2' },
    why: 'A 100 Continue only makes sense as the answer to `Expect: 100-continue`, and a 101 Switching Protocols only to a request with Upgrade. Clients that do not expect them mishandle them: some take the 100 as the final response, and after an unrequested 101 the client does not speak the protocol the server switched to.',
    fix: 'Send 100 Continue only when the request carries `Expect: 100-continue` (most servers do this for you), and 101 only in answer to an Upgrade request the server accepts.',
  },
  check(exchange) {
    const requestHeaders = exchange.request?.headers ?? [];
    const expectsContinue = headersNamed(requestHeaders, 'expect').some((h) =>
      h.value.split(',').some((v) => v.trim().toLowerCase() === '100-continue'),
    );
    const upgrade = headersNamed(requestHeaders, 'upgrade').some((h) => h.value.trim() !== '');
    const findings: RuleFinding[] = [];
    const messages = [...(exchange.interim ?? []), ...(exchange.response ? [exchange.response] : [])];
    for (const m of messages) {
      const at = `${m.statusLine.slice(0, 100)} at byte ${m.offset}`;
      const location = { part: m === exchange.response ? ('status-line' as const) : ('interim' as const), offset: m.offset };
      if (m.status >= 100 && m.status < 200 && m.httpVersion === '1.0') {
        findings.push({ message: `an interim ${m.status} response says HTTP/1.0, which defines no 1xx status codes (RFC 9110 §15.2): HTTP/1.0 recipients take it as the final response`, evidence: at, location });
      } else if (m.status === 100 && !expectsContinue) {
        findings.push({ message: 'a 100 Continue was sent although the request had no `Expect: 100-continue`', evidence: at, location });
      } else if (m.status === 101 && !upgrade && m.httpVersion !== '2') {
        // On HTTP/2 a 101 is http2/status-101.
        findings.push({ message: 'a 101 Switching Protocols was sent although the request had no Upgrade header', evidence: at, location });
      }
    }
    return findings;
  },
});
