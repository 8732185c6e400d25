import { defineRule } from '../../src/engine/rule';
import { headerLocation, printable } from '../../src/engine/evidence';
import { FIELD_VALUE_LIMIT, kib } from './_sizes';

export default defineRule({
  meta: {
    id: 'headers/large-field-value',
    category: 'headers',
    severity: 'warning',
    title: 'a header field value is longer than 8 KiB',
    ref: { label: 'RFC 9110 §5.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.4' },
    why: 'RFC 9110 lets every recipient limit field sizes, and common ones do at about 8 KiB per field: nginx as a reverse proxy answers 502 "upstream sent too big header" (proxy_buffer_size 4–8 KiB), and CDNs and load balancers reject or truncate the response, so it works against the origin and fails behind the proxy.',
    fix: 'Keep each field small: split a large Set-Cookie into smaller cookies or server-side session state, shorten CSP and Link values (move preload hints into the HTML), and put data in the body rather than in headers.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    return res.headers
      .filter((h) => h.value.length > FIELD_VALUE_LIMIT)
      .map((h) => ({
        message: `${h.name} has a ${h.value.length}-byte value (${kib(h.value.length)}), more than the ${kib(FIELD_VALUE_LIMIT)} many proxies accept per field`,
        evidence: `${printable(h.raw, 60)} (${h.raw.length} bytes) at byte ${h.offset}`,
        location: headerLocation(h),
      }));
  },
});
