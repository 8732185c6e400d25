import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { RFC8594, isoDay, responseTime, sunsetOf } from './_api';

// After the sunset a resource is gone (404, 410) or moved (3xx): a past Sunset is expected on those answers.
export default defineRule({
  meta: {
    id: 'api/sunset-in-past',
    category: 'api',
    severity: 'warning',
    title: 'Sunset date has already passed',
    ref: { label: 'RFC 8594 §3', url: `${RFC8594}#section-3` },
    why: 'A Sunset in the past tells clients the resource may stop responding at any moment; if the endpoint is in fact staying, monitoring and client libraries raise false alarms, and if it is going, clients had no warning of a real date.',
    fix: 'Update Sunset to the real planned shutdown date, remove it if the resource stays, or answer 410 Gone once the resource is retired.',
  },
  check(exchange) {
    const res = exchange.response;
    const sunset = sunsetOf(exchange);
    if (!res || !sunset) return [];
    if (res.status === 404 || res.status === 410 || (res.status >= 300 && res.status < 400)) return [];
    const now = responseTime(exchange);
    if (sunset.date.getTime() >= now.time) return [];
    const days = Math.floor((now.time - sunset.date.getTime()) / 86400_000);
    return [
      {
        message: `Sunset ${isoDay(sunset.date)} is ${days > 0 ? `${days} day${days === 1 ? '' : 's'}` : 'less than a day'} before ${now.from}, yet the resource still answers ${res.status}`,
        evidence: headerEvidence(sunset.header),
        location: headerLocation(sunset.header),
      },
    ];
  },
});
