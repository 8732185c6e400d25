// HTTP/2 evidence for the body-on-* rules (not a rule itself): on HTTP/2 a body is DATA frames with content,
// and the finding points at the first such frame. DATA after END_STREAM counts too (the server sent it).
import type { Exchange } from '../../src/exchange';
import type { RuleFinding } from '../../src/engine/rule';
import { bytesEvidence } from '../../src/engine/evidence';

export function isH2(exchange: Exchange): boolean {
  return exchange.protocol === 'h2' || exchange.protocol === 'h2c';
}

/** A finding naming the DATA frames with content on stream 1 of a response that can have none, or []. */
export function h2BodyFindings(exchange: Exchange, what: string): RuleFinding[] {
  const res = exchange.response;
  const frames = (exchange.h2?.data ?? []).filter((d) => d.length > 0 && res && d.offset > res.offset);
  if (frames.length === 0) return [];
  const total = frames.reduce((n, d) => n + d.length, 0);
  const first = frames[0]!;
  const bytes = exchange.received.subarray(first.contentOffset, first.contentOffset + first.length);
  return [
    {
      message: `${total} byte${total === 1 ? '' : 's'} of DATA on ${what}`,
      evidence: `DATA frame at byte ${first.offset}${frames.length > 1 ? ` (and ${frames.length - 1} more)` : ''}: ${bytesEvidence(bytes, first.length)}`,
      location: { part: 'body', offset: first.offset },
    },
  ];
}
