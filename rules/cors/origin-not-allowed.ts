import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { corsRoleOf, requestOriginOf } from '../../src/cors/exchange';
import { allowOriginOf } from '../../src/cors/fetchSpec';
import { FETCH_REFS } from '../../src/cors/ruleSupport';

// The CORS check compares Access-Control-Allow-Origin with the serialized request origin byte for byte:
// no case folding, no default-port normalization, no pattern matching.
function hint(allowed: string, origin: string): string {
  if (allowed === 'null') return ' ("null" matches only opaque origins such as sandboxed iframes and file: pages)';
  try {
    if (new URL(allowed).origin === origin) return ' (they differ only in letter case or an explicit default port, but browsers compare byte for byte)';
  } catch {
    // not a URL: nothing to add
  }
  return '';
}

export default defineRule({
  meta: {
    id: 'cors/origin-not-allowed',
    category: 'cors',
    severity: 'error',
    title: "Access-Control-Allow-Origin does not match the request's origin",
    ref: FETCH_REFS.corsCheck,
    why: 'A browser accepts a CORS response only when Access-Control-Allow-Origin is `*` or exactly the serialized origin of the page (scheme, host and port, byte for byte); any other value blocks the response.',
    fix: "Echo the request's Origin when it is on your allow-list (and add `Vary: Origin`), or send `*` for public resources requested without credentials. Compare origins exactly; do not send a fixed origin to everyone.",
  },
  check(exchange) {
    const res = exchange.response;
    const origin = requestOriginOf(exchange);
    if (!res || origin === undefined || corsRoleOf(exchange) === null) return [];
    const acao = allowOriginOf(res.headers);
    if ((acao.kind !== 'origin' && acao.kind !== 'null') || acao.value === origin) return [];
    return [
      {
        message: `Access-Control-Allow-Origin allows ${acao.value}, not this request's origin ${origin}${hint(acao.value, origin)}`,
        evidence: headerEvidence(acao.header),
        location: headerLocation(acao.header),
      },
    ];
  },
});
