// What an HTTP/2 capture records beside the usual Exchange fields (`Exchange.h2`). Pure data, JSON-ready.
import type { Representation } from './hpackDecoder';

export type Protocol = 'http/1.1' | 'h2' | 'h2c';

export interface H2FrameRecord {
  direction: 'sent' | 'received';
  /** "HEADERS", "DATA", … or "UNKNOWN(0x0b)". */
  type: string;
  flags: number;
  streamId: number;
  /** Payload length. */
  length: number;
  /** Offset of the frame header in the sent or received bytes. */
  offset: number;
  /** Milliseconds since the start of the exchange. */
  at: number;
}

export interface H2Field {
  name: string;
  value: string;
  representation: Representation;
  huffman: boolean;
  /** Offset of the field's representation in the received bytes (inside a HEADERS or CONTINUATION frame). */
  offset: number;
}

export type H2BlockKind = 'response' | 'interim' | 'trailers' | 'unexpected' | 'push-promise' | 'other-stream';

export interface H2HeaderBlock {
  kind: H2BlockKind;
  streamId: number;
  /** Offset of the HEADERS (or PUSH_PROMISE) frame. */
  offset: number;
  /** Offset just past the frame that ended the block. */
  end: number;
  endStream: boolean;
  /** HEADERS/PUSH_PROMISE plus CONTINUATION frames. */
  frames: number;
  fields: H2Field[];
  /** The block arrived after the stream had ended (END_STREAM or RST_STREAM). */
  afterEnd: boolean;
  /** HPACK decoding failed in this block: `fields` holds only what decoded before the error. */
  hpackError?: boolean;
}

export type H2ProblemId =
  | 'malformed-frame'
  | 'settings-invalid'
  | 'push-when-disabled'
  | 'flow-control-violation'
  | 'frame-after-end-stream'
  | 'hpack-error'
  | 'not-http2'
  | 'frame-flood'
  | 'data-before-headers';

/** A problem seen at the frame level (field-level rules judge `blocks` themselves). */
export interface H2Problem {
  id: H2ProblemId;
  offset?: number;
  detail: string;
  /** The frame in question, e.g. "DATA frame <length=5, flags=0x01, stream_id=1>". */
  evidence?: string;
}

export interface H2Setting {
  id: number;
  name: string;
  value: number;
  offset: number;
}

export interface H2ErrorFrame {
  type: 'RST_STREAM' | 'GOAWAY';
  streamId: number;
  code: number;
  codeName: string;
  offset: number;
  /** The response was complete when it arrived. */
  afterComplete: boolean;
  /** GOAWAY only. */
  lastStreamId?: number;
  debug?: string;
}

export interface H2DataFrame {
  offset: number;
  /** Content bytes (padding excluded). */
  length: number;
  contentOffset: number;
  endStream: boolean;
  afterEnd: boolean;
}

export interface H2Info {
  frames: H2FrameRecord[];
  /** Frames beyond the recording limit (counted, not listed). */
  framesNotRecorded: number;
  settings: { received: H2Setting[]; sent: Array<{ id: number; name: string; value: number }> };
  blocks: H2HeaderBlock[];
  /** DATA frames of stream 1 (the first 1000; the rest only add to contentLength). */
  data: H2DataFrame[];
  errors: H2ErrorFrame[];
  problems: H2Problem[];
  /** Request fields not sent because HTTP/2 forbids them (RFC 9113 §8.2.2). */
  droppedRequestFields: string[];
}
