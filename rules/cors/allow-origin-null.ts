import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

export default defineRule({
  meta: {
    id: 'cors/allow-origin-null',
    category: 'cors',
    severity: 'warning',
    title: '`Access-Control-Allow-Origin: null`',
    ref: FETCH_REFS.responses,
    why: 'Every opaque origin serializes to "null": sandboxed iframes, file: pages, data: URLs and some redirects. Allowing `null` lets any page that sandboxes itself read the response, so it is effectively `*` (and with credentials, worse).',
    fix: 'Do not allow the `null` origin; list the real origins that need access. For local development, serve the page over http://localhost instead of file:.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const acao = allowOriginOf(res.headers);
    if (acao.kind !== 'null') return [];
    return [
      {
        message: 'Access-Control-Allow-Origin: null allows every opaque origin (sandboxed iframes, file: and data: pages), not one specific page',
        evidence: headerEvidence(acao.header),
        location: headerLocation(acao.header),
      },
    ];
  },
});
