// What a completed header block is, from where it sits on the stream (RFC 9113 §8.1): the final response,
// an interim (1xx) one, trailers, or one that should not be there. Pure.
import type { OpenBlock } from './blockAssembler';
import type { H2BlockKind, H2Field, H2ProblemId } from './types';

export interface BlockPlace {
  kind: H2BlockKind;
  /** The block arrived after the stream had ended. */
  afterEnd: boolean;
  /** This block is the final response's. */
  final: boolean;
  problem?: { id: H2ProblemId; detail: string };
}

/** `stream`: the one stream we opened; `finalSeen`, `streamEnded`: what that stream has seen so far. */
export function blockPlaceOf(block: OpenBlock, fields: readonly H2Field[], stream: number, state: { finalSeen: boolean; streamEnded: boolean }): BlockPlace {
  const afterEnd = block.streamId === stream && state.streamEnded;
  if (block.type === 'PUSH_PROMISE') return { kind: 'push-promise', afterEnd, final: false };
  if (block.streamId !== stream) {
    return {
      kind: 'other-stream',
      afterEnd,
      final: false,
      problem: { id: 'malformed-frame', detail: `HEADERS on stream ${block.streamId}, a stream the client never opened (only stream ${stream} carries the request)` },
    };
  }
  if (afterEnd) {
    return { kind: state.finalSeen ? 'trailers' : 'response', afterEnd, final: false, problem: { id: 'frame-after-end-stream', detail: `HEADERS on stream ${stream} after the stream ended` } };
  }
  if (!state.finalSeen) {
    const status = fields.find((f) => f.name === ':status')?.value;
    // 101 is not an interim response on HTTP/2 (§8.6): it is judged as the final one (http2/status-101).
    const interim = status !== undefined && /^1\d\d$/.test(status) && status !== '101';
    return { kind: interim ? 'interim' : 'response', afterEnd, final: !interim };
  }
  return { kind: block.endStream ? 'trailers' : 'unexpected', afterEnd, final: false };
}
