import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { RFC9745, deprecationOf, isoDay, sunsetOf } from './_api';

export default defineRule({
  meta: {
    id: 'api/sunset-before-deprecation',
    category: 'api',
    severity: 'error',
    title: 'Sunset is earlier than Deprecation',
    ref: { label: 'RFC 9745 §4', url: `${RFC9745}#section-4` },
    why: 'A resource cannot stop responding before it is deprecated: RFC 9745 forbids a Sunset earlier than Deprecation, and clients given both cannot tell which date to plan for (often one of them is in the wrong unit or time zone).',
    fix: 'Make Sunset (an HTTP-date) the same as or later than Deprecation (seconds since 1970 after "@"); check the conversion of both values.',
  },
  check(exchange) {
    const deprecation = deprecationOf(exchange);
    const sunset = sunsetOf(exchange);
    if (!deprecation || !sunset || sunset.date.getTime() >= deprecation.date.getTime()) return [];
    return [
      {
        message: `Sunset ${isoDay(sunset.date)} is earlier than Deprecation ${isoDay(deprecation.date)}`,
        evidence: `${headerEvidence(sunset.header)}; ${headerEvidence(deprecation.header)}`,
        location: headerLocation(sunset.header),
      },
    ];
  },
});
