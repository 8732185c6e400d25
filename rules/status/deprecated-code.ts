import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule, type RuleFinding } from '../../src/engine/rule';
import type { ResponseMessage } from '../../src/exchange';

// Reserved codes (306, 418) are status/unregistered-code's. Here the registered codes whose definition is
// deprecated (305, RFC 9110 §15.4.6) or historic (510, RFC 2774). 102 Processing is still sent by WebDAV servers
// as an interim response and is left alone.
const DEPRECATED: ReadonlyMap<number, { severity: 'warning' | 'info'; why: string }> = new Map([
  [305, { severity: 'warning', why: '305 Use Proxy is deprecated (RFC 9110 §15.4.6) for security reasons: browsers ignore it and never switch to the proxy' }],
  [510, { severity: 'info', why: '510 Not Extended is obsolete: RFC 2774, which defines it, is Historic, and clients treat it as a plain 500' }],
]);

function findingFor(message: ResponseMessage): RuleFinding | undefined {
  const entry = DEPRECATED.get(message.status);
  if (!entry) return undefined;
  return { message: entry.why, evidence: statusLineEvidence(message), location: statusLineLocation(message), severity: entry.severity };
}

export default defineRule({
  meta: {
    id: 'status/deprecated-code',
    category: 'status',
    severity: 'warning',
    title: 'Deprecated or obsolete status code (305, 510)',
    ref: { label: 'RFC 9110 §15.4.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6' },
    why: 'Clients no longer implement deprecated codes: browsers ignore 305 Use Proxy (an in-band proxy switch was a security hole) and treat it as an unknown 3xx, and 510 Not Extended belongs to a Historic extension framework, so its meaning is lost.',
    fix: 'Configure proxies out of band (PAC files, system settings) instead of 305; answer 510 situations with 400 or 501 and explain the problem in the body.',
  },
  check(exchange) {
    const f = exchange.response ? findingFor(exchange.response) : undefined;
    return f ? [f] : [];
  },
});
