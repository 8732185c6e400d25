import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { failedReason, isProbe, skippedReason } from './_probe';
import { allowOf, comparable } from './_allow';

export default defineRule({
  meta: {
    id: 'probe/allow-inconsistent',
    category: 'probe',
    severity: 'warning',
    title: 'Allow disagrees with the methods the resource actually answers',
    ref: { label: 'RFC 9110 §10.2.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1' },
    why: 'API clients, generated SDKs and CORS tooling read Allow to learn what a resource supports; an Allow that omits a method the resource just served, or lists one it refuses, sends them down the wrong path.',
    fix: 'Build Allow (on OPTIONS and on 405) from the same routing table that dispatches requests, so both list exactly the methods the resource handles.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'options', ['OPTIONS']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'options')) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    const allowHeader = headerNamed(res.headers, 'allow');
    const others = context.exchanges.filter((e) => e !== exchange && e.url === exchange.url && e.response && !isProbe(e, 'options'));
    const findings = [];
    // A 405 that lists the very method it refused contradicts itself.
    for (const other of others) {
      const r = other.response!;
      const allowed = allowOf(r);
      if (r.status === 405 && allowed?.has(other.request.method)) {
        const header = headerNamed(r.headers, 'allow')!;
        findings.push({
          message: `the ${other.request.method} was refused with 405, yet its Allow lists ${other.request.method}`,
          evidence: `${other.request.method} got ${headerEvidence(header)}`,
          location: headerLocation(header),
        });
      }
    }
    const options = res.status >= 200 && res.status < 300 ? allowOf(res) : undefined;
    if (!options || !allowHeader) {
      if (findings.length === 0) return context.notEvaluated(`the OPTIONS response (${res.status}) has no Allow to compare`);
      return findings;
    }
    for (const other of others) {
      const r = other.response!;
      const method = other.request.method;
      if (r.status >= 200 && r.status < 300 && method !== 'HEAD' && method !== 'OPTIONS' && !options.has(method)) {
        findings.push({
          message: `OPTIONS says Allow: ${allowHeader.value}, but ${method} was just answered ${r.status}`,
          evidence: `${headerEvidence(allowHeader)}; ${method} got status line "${r.statusLine}"`,
          location: headerLocation(allowHeader),
        });
      }
      const refused = r.status === 405 ? allowOf(r) : undefined;
      if (refused && comparable(refused).join(',') !== comparable(options).join(',')) {
        findings.push({
          message: `the 405 to ${method} says Allow: ${[...refused].join(', ')}, but OPTIONS says Allow: ${allowHeader.value}`,
          evidence: `${headerEvidence(allowHeader)}; the 405 had ${headerEvidence(headerNamed(r.headers, 'allow')!)}`,
          location: headerLocation(allowHeader),
        });
      }
    }
    return findings;
  },
});
