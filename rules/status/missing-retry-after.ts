import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';

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
    if (!res || (res.status !== 429 && res.status !== 503) || headerNamed(res.headers, 'retry-after')) return [];
    return [
      {
        message: `${res.status} response without a Retry-After header: clients cannot tell when to retry`,
        evidence: `status line "${res.statusLine}" at byte ${res.offset}; no Retry-After among ${res.headers.length} header lines`,
        location: { part: 'status-line', offset: res.offset },
      },
    ];
  },
});
