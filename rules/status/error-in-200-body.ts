import { defineRule } from '../../src/engine/rule';
import { decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { isJsonMediaType } from '../../src/http/mediaType';

// Only the top-level object counts: nested "error" members are usually per-item results of a batch.
// Member names match case-insensitively ("Success": false from .NET serializers says the same thing).
// Invalid JSON is content/invalid-json's business; an empty "errors": [] (GraphQL, JSON:API) is success.
const FAILED_STATUS = new Set(['error', 'fail', 'failed']);

function failureSignal(name: string, value: unknown): boolean {
  switch (name.toLowerCase()) {
    case 'error':
      if (typeof value === 'string') return value.trim() !== '';
      if (value === true) return true;
      if (Array.isArray(value)) return value.length > 0;
      if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
      return false; // null, false, numbers: "no error" or too ambiguous to call
    case 'success':
    case 'ok':
      return value === false;
    case 'status':
      return typeof value === 'string' && FAILED_STATUS.has(value.trim().toLowerCase());
    default:
      return false;
  }
}

function quote(name: string, value: unknown): string {
  let shown: string;
  try {
    shown = JSON.stringify(value);
  } catch {
    shown = Array.isArray(value) ? '[…]' : '{…}'; // absurdly deep nesting
  }
  const text = `${JSON.stringify(name)}: ${shown}`;
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export default defineRule({
  meta: {
    id: 'status/error-in-200-body',
    needs: ['body'],
    category: 'status',
    severity: 'warning',
    title: '2xx response whose JSON body reports a failure',
    ref: { label: 'RFC 9110 §15', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' },
    why: 'The status code is what clients, proxies, caches, retries, monitoring and `fetch(...).ok` act on. A 2xx that says `"success": false` in its body is cached as a success, never retried, invisible to error-rate dashboards, and every client must special-case the body.',
    fix: 'Answer failures with the matching 4xx/5xx status (400, 404, 409, 422, 500, 503…) and describe them in the body, ideally as `application/problem+json` (RFC 9457).',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status < 200 || res.status > 299 || res.contentLength === 0) return [];
    const mediaType = mediaTypeOf(res);
    if (!mediaType || !isJsonMediaType(mediaType)) return [];
    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) return decoded.skipped ? context.notEvaluated(decoded.reason.replace(/; not checked$/, '')) : [];
    let body: unknown;
    try {
      body = JSON.parse(decoded.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      return [];
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
    const members = Object.entries(body as Record<string, unknown>).filter(([name, value]) => failureSignal(name, value));
    if (members.length === 0) return [];
    const quoted = members.map(([name, value]) => quote(name, value));
    const offset = res.content[0]?.offset ?? res.headerEnd;
    return [
      {
        message: `${res.status} response whose JSON body signals a failure (${quoted[0]}): the status code says success`,
        evidence: `top-level member${quoted.length === 1 ? '' : 's'} ${quoted.join(', ')} in the JSON body at byte ${offset}`,
        location: { part: 'body', offset },
      },
    ];
  },
});
