import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { requestHeadersUnknown } from '../../src/engine/pairedRequest';

// Methods are case-sensitive (RFC 9110 §9.1), so "get" in Allow does not list GET.
export default defineRule({
  meta: {
    id: 'status/405-allows-refused-method',
    category: 'status',
    severity: 'warning',
    title: '405 Method Not Allowed whose Allow lists the refused method',
    ref: { label: 'RFC 9110 §15.5.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6' },
    why: 'Allow in a 405 lists the methods the resource supports; listing the method just refused contradicts the status. Clients and API tools that pick a method from Allow retry the same request, and developers cannot tell whether the method or something else is wrong (often a route registered twice, or the 405 stands for a different error).',
    fix: 'List only the methods the resource really supports, generated from the routing table (`Allow: GET, HEAD`); if the method is supported but the request is wrong, answer 400, 403, 409 or 422 instead of 405.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status !== 405) return [];
    if (requestHeadersUnknown(exchange)) return context.notEvaluated('the request method is not known (a raw response without its saved request: pass --raw-request)');
    const method = exchange.request.method;
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'allow')) {
      if (!h.value.split(',').some((m) => m.trim() === method)) continue;
      findings.push({
        message: `405 Method Not Allowed refuses ${method}, yet its Allow header lists ${method}`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
