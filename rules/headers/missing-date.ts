import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'headers/missing-date',
    category: 'headers',
    severity: 'warning',
    title: 'Response without a Date header',
    ref: { label: 'RFC 9110 §6.6.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1' },
    why: 'An origin server with a clock must send Date in 2xx, 3xx and 4xx responses. Caches compute the age and freshness of a response from it; without Date they substitute the time of receipt, so responses relayed through a proxy or CDN look younger than they are.',
    fix: 'Send `Date` with the current time as an IMF-fixdate (`Date: Sun, 06 Nov 1994 08:49:37 GMT`); most servers do it by default, so check that a proxy or custom stack does not drop it.',
  },
  check(exchange) {
    const res = exchange.response;
    // RFC 9110 §6.6.1: MUST in 2xx, 3xx, 4xx; only MAY in 1xx and 5xx.
    if (!res || res.status < 200 || res.status > 499) return [];
    if (headerNamed(res.headers, 'date')) return [];
    return [
      {
        message: `${res.status} response without a Date header`,
        evidence: `${statusLineEvidence(res)}; no Date header`,
        location: statusLineLocation(res),
      },
    ];
  },
});
