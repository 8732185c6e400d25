import { defineRule } from '../../src/engine/rule';
import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { headerNamed, type ResponseMessage } from '../../src/exchange';
import { checkedOf, failedReason, isProbe, listOf, skippedReason, valueOf } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/head-get-mismatch',
    category: 'probe',
    severity: 'warning',
    title: 'HEAD answers differently from GET for the same resource',
    ref: { label: 'RFC 9110 §9.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2' },
    why: 'Link checkers, download managers, caches and monitoring use HEAD to learn what a GET would return (size, type, validators) without the body; a HEAD that disagrees makes them report broken links, wrong sizes, or keep stale copies.',
    fix: 'Answer HEAD with the GET handler and drop only the body: same status, Content-Type, Content-Length, ETag, Last-Modified, Cache-Control and Vary (most frameworks do this when HEAD is routed to GET).',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'head', ['HEAD']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'head')) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const head = exchange.response!;
    const get = checkedOf(exchange, context)?.response;
    if (!get) return [];
    const differences = differencesOf(head, get);
    if (differences.length === 0) return [];
    return [
      {
        message: `HEAD and GET disagree: ${differences.join('; ')}`,
        evidence: `HEAD: ${statusLineEvidence(head)}; GET: ${statusLineEvidence(get)}`,
        location: statusLineLocation(head),
      },
    ];
  },
});

function differencesOf(head: ResponseMessage, get: ResponseMessage): string[] {
  const out: string[] = [];
  if (head.status !== get.status) out.push(`status ${head.status} vs ${get.status}`);
  // Content-Length may be left out of a HEAD response (RFC 9110 §8.6); when given it must be the GET's length.
  const length = headerNamed(head.headers, 'content-length')?.value.trim();
  if (length !== undefined && head.status === get.status && /^\d+$/.test(length) && Number(length) !== get.contentLength && get.complete) {
    out.push(`HEAD says Content-Length: ${length}, GET sent ${get.contentLength} bytes`);
  }
  const typeHead = valueOf(head.headers, 'Content-Type');
  const typeGet = valueOf(get.headers, 'Content-Type');
  if (normalize(typeHead) !== normalize(typeGet)) out.push(`Content-Type ${show(typeHead)} vs ${show(typeGet)}`);
  const cacheHead = valueOf(head.headers, 'Cache-Control');
  const cacheGet = valueOf(get.headers, 'Cache-Control');
  if (!sameDirectives(cacheHead, cacheGet)) out.push(`Cache-Control ${show(cacheHead)} vs ${show(cacheGet)}`);
  const varyHead = [...new Set(listOf(head.headers, 'vary'))].sort().join(', ');
  const varyGet = [...new Set(listOf(get.headers, 'vary'))].sort().join(', ');
  if (varyHead !== varyGet) out.push(`Vary ${show(valueOf(head.headers, 'vary'))} vs ${show(valueOf(get.headers, 'vary'))}`);
  // Validators may be left out of HEAD when computing them needs the body; when both are present they must agree.
  for (const name of ['ETag', 'Last-Modified']) {
    const a = valueOf(head.headers, name);
    const b = valueOf(get.headers, name);
    if (a !== undefined && b !== undefined && a !== b) out.push(`${name} ${show(a)} vs ${show(b)}`);
  }
  return out;
}

/** Same directives and values; a max-age computed from a fixed expiry may tick by a few seconds in between. */
function sameDirectives(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const parse = (value: string) => new Map(value.split(',').map((d) => d.trim().toLowerCase()).filter((d) => d !== '').map((d) => [d.split('=')[0]!.trim(), d.slice(d.indexOf('=') + 1 || d.length).trim()] as const));
  const x = parse(a);
  const y = parse(b);
  if (x.size !== y.size) return false;
  for (const [name, value] of x) {
    const other = y.get(name);
    if (other === undefined) return false;
    if (value === other) continue;
    if (!/^\d+$/.test(value) || !/^\d+$/.test(other) || Math.abs(Number(value) - Number(other)) > 5) return false;
  }
  return true;
}

function normalize(value: string | undefined): string | undefined {
  return value?.toLowerCase().replace(/\s+/g, '');
}

function show(value: string | undefined): string {
  if (value === undefined) return '(none)';
  // Entity-tags carry their own quotes.
  return /^(W\/)?"/.test(value) ? value : `"${value}"`;
}
