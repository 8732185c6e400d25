import { defineRule } from '../../src/engine/rule';
import type { RuleFinding } from '../../src/engine/rule';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

const REQUEST_PSEUDO = new Set([':method', ':scheme', ':authority', ':path', ':protocol']);

// A response may carry only :status, once, before every regular field (§8.3). Trailers have their own rule.
export default defineRule({
  meta: {
    id: 'http2/invalid-pseudo-header',
    category: 'http2',
    severity: 'error',
    title: 'invalid pseudo-header field in an HTTP/2 response',
    ref: RFC9113('8.3'),
    why: 'An unknown pseudo-header, a duplicated :status, a request pseudo-header (:method, :path …) in a response, or a pseudo-header after a regular field makes the response malformed: clients reject it and the application gets a protocol error.',
    fix: 'Send exactly one :status as the first field of each response header block and no other pseudo-header; a proxy must not copy request pseudo-headers into responses.',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const block of judgedBlocks(exchange)) {
      if (block.kind === 'trailers') continue;
      let regularSeen = false;
      let statusSeen = false;
      for (const f of block.fields) {
        if (!f.name.startsWith(':')) {
          regularSeen = true;
          continue;
        }
        if (regularSeen) findings.push(fieldFinding(`pseudo-header ${f.name} after a regular field`, f, block));
        else if (f.name === ':status' && statusSeen) findings.push(fieldFinding('a second :status', f, block));
        else if (REQUEST_PSEUDO.has(f.name)) findings.push(fieldFinding(`request pseudo-header ${f.name} in a response`, f, block));
        else if (f.name !== ':status') findings.push(fieldFinding(`unknown pseudo-header ${f.name}`, f, block));
        if (f.name === ':status') statusSeen = true;
      }
    }
    return findings;
  },
});
