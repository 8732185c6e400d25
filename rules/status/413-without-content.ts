import { defineRule } from '../../src/engine/rule';
import { statusWithoutContentFindings } from './_content';

export default defineRule({
  meta: {
    id: 'status/413-without-content',
    category: 'status',
    severity: 'warning',
    title: '413 Content Too Large to a request without content',
    ref: { label: 'RFC 9110 §15.5.14', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' },
    why: '413 says the request content is larger than the server will process. A request without content cannot be too large: clients shrink or split uploads after a 413 and have nothing to shrink, and the real cause (long headers → 431, long URI → 414, rate limits → 429) is hidden.',
    fix: 'Send 413 only when the request content (or its announced Content-Length) exceeds the limit; use 431 for oversized headers, 414 for an oversized URI and 429 for rate limits.',
  },
  check(exchange, context) {
    return statusWithoutContentFindings(exchange, context, 413, '413 Content Too Large answers a request that had no content: nothing was too large (oversized headers are 431, a long URI 414)');
  },
});
