// Incremental frame reader: bytes in (any split), whole frames out with their offset in the received stream.
// Holds at most one frame (bounded by the frame size limit), so memory stays flat for any body size.
import { FRAME_HEADER_SIZE } from './constants';

export interface Frame {
  type: number;
  flags: number;
  streamId: number;
  /** Payload length as declared in the frame header. */
  length: number;
  /** Offset of the frame header's first byte in the received stream (after the preface, for h2c: all of it). */
  offset: number;
  payload: Buffer;
}

export type ReadResult = { kind: 'frame'; frame: Frame } | { kind: 'oversized'; type: number; flags: number; streamId: number; length: number; offset: number };

export class FrameReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Offset of the first pending byte in the received stream. */
  private position: number;
  private failed = false;

  /** `maxPayload`: a frame header declaring more than this stops the reader (FRAME_SIZE_ERROR, §4.2). */
  constructor(private maxPayload: number, startOffset = 0) {
    this.position = startOffset;
  }

  /** Offset just past the last byte of the last whole frame returned. */
  get consumed(): number {
    return this.position;
  }

  get buffered(): number {
    return this.pendingBytes;
  }

  setMaxPayload(max: number): void {
    this.maxPayload = max;
  }

  /** Every whole frame the new bytes complete; an oversized frame header ends reading (the rest is not framed). */
  push(bytes: Buffer): ReadResult[] {
    if (this.failed || bytes.length === 0) return [];
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    const out: ReadResult[] = [];
    while (this.pendingBytes >= FRAME_HEADER_SIZE) {
      const head = this.peek(FRAME_HEADER_SIZE);
      const length = head.readUIntBE(0, 3);
      const type = head[3]!;
      const flags = head[4]!;
      const streamId = head.readUInt32BE(5) & 0x7fffffff;
      if (length > this.maxPayload) {
        out.push({ kind: 'oversized', type, flags, streamId, length, offset: this.position });
        this.failed = true;
        this.pending = [];
        this.pendingBytes = 0;
        break;
      }
      if (this.pendingBytes < FRAME_HEADER_SIZE + length) break;
      const whole = this.take(FRAME_HEADER_SIZE + length);
      out.push({ kind: 'frame', frame: { type, flags, streamId, length, offset: this.position, payload: whole.subarray(FRAME_HEADER_SIZE) } });
      this.position += FRAME_HEADER_SIZE + length;
    }
    return out;
  }

  private peek(n: number): Buffer {
    if (this.pending[0]!.length >= n) return this.pending[0]!.subarray(0, n);
    this.pending = [Buffer.concat(this.pending)];
    return this.pending[0]!.subarray(0, n);
  }

  private take(n: number): Buffer {
    const first = this.pending[0]!;
    let whole: Buffer;
    if (first.length >= n) {
      whole = first.subarray(0, n);
      if (first.length === n) this.pending.shift();
      else this.pending[0] = first.subarray(n);
    } else {
      const all = Buffer.concat(this.pending);
      whole = all.subarray(0, n);
      this.pending = all.length > n ? [all.subarray(n)] : [];
    }
    this.pendingBytes -= n;
    return whole;
  }
}
