// Collects a header block from HEADERS/PUSH_PROMISE + CONTINUATION frames (RFC 9113 §4.3, §6.10) and maps
// offsets in the block back to offsets in the received bytes.
import { Flag, FrameType } from './constants';
import type { Frame } from './frameReader';

export interface OpenBlock {
  type: 'HEADERS' | 'PUSH_PROMISE';
  streamId: number;
  offset: number;
  endStream: boolean;
  fragments: Array<{ bytes: Buffer; blockStart: number; offset: number }>;
  size: number;
  frames: number;
  end: number;
}

/** The header block fragment of a HEADERS or PUSH_PROMISE frame, or why the frame is malformed. */
export function fragmentOf(frame: Frame): { bytes: Buffer; payloadStart: number } | { error: string } {
  const p = frame.payload;
  let start = 0;
  let padLength = 0;
  if (frame.flags & Flag.PADDED) {
    if (p.length < 1) return { error: 'PADDED flag set but no Pad Length byte' };
    padLength = p[0]!;
    start = 1;
  }
  if (frame.type === FrameType.HEADERS && frame.flags & Flag.PRIORITY) start += 5;
  if (frame.type === FrameType.PUSH_PROMISE) start += 4;
  if (start + padLength > p.length) return { error: `padding (${padLength} bytes) and fixed fields (${start}) exceed the payload (${p.length} bytes)` };
  return { bytes: p.subarray(start, p.length - padLength), payloadStart: start };
}

export function openBlock(frame: Frame, fragment: Buffer, payloadStart: number): OpenBlock {
  return {
    type: frame.type === FrameType.PUSH_PROMISE ? 'PUSH_PROMISE' : 'HEADERS',
    streamId: frame.streamId,
    offset: frame.offset,
    endStream: frame.type === FrameType.HEADERS && (frame.flags & Flag.END_STREAM) !== 0,
    // Copied: the block outlives the socket chunk it came in.
    fragments: [{ bytes: Buffer.from(fragment), blockStart: 0, offset: frame.offset + 9 + payloadStart }],
    size: fragment.length,
    frames: 1,
    end: frame.offset + 9 + frame.length,
  };
}

export function addContinuation(block: OpenBlock, frame: Frame): void {
  block.fragments.push({ bytes: Buffer.from(frame.payload), blockStart: block.size, offset: frame.offset + 9 });
  block.size += frame.payload.length;
  block.frames++;
  block.end = frame.offset + 9 + frame.length;
}

export function blockBytes(block: OpenBlock): Buffer {
  return block.fragments.length === 1 ? block.fragments[0]!.bytes : Buffer.concat(block.fragments.map((f) => f.bytes));
}

/** Offset in the received bytes of byte `blockOffset` of the block. */
export function receivedOffset(block: OpenBlock, blockOffset: number): number {
  for (const f of block.fragments) {
    if (blockOffset >= f.blockStart && blockOffset < f.blockStart + f.bytes.length) return f.offset + (blockOffset - f.blockStart);
  }
  const last = block.fragments[block.fragments.length - 1]!;
  return last.offset + (blockOffset - last.blockStart);
}
