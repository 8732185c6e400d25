import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

// 426 refuses the request in the current protocol; Upgrade names the protocol(s) the client must switch to.
export default defineRule({
  meta: {
    id: 'status/426-without-upgrade',
    category: 'status',
    severity: 'error',
    title: '426 Upgrade Required without Upgrade',
    ref: { label: 'RFC 9110 §15.5.22', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22' },
    why: 'A server that sends 426 MUST send an Upgrade header naming the required protocol(s). Without it the client cannot know what to upgrade to (e.g. websocket, TLS/1.2, h2c) and can only give up.',
    fix: 'Name the protocol: e.g. `Upgrade: websocket` together with `Connection: Upgrade`. If the client must use HTTPS, redirect (301/308 with Location) to the https URL instead.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 426) return [];
    return missingHeaderFindings(res, { name: 'Upgrade', subject: '426 response', emptyMeans: 'it names no protocol' });
  },
});
