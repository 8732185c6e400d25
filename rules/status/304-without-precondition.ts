import { defineRule } from '../../src/engine/rule';
import { missingRequestFieldFindings } from './_pair';

// A 304 answers a conditional GET or HEAD whose If-None-Match or If-Modified-Since evaluated to false
// (RFC 9110 §15.4.5, §13.1.2, §13.1.3). No other condition yields 304.
export default defineRule({
  meta: {
    id: 'status/304-without-precondition',
    category: 'status',
    severity: 'error',
    title: '304 Not Modified to a request without If-None-Match or If-Modified-Since',
    ref: { label: 'RFC 9110 §15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' },
    why: '304 tells a client to use the copy it already has. A request without If-None-Match or If-Modified-Since said it has no copy: the client gets no content at all (an empty page, an empty API response, a broken asset), and it cannot recover by retrying.',
    fix: 'Answer 304 only when the request\'s If-None-Match matches the current ETag or its If-Modified-Since is not older than Last-Modified; otherwise send 200 with the content. Check caches and proxies that answer 304 from their own state.',
  },
  check(exchange, context) {
    // Other methods are status/304-for-other-method's: a 304 never fits them, conditions or not.
    const method = exchange.request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return [];
    return missingRequestFieldFindings(exchange, context, {
      status: 304,
      fields: ['If-None-Match', 'If-Modified-Since'],
      message: '304 Not Modified answers a request that had no cached copy to validate (no If-None-Match or If-Modified-Since): the client gets no content',
    });
  },
});
