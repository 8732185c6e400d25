import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

// 407 is 401 for a proxy: Proxy-Authenticate carries the challenge the client must answer in Proxy-Authorization.
export default defineRule({
  meta: {
    id: 'status/407-without-proxy-authenticate',
    category: 'status',
    severity: 'error',
    title: '407 Proxy Authentication Required without Proxy-Authenticate',
    ref: { label: 'RFC 9110 §15.5.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8' },
    why: 'A proxy generating a 407 MUST send Proxy-Authenticate with a challenge. Without it browsers show no proxy login and clients (curl --proxy-anyauth, corporate proxy libraries) cannot tell which scheme to use, so the request simply fails.',
    fix: 'Send a challenge with every 407, e.g. `Proxy-Authenticate: Basic realm="proxy"`. If the origin server (not a proxy) wants credentials, answer 401 with WWW-Authenticate instead.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 407) return [];
    return missingHeaderFindings(res, { name: 'Proxy-Authenticate', subject: '407 response', emptyMeans: 'it names no challenge' });
  },
});
