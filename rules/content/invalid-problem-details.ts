import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, printable } from '../../src/engine/evidence';
import { headersNamed, type ResponseMessage } from '../../src/exchange';
import { decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { checkUriReference } from '../../src/http/uriReference';
import { mayHaveBody, transferCodedReason, utf8TextOf, wireOffsetOf } from './_body';

/** RFC 9457 §3.1: the standard members and the JSON type each must have. */
const MEMBERS: ReadonlyArray<[string, 'string' | 'number']> = [
  ['type', 'string'],
  ['status', 'number'],
  ['title', 'string'],
  ['detail', 'string'],
  ['instance', 'string'],
];

export default defineRule({
  meta: {
    id: 'content/invalid-problem-details',
    category: 'content',
    severity: 'warning',
    title: 'application/problem+json body breaks RFC 9457',
    ref: { label: 'RFC 9457 §3', url: 'https://www.rfc-editor.org/rfc/rfc9457#section-3' },
    why: 'Clients that read problem details (Spring\'s RestClient, .NET ProblemDetails, generated SDKs) ignore members of the wrong JSON type and may trust `status` over the real status line; a `type` that is not a URI reference cannot be resolved or compared, so errors are not recognized and handled.',
    fix: 'Send a JSON object whose `type` and `instance` are URI references, `title` and `detail` strings, and `status` the number of the status line (or omit it), e.g. `{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403}`.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || !mayHaveBody(res) || !res.complete || res.contentLength === 0) return [];
    const mediaType = mediaTypeOf(res);
    if (mediaType?.essence !== 'application/problem+json') return [];
    const transferCoded = transferCodedReason(res);
    if (transferCoded) return context.notEvaluated(transferCoded);
    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) return decoded.skipped ? context.notEvaluated(decoded.reason.replace(/; not checked$/, '')) : [];
    const { text, bom } = utf8TextOf(decoded.bytes);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return []; // content/invalid-json reports a body that does not parse
    }
    const typeHeader = headersNamed(res.headers, 'content-type')[0]!;
    const coded = decoded.codings.length > 0;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      return [
        {
          message: `a problem details document is a JSON object, but this body is ${Array.isArray(doc) ? 'an array' : doc === null ? 'null' : `a ${typeof doc}`}`,
          evidence: `${headerEvidence(typeHeader)}; body "${printable(text, 60, true)}"`,
          location: { part: 'body', offset: res.headerEnd },
        },
      ];
    }
    const object = doc as Record<string, unknown>;
    const findings: RuleFinding[] = [];
    const finding = (key: string, message: string) => {
      const { evidence, offset } = memberEvidence(res, text, bom, key, coded);
      findings.push({ message, evidence, location: { part: 'body', offset } });
    };
    for (const [key, expected] of MEMBERS) {
      if (!(key in object)) continue;
      const value = object[key];
      const actual = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
      if (typeof value !== expected) {
        finding(key, `"${key}" is ${actual}, not a ${expected}: RFC 9457 clients ignore a member of the wrong type`);
        continue;
      }
      if (key === 'status' && value !== res.status) {
        finding(key, `"status" is ${String(value)} but the response's status code is ${res.status}: generators must use the same code, and clients may believe either`);
      }
      if (key === 'type' || key === 'instance') {
        const uri = checkUriReference(value as string);
        if (!uri.ok) finding(key, `"${key}" "${printable(value as string, 80, true)}" is not a URI reference: ${uri.reason}`);
      }
    }
    return findings;
  },
});

/** The member's "key": value text and its offset (received bytes when no coding lies between). */
function memberEvidence(res: ResponseMessage, text: string, bom: number, key: string, coded: boolean): { evidence: string; offset: number } {
  const match = new RegExp(`"${key}"\\s*:\\s*`).exec(text);
  if (!match) return { evidence: `member "${key}" of the body`, offset: res.headerEnd };
  const byte = bom + Buffer.byteLength(text.slice(0, match.index), 'utf8');
  const shown = printable(text.slice(match.index, match.index + match[0].length + 60).replace(/[,}\n][\s\S]*$/, ''), 100, true);
  const offset = coded ? res.headerEnd : (wireOffsetOf(res, byte) ?? res.headerEnd);
  return { evidence: `${shown} at ${coded ? `byte ${byte} of the decoded content` : `byte ${offset}`}`, offset };
}
