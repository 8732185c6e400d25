import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { contentOf, type Exchange, type RawHeader } from '../../src/exchange';
import { CONNECTION_SPECIFIC } from '../../src/http2/request';
import { printable } from '../framing/_anomaly';

// --compare-protocols: the same safe request over HTTP/1.1 and HTTP/2 should get the same answer. Fields that
// legitimately differ per response or per protocol are ignored.
const IGNORED = new Set([
  ...CONNECTION_SPECIFIC,
  'te',
  'date',
  'age',
  'expires',
  'set-cookie',
  'alt-svc',
  'content-length', // chunked on HTTP/1.1, DATA frames on HTTP/2: the body comparison covers it
  'server-timing',
  'x-request-id',
  'request-id',
  'traceparent',
  'tracestate',
  'x-amzn-requestid',
  'x-amzn-trace-id',
  'x-amz-cf-id',
  'cf-ray',
  'x-runtime',
]);

function fieldMap(headers: readonly RawHeader[]): Map<string, string> {
  const map = new Map<string, string[]>();
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (IGNORED.has(name)) continue;
    map.set(name, [...(map.get(name) ?? []), h.value]);
  }
  return new Map([...map].map(([n, v]) => [n, v.join(', ')]));
}

const isH2 = (e: Exchange) => e.protocol === 'h2' || e.protocol === 'h2c';

export default defineRule({
  meta: {
    id: 'http2/protocol-mismatch',
    category: 'http2',
    severity: 'warning',
    title: 'the response differs between HTTP/1.1 and HTTP/2',
    ref: { label: 'RFC 9113 §8.3', url: 'https://www.rfc-editor.org/rfc/rfc9113#section-8.3' },
    why: 'The protocol is a transport detail: the same request must get the same status, fields and content. When it does not, browsers (HTTP/2) and scripts or health checks (often HTTP/1.1) see different APIs, and a bug shows up only for some clients — typically a proxy or CDN that routes or rewrites HTTP/2 differently.',
    fix: 'Find the layer that treats the protocols differently (a load balancer listener, CDN rule, or a server block with `http2` only on one port) and make both paths reach the same backend with the same header rules.',
  },
  check(exchange, context): RuleFinding[] {
    if (exchange.comparedTo === undefined || !isH2(exchange)) return [];
    const http1 = context.exchanges[exchange.comparedTo];
    const a = http1?.response;
    const b = exchange.response;
    if (!http1 || !a || !b) return [];
    const findings: RuleFinding[] = [];
    const where = { part: 'header' as const, offset: b.offset };
    if (a.status !== b.status) {
      findings.push({ message: `status ${a.status} over HTTP/1.1 but ${b.status} over HTTP/2`, evidence: `HTTP/1.1: ${printable(a.statusLine)}; HTTP/2: :status ${b.status}`, location: { part: 'status-line', offset: b.offset } });
    }
    const fa = fieldMap(a.headers);
    const fb = fieldMap(b.headers);
    for (const name of new Set([...fa.keys(), ...fb.keys()])) {
      const va = fa.get(name);
      const vb = fb.get(name);
      if (va === vb) continue;
      const message = va === undefined ? `${name} only over HTTP/2` : vb === undefined ? `${name} only over HTTP/1.1` : `${name} differs between HTTP/1.1 and HTTP/2`;
      findings.push({ message, evidence: `HTTP/1.1: ${va === undefined ? '(absent)' : `"${printable(va, 80)}"`}; HTTP/2: ${vb === undefined ? '(absent)' : `"${printable(vb, 80)}"`}`, location: { ...where, header: name } });
    }
    if (a.complete && b.complete) {
      const ca = contentOf(http1, a);
      const cb = contentOf(exchange, b);
      if (!ca.equals(cb)) {
        findings.push({ message: `the content differs: ${ca.length} bytes over HTTP/1.1, ${cb.length} over HTTP/2`, evidence: `first difference at content byte ${firstDifference(ca, cb)}`, location: { part: 'body', offset: b.content[0]?.offset ?? b.headerEnd } });
      }
    }
    return findings;
  },
});

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
