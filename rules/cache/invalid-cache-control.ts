import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { cacheControlOf } from '../../src/http/cacheControl';

// Unknown extension directives are fine as long as they are well-formed (RFC 9111 §5.2.3: caches ignore them).
export default defineRule({
  meta: {
    id: 'cache/invalid-cache-control',
    category: 'cache',
    severity: 'error',
    title: 'Cache-Control has a malformed directive',
    ref: { label: 'RFC 9111 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.2' },
    why: 'Caches parse Cache-Control differently when it is malformed: a bad max-age (max-age=ten, max-age="60", max-age=) is ignored by some and read as 0 or "already stale" by others, and directives joined with ";" are not recognised at all, so the intended policy is not applied.',
    fix: 'Write directives as a comma-separated list of `name` or `name=value` with no spaces around "=", and give delta-seconds as bare digits: `Cache-Control: public, max-age=60`.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    return cacheControlOf(res.headers).issues.map((issue) => ({
      message: `Cache-Control ${issue.reason}`,
      evidence: `${issue.element.slice(0, 200)} in ${headerEvidence(issue.header)}`,
      location: headerLocation(issue.header),
    }));
  },
});
