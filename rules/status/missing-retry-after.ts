import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

export default defineRule({
  meta: {
    id: 'status/missing-retry-after',
    category: 'status',
    severity: 'info',
    title: '429 or 503 without Retry-After',
    ref: { label: 'RFC 9110 §10.2.3, RFC 6585 §4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    why: 'Retry-After tells clients how long to wait before retrying a rate-limited (429, RFC 6585 §4) or unavailable (503) resource. Without it, retrying clients and SDKs (e.g. the AWS and Google SDKs, urllib3 Retry, Polly) fall back to guessed backoff and tend to hammer the server or give up too soon.',
    fix: 'Send `Retry-After: <seconds>` (e.g. `Retry-After: 30`) or an HTTP-date with every 429 and 503.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || (res.status !== 429 && res.status !== 503)) return [];
    return missingHeaderFindings(res, { name: 'Retry-After', subject: `${res.status} response`, consequence: 'clients cannot tell when to retry' });
  },
});
