// range: a range inside the body, a suffix range, and a range starting past the end.
import { unusableBaseline, type Probed, type ProbePlan } from './plan';
import { planned } from './request';

/** The three Range values for a body of `length` bytes (length ≥ 2). */
export function rangesFor(length: number): { inside: string; suffix: string; pastEnd: string } {
  const first = Math.floor(length / 3);
  const last = Math.max(first, Math.min(length - 2, first + 1023));
  return { inside: `bytes=${first}-${last}`, suffix: `bytes=-${Math.max(1, Math.min(1024, Math.floor(length / 4)))}`, pastEnd: `bytes=${length}-` };
}

export function planRange({ exchange, spec }: Probed): ProbePlan {
  const why = unusableBaseline(exchange) ?? bodyProblem(exchange.response!.contentLength, exchange.received.length, exchange.receivedTotal);
  if (why) return { requests: [], skipped: [{ name: 'range', request: 'Range', reason: why }] };
  const ranges = rangesFor(exchange.response!.contentLength);
  return {
    requests: [ranges.inside, ranges.suffix, ranges.pastEnd].map((value) => planned('range', spec, 'GET', ['Range', value])),
    skipped: [],
  };
}

function bodyProblem(length: number, kept: number, total: number): string | undefined {
  if (length < 2) return length === 0 ? 'the response has no body to request a range of' : 'a 1-byte body has no range inside it';
  if (kept < total) return 'the body was not kept in full (--max-body), so ranges of it cannot be checked';
  return undefined;
}
