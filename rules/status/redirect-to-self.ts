import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';

// Fires only when the redirected request would be the same request again: 307/308 keep the method; 301/302
// keep GET and HEAD (a POST may become GET, so it is not a sure loop); 303 makes GET/HEAD again only from
// GET/HEAD (a 303 to the same URI after POST is the Post/Redirect/Get pattern). A redirect that sets a cookie
// changes the next request (cookie checks, sticky sessions) and is not a loop either; nor is one that asks the
// client to wait first (Retry-After: waiting rooms).
const UNKNOWN_HOST = 'unknown.invalid';

function nextMethod(status: number, method: string): string | undefined {
  if (status === 307 || status === 308) return method;
  if (status === 301 || status === 302) return method === 'GET' || method === 'HEAD' ? method : undefined;
  if (status === 303) return method === 'GET' || method === 'HEAD' ? method : undefined;
  return undefined;
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

export default defineRule({
  meta: {
    id: 'status/redirect-to-self',
    category: 'status',
    severity: 'warning',
    title: 'Redirect to the request URI itself (a redirect loop)',
    ref: { label: 'RFC 9110 §15.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4' },
    why: 'A redirect whose Location is the URI just requested, with the same method, makes the client send the same request again and get the same answer: browsers stop with "too many redirects" (ERR_TOO_MANY_REDIRECTS), and HTTP clients raise after their redirect limit.',
    fix: 'Point Location at a different URI (check proxy-forwarded scheme and host when building absolute redirects: a server behind TLS termination that redirects http → https by its own view of the scheme loops), or answer the request directly.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res) return [];
    const method = exchange.request.method.toUpperCase();
    const next = nextMethod(res.status, method);
    const location = headerNamed(res.headers, 'location');
    if (!next || !location || location.value === '') return [];
    // A cookie set now or a wait asked for (queues, rate limits) makes the next request differ.
    if (headerNamed(res.headers, 'set-cookie') || headerNamed(res.headers, 'retry-after')) return [];
    let requested: URL;
    let target: URL;
    try {
      requested = new URL(exchange.url);
      target = new URL(location.value, requested);
    } catch {
      return [];
    }
    if (requested.hostname === UNKNOWN_HOST) return context.notEvaluated('the request URI is not known (a raw response without --url or its saved request)');
    if (withoutFragment(target) !== withoutFragment(requested)) return [];
    return [
      {
        message: `${res.status} redirects ${method} ${requested.pathname}${requested.search} to itself: the client repeats the same request until its redirect limit`,
        evidence: `${headerEvidence(location)} (resolves to ${withoutFragment(target).slice(0, 200)}, the request URI)`,
        location: headerLocation(location),
      },
    ];
  },
});
