import { statusLineEvidence } from '../../src/engine/evidence';
import { defineRule, type RuleFinding } from '../../src/engine/rule';
import type { ResponseMessage } from '../../src/exchange';
import { statusCodeInfo, unofficialStatusInfo } from '../../src/data/statusCodes';

// Codes outside 100–599 are a malformed status line (framing/invalid-status-line), not this rule's business.
// Reserved entries (306, 418) are in the registry only to say "never use": they fire too.
function check(message: ResponseMessage, part: 'status-line' | 'interim'): RuleFinding | undefined {
  const code = message.status;
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  const info = statusCodeInfo(code);
  if (info && !info.reserved) return undefined;
  const evidence = `${statusLineEvidence(message)}`;
  const location = { part, offset: message.offset };
  const fallback = `clients treat it as a generic ${Math.floor(code / 100)}00`;
  if (info?.reserved) {
    return {
      message: `${code} is reserved in the IANA HTTP Status Code Registry ("${info.name}", ${info.ref}): it has no defined meaning and ${fallback}`,
      evidence,
      location,
    };
  }
  const unofficial = unofficialStatusInfo(code);
  const what = unofficial
    ? `${code} ${unofficial.name} is an unofficial code used by ${unofficial.usedBy}, not registered with IANA`
    : `${code} is not in the IANA HTTP Status Code Registry`;
  return { message: `${what}: ${fallback}`, evidence, location };
}

export default defineRule({
  meta: {
    id: 'status/unregistered-code',
    category: 'status',
    severity: 'warning',
    title: 'Status code not in the IANA HTTP Status Code Registry',
    ref: { label: 'IANA HTTP Status Code Registry', url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
    why: 'Clients, proxies, caches and monitoring only know registered codes; an unknown code is treated as the x00 of its class (RFC 9110 §15), so 420 reads as a plain 400 and 509 as a plain 500, and its special meaning is lost. Reason phrases are ignored.',
    fix: 'Use the registered code that means the same thing: 429 Too Many Requests instead of 420 or 509, 419 → 403 or 401 (expired session/CSRF token), 499/5xx proxy codes → 502/503/504. Put details in the body (e.g. RFC 9457 problem details).',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const interim of exchange.interim) {
      const f = check(interim, 'interim');
      if (f) findings.push(f);
    }
    if (exchange.response) {
      const f = check(exchange.response, 'status-line');
      if (f) findings.push(f);
    }
    return findings;
  },
});
