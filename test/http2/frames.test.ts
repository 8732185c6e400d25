// The frame codec: frames read back from any split of the bytes with their offsets; oversized frames stop the
// reader; header blocks and bodies are split into frames of at most the peer's SETTINGS_MAX_FRAME_SIZE.
import { describe, expect, it } from 'vitest';
import { Flag, FrameType } from '../../src/http2/constants';
import { dataFrames, encodeFrame, headerFrames, settingsFrame } from '../../src/http2/frame';
import { FrameReader } from '../../src/http2/frameReader';

const stream = Buffer.concat([settingsFrame([[3, 100]]), encodeFrame(FrameType.HEADERS, Flag.END_HEADERS, 1, Buffer.from([0x88])), encodeFrame(FrameType.DATA, Flag.END_STREAM, 1, Buffer.from('hello'))]);

describe('FrameReader', () => {
  it.each([1, 2, 7, 9, 10, 64, stream.length])('reads the same frames and offsets when the bytes come %i at a time', (size) => {
    const reader = new FrameReader(16384);
    const frames = [];
    for (let i = 0; i < stream.length; i += size) for (const r of reader.push(stream.subarray(i, i + size))) if (r.kind === 'frame') frames.push(r.frame);
    expect(frames.map((f) => [f.type, f.flags, f.streamId, f.length, f.offset])).toEqual([
      [4, 0, 0, 6, 0],
      [1, 4, 1, 1, 15],
      [0, 1, 1, 5, 25],
    ]);
    expect(frames[2]!.payload.toString()).toBe('hello');
    expect(reader.consumed).toBe(stream.length);
  });

  it('stops at a frame header declaring more than the maximum payload, and reads nothing after it', () => {
    const reader = new FrameReader(16384);
    const big = encodeFrame(FrameType.DATA, 0, 1, Buffer.alloc(16385));
    const results = reader.push(Buffer.concat([stream.subarray(0, 15), big, stream]));
    expect(results.map((r) => r.kind)).toEqual(['frame', 'oversized']);
    expect(results[1]).toMatchObject({ kind: 'oversized', length: 16385, offset: 15 });
    expect(reader.push(stream)).toEqual([]);
  });
});

describe('frame serializers', () => {
  it('splits a header block into HEADERS + CONTINUATION, END_STREAM on the first and END_HEADERS on the last', () => {
    const frames = headerFrames(1, Buffer.alloc(40000, 1), true, 16384);
    expect(frames.map((f) => [f[3], f[4], f.readUIntBE(0, 3)])).toEqual([
      [FrameType.HEADERS, Flag.END_STREAM, 16384],
      [FrameType.CONTINUATION, 0, 16384],
      [FrameType.CONTINUATION, Flag.END_HEADERS, 40000 - 2 * 16384],
    ]);
  });

  it('splits a body into DATA frames with END_STREAM on the last only', () => {
    const frames = dataFrames(1, Buffer.alloc(20000), true, 16384);
    expect(frames.map((f) => [f[4], f.readUIntBE(0, 3)])).toEqual([
      [0, 16384],
      [Flag.END_STREAM, 20000 - 16384],
    ]);
  });
});
