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
  for (const name of ['Content-Type', 'Cache-Control']) {
    const a = valueOf(head.headers, name);
    const b = valueOf(get.headers, name);
    if (normalize(a) !== normalize(b)) out.push(`${name} ${show(a)} vs ${show(b)}`);
  }
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

function normalize(value: string | undefined): string | undefined {
  return value?.toLowerCase().replace(/\s+/g, '');
}

function show(value: string | undefined): string {
  if (value === undefined) return '(none)';
  // Entity-tags carry their own quotes.
  return /^(W\/)?"/.test(value) ? value : `"${value}"`;
}
