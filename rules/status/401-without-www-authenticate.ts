import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

// A 401 tells the client to authenticate; WWW-Authenticate says how. Without it a client has no scheme to use.
export default defineRule({
  meta: {
    id: 'status/401-without-www-authenticate',
    category: 'status',
    severity: 'error',
    title: '401 Unauthorized without WWW-Authenticate',
    ref: { label: 'RFC 9110 §15.5.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' },
    why: 'A server generating a 401 MUST send WWW-Authenticate with at least one challenge. Browsers show no login prompt and HTTP clients (curl --anyauth, requests, .NET HttpClient) cannot pick an authentication scheme, so they fail instead of retrying with credentials.',
    fix: 'Send a challenge with every 401, e.g. `WWW-Authenticate: Bearer realm="api"` or `WWW-Authenticate: Basic realm="admin", charset="UTF-8"`; if the client is authenticated but not allowed, answer 403 instead.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 401) return [];
    return missingHeaderFindings(res, { name: 'WWW-Authenticate', subject: '401 response', emptyMeans: 'it names no challenge' });
  },
});
