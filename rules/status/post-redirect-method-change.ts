import { defineRule } from '../../src/engine/rule';
import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';

// RFC 9110 §15.4.2, §15.4.3: "For historical reasons, a user agent MAY change the request method from POST to
// GET for the subsequent request." Browsers, curl, requests and Go all do, and drop the content.
export default defineRule({
  meta: {
    id: 'status/post-redirect-method-change',
    category: 'status',
    severity: 'info',
    title: '301 or 302 answering POST (clients switch to GET)',
    ref: { label: 'RFC 9110 §15.4.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2' },
    why: 'Almost every client (browsers, curl -L, Python requests, Go net/http) turns a POST redirected by 301 or 302 into a GET and drops the request content. When the redirect means "this endpoint moved", the POST silently becomes a GET; when it means "see the result", 303 says so unambiguously.',
    fix: 'After handling a POST, redirect to the result with 303 See Other; to move an endpoint while keeping the method and content, use 307 Temporary Redirect or 308 Permanent Redirect.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || (res.status !== 301 && res.status !== 302)) return [];
    if (exchange.request.method.toUpperCase() !== 'POST') return [];
    return [
      {
        message: `${res.status} answers POST: clients will follow it with GET and drop the content (use 303 for "see the result", 307/308 to keep POST)`,
        evidence: `${statusLineEvidence(res)} in answer to POST ${exchange.request.target.slice(0, 100)}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
