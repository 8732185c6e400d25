import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { varyMembersOf } from './_vary';

export default defineRule({
  meta: {
    id: 'cache/vary-host',
    category: 'cache',
    severity: 'info',
    title: 'Vary: Host is pointless',
    ref: { label: 'RFC 9111 §4.1', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.1' },
    why: 'The host is already part of every cache key (the target URI, RFC 9111 §2), so Vary: Host adds nothing; some caches treat any Vary beyond Accept-Encoding as a reason not to store the response, so it can only cost cache hits.',
    fix: 'Remove Host from Vary. If the response depends on a forwarded host (X-Forwarded-Host) vary on that header instead.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const host = varyMembersOf(res).find((m) => m.lower === 'host');
    if (!host) return [];
    return [
      {
        message: 'Vary names Host, which every cache key already contains: it adds nothing and may stop some caches from storing the response',
        evidence: headerEvidence(host.header),
        location: headerLocation(host.header),
      },
    ];
  },
});
