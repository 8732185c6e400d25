import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

// 300 may omit Location (it offers a choice) and 304 is not a redirect at all, so only these fire.
const REDIRECTS = [301, 302, 303, 307, 308];

export default defineRule({
  meta: {
    id: 'status/redirect-without-location',
    category: 'status',
    severity: 'error',
    title: 'Redirect without Location',
    ref: { label: 'RFC 9110 §15.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4' },
    why: 'A 301, 302, 303, 307 or 308 redirects to the URI in Location. Without it browsers show the (often empty) response body instead of following, and clients such as fetch, curl -L and axios either stop with the 3xx as the final answer or report an error.',
    fix: 'Send the target with the redirect, e.g. `Location: /new/path` or `Location: https://example.com/new/path`. If there is nothing to redirect to, use a different status (200, 404, 410…).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || !REDIRECTS.includes(res.status)) return [];
    return missingHeaderFindings(res, {
      name: 'Location',
      subject: `${res.status} redirect`,
      consequence: 'clients have nowhere to go',
      // An empty URI reference resolves to the request URI itself: a redirect loop.
      emptyMeans: 'it points back at the same URI',
    });
  },
});
