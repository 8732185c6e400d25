// Serializes the frames we send (RFC 9113 §4.1): a 9-byte header, then the payload.
import { FRAME_HEADER_SIZE, Flag, FrameType } from './constants';

export function encodeFrame(type: number, flags: number, streamId: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_SIZE + payload.length);
  frame.writeUIntBE(payload.length, 0, 3);
  frame[3] = type;
  frame[4] = flags;
  frame.writeUInt32BE(streamId & 0x7fffffff, 5);
  payload.copy(frame, FRAME_HEADER_SIZE);
  return frame;
}

export function settingsFrame(settings: ReadonlyArray<readonly [number, number]>): Buffer {
  const payload = Buffer.allocUnsafe(settings.length * 6);
  settings.forEach(([id, value], i) => {
    payload.writeUInt16BE(id, i * 6);
    payload.writeUInt32BE(value >>> 0, i * 6 + 2);
  });
  return encodeFrame(FrameType.SETTINGS, 0, 0, payload);
}

export function settingsAck(): Buffer {
  return encodeFrame(FrameType.SETTINGS, Flag.ACK, 0);
}

export function pingAck(opaque: Buffer): Buffer {
  return encodeFrame(FrameType.PING, Flag.ACK, 0, opaque);
}

export function windowUpdate(streamId: number, increment: number): Buffer {
  const payload = Buffer.allocUnsafe(4);
  payload.writeUInt32BE(increment & 0x7fffffff, 0);
  return encodeFrame(FrameType.WINDOW_UPDATE, 0, streamId, payload);
}

export function goaway(lastStreamId: number, errorCode: number, debug: Buffer = Buffer.alloc(0)): Buffer {
  const payload = Buffer.allocUnsafe(8 + debug.length);
  payload.writeUInt32BE(lastStreamId & 0x7fffffff, 0);
  payload.writeUInt32BE(errorCode >>> 0, 4);
  debug.copy(payload, 8);
  return encodeFrame(FrameType.GOAWAY, 0, 0, payload);
}

export function rstStream(streamId: number, errorCode: number): Buffer {
  const payload = Buffer.allocUnsafe(4);
  payload.writeUInt32BE(errorCode >>> 0, 0);
  return encodeFrame(FrameType.RST_STREAM, 0, streamId, payload);
}

/**
 * A header block as HEADERS plus CONTINUATION frames of at most `maxFrameSize` bytes each.
 * END_STREAM goes on the HEADERS frame (§8.1), END_HEADERS on the last frame.
 */
export function headerFrames(streamId: number, block: Buffer, endStream: boolean, maxFrameSize: number): Buffer[] {
  const frames: Buffer[] = [];
  let start = 0;
  do {
    const piece = block.subarray(start, start + maxFrameSize);
    const first = start === 0;
    start += piece.length;
    const last = start >= block.length;
    const flags = (last ? Flag.END_HEADERS : 0) | (first && endStream ? Flag.END_STREAM : 0);
    frames.push(encodeFrame(first ? FrameType.HEADERS : FrameType.CONTINUATION, flags, streamId, piece));
  } while (start < block.length);
  return frames;
}

/** DATA frames of at most `maxFrameSize` bytes; END_STREAM on the last one when asked. */
export function dataFrames(streamId: number, body: Buffer, endStream: boolean, maxFrameSize: number): Buffer[] {
  const frames: Buffer[] = [];
  let start = 0;
  do {
    const piece = body.subarray(start, start + maxFrameSize);
    start += piece.length;
    const last = start >= body.length;
    frames.push(encodeFrame(FrameType.DATA, last && endStream ? Flag.END_STREAM : 0, streamId, piece));
  } while (start < body.length);
  return frames;
}
