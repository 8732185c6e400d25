import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

// An empty Allow is legitimate (the resource allows no method at all), so only a missing header fires.
export default defineRule({
  meta: {
    id: 'status/405-without-allow',
    category: 'status',
    severity: 'error',
    title: '405 Method Not Allowed without Allow',
    ref: { label: 'RFC 9110 §15.5.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6' },
    why: 'The origin server MUST send an Allow header with a 405 listing the methods the resource supports. Clients, API explorers and CORS debugging rely on it to tell a wrong method from a missing resource, and to pick the right method.',
    fix: 'List the supported methods, e.g. `Allow: GET, HEAD, OPTIONS` (frameworks: Express `res.set("Allow", ...)`, Spring and ASP.NET Core add it automatically when routing returns 405).',
  },
  check(exchange) {
    const res = exchange.response;
    // An empty Allow is valid: the resource allows no methods at all.
    if (!res || res.status !== 405) return [];
    return missingHeaderFindings(res, { name: 'Allow', subject: '405 response' });
  },
});
