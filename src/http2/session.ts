// The client side of one HTTP/2 connection carrying one request on stream 1, as a pure state machine:
// bytes in, bytes to write out. It records every frame and every problem, repairs nothing, and stops only
// where going on is impossible (an oversized frame, a flood, a limit). The socket lives in the capture driver.
import { addContinuation, blockBytes, fragmentOf, openBlock, receivedOffset, type OpenBlock } from './blockAssembler';
import { DEFAULT_MAX_FRAME_SIZE, DEFAULT_WINDOW, Flag, FrameType, PREFACE, Setting, frameTypeName, settingName } from './constants';
import { dataFrames, goaway, headerFrames, settingsFrame, windowUpdate } from './frame';
import { FrameReader, type Frame } from './frameReader';
import { HpackDecoder } from './hpackDecoder';
import type { H2Field, H2Info, H2Problem, H2ProblemId } from './types';
import { handleControlFrame } from './controlFrames';
import { FlowControl } from './flowControl';
import { blockPlaceOf } from './blockKind';
import { describe } from './frameText';

export interface SessionOptions {
  /** Largest header block (compressed) and decoded header list accepted (--max-header-size). */
  maxHeaderBytes: number;
  /** Most control frames (SETTINGS, PING, PRIORITY, WINDOW_UPDATE, unknown, empty DATA) in one connection. */
  maxControlFrames: number;
  /** Most frames (HEADERS + CONTINUATION) in one header block. */
  maxBlockFrames: number;
  /** Frames listed in the record; later ones are only counted. */
  maxRecordedFrames: number;
  /** Our SETTINGS_INITIAL_WINDOW_SIZE and connection window. */
  window: number;
  /** Milliseconds since the exchange started. */
  clock: () => number;
}

export const DEFAULT_SESSION_OPTIONS: Omit<SessionOptions, 'clock' | 'maxHeaderBytes'> = {
  maxControlFrames: 1000,
  maxBlockFrames: 64,
  maxRecordedFrames: 20000,
  window: 1 << 20,
};

export { STREAM } from './controlFrames';
import { STREAM } from './controlFrames';
const MAX_DATA_RECORDS = 1000;

export class H2ClientSession {
  readonly info: H2Info = {
    frames: [],
    framesNotRecorded: 0,
    settings: { received: [], sent: [] },
    blocks: [],
    data: [],
    errors: [],
    problems: [],
    droppedRequestFields: [],
  };
  /** Content of the final response: ranges in the received bytes (DATA payloads without padding). */
  readonly content: Array<{ offset: number; length: number }> = [];
  contentLength = 0;
  /** END_STREAM (or RST_STREAM) ended stream 1. */
  streamEnded = false;
  /** The final response's END_STREAM arrived (the response is complete). */
  complete = false;
  finalSeen = false;
  /** Set when reading must stop: why, and whether it is one of our limits (a LIMIT error) or a protocol failure. */
  stopped?: { reason: string; limit: boolean; code: number };
  /** A limit on the header block hit at this offset (becomes the header-section-too-large anomaly). */
  headerLimitAt?: number;
  goawayReceived = false;

  readonly reader: FrameReader;
  readonly decoder: HpackDecoder;
  private sentBytes = 0;
  private firstFrame = true;
  private open?: OpenBlock;
  private controlFrames = 0;
  private readonly flow: FlowControl;
  peerMaxFrameSize = DEFAULT_MAX_FRAME_SIZE;
  private pendingBody?: Buffer;

  constructor(readonly options: SessionOptions) {
    this.reader = new FrameReader(DEFAULT_MAX_FRAME_SIZE);
    this.decoder = new HpackDecoder({ maxTableSize: 4096, maxHeaderListSize: options.maxHeaderBytes });
    this.flow = new FlowControl(options.window);
  }

  /** Preface, SETTINGS, a connection WINDOW_UPDATE, then the request: HEADERS (+ CONTINUATION) and DATA. */
  start(requestBlock: Buffer, body: Buffer | undefined): Buffer {
    const settings: Array<[number, number]> = [
      [Setting.ENABLE_PUSH, 0],
      [Setting.INITIAL_WINDOW_SIZE, this.options.window],
      [Setting.MAX_HEADER_LIST_SIZE, this.options.maxHeaderBytes],
    ];
    this.info.settings.sent = settings.map(([id, value]) => ({ id, name: settingName(id), value }));
    const out: Buffer[] = [PREFACE];
    this.sentBytes = PREFACE.length;
    out.push(this.log(settingsFrame(settings)));
    if (this.options.window > DEFAULT_WINDOW) out.push(this.log(windowUpdate(0, this.options.window - DEFAULT_WINDOW)));
    const hasBody = body !== undefined && body.length > 0;
    for (const f of headerFrames(STREAM, requestBlock, !hasBody, DEFAULT_MAX_FRAME_SIZE)) out.push(this.log(f));
    if (hasBody) {
      this.pendingBody = body;
      out.push(...this.flushBody());
    }
    return Buffer.concat(out);
  }

  /** Feeds received bytes; returns what must be written back (ACKs, WINDOW_UPDATEs, request body). */
  receive(bytes: Buffer): Buffer[] {
    if (this.stopped) return [];
    if (this.firstFrame && this.reader.consumed === 0 && this.reader.buffered === 0 && looksLikeHttp1(bytes)) {
      this.problem('not-http2', 0, `the server answered in HTTP/1.x although h2 was agreed: "${bytes.toString('latin1', 0, Math.min(40, bytes.length)).split('\r')[0]}"`);
      this.stop('the server does not speak HTTP/2 on this connection', false, 0x1);
      return [];
    }
    const out: Buffer[] = [];
    for (const result of this.reader.push(bytes)) {
      if (result.kind === 'oversized') {
        const frame = describe(result);
        if (this.firstFrame) {
          this.problem('not-http2', result.offset, `the first bytes are not an HTTP/2 frame (they declare a ${result.length}-byte ${frameTypeName(result.type)} frame)`, frame);
          this.stop('the server does not speak HTTP/2 on this connection', false, 0x1);
        } else {
          this.problem('malformed-frame', result.offset, `frame length ${result.length} exceeds SETTINGS_MAX_FRAME_SIZE (${DEFAULT_MAX_FRAME_SIZE})`, frame);
          this.stop('a frame larger than SETTINGS_MAX_FRAME_SIZE (FRAME_SIZE_ERROR)', false, 0x6);
        }
        break;
      }
      out.push(...this.onFrame(result.frame));
      if (this.stopped) break;
    }
    if (!this.stopped) out.push(...this.replenish());
    return out;
  }

  /** GOAWAY(NO_ERROR, last stream 0) once the response is over; or with the error that made us stop. */
  goaway(): Buffer {
    return this.log(goaway(0, this.stopped?.code ?? 0));
  }

  /** Records a frame we send; returns it unchanged. */
  log(frame: Buffer): Buffer {
    this.record('sent', frame[3]!, frame[4]!, frame.readUInt32BE(5) & 0x7fffffff, frame.readUIntBE(0, 3), this.sentBytes);
    this.sentBytes += frame.length;
    return frame;
  }

  problem(id: H2ProblemId, offset: number | undefined, detail: string, evidence?: string): void {
    if (this.info.problems.length >= 1000) return;
    const p: H2Problem = { id, detail };
    if (offset !== undefined) p.offset = offset;
    if (evidence !== undefined) p.evidence = evidence;
    this.info.problems.push(p);
  }

  stop(reason: string, limit: boolean, code: number): void {
    this.stopped ??= { reason, limit, code };
  }

  countControl(frame: Frame): void {
    if (++this.controlFrames > this.options.maxControlFrames) {
      this.problem('frame-flood', frame.offset, `more than ${this.options.maxControlFrames} control frames (SETTINGS, PING, PRIORITY, WINDOW_UPDATE, empty DATA, unknown types) on one connection`, describe(frame));
      this.stop(`more than ${this.options.maxControlFrames} control frames: reading stopped`, true, 0xb);
    }
  }

  private onFrame(frame: Frame): Buffer[] {
    this.record('received', frame.type, frame.flags, frame.streamId, frame.length, frame.offset);
    const first = this.firstFrame;
    this.firstFrame = false;
    if (first && !(frame.type === FrameType.SETTINGS && !(frame.flags & Flag.ACK))) {
      this.problem('settings-invalid', frame.offset, `the server's first frame is ${frameTypeName(frame.type)}, not SETTINGS (its connection preface, RFC 9113 §3.4)`, describe(frame));
    }
    if (this.open && frame.type !== FrameType.CONTINUATION) {
      this.problem('malformed-frame', frame.offset, `${frameTypeName(frame.type)} frame in the middle of a header block (only CONTINUATION may follow until END_HEADERS)`, describe(frame));
      this.stop('a header block was interrupted (PROTOCOL_ERROR)', false, 0x1);
      return [];
    }
    switch (frame.type) {
      case FrameType.HEADERS:
      case FrameType.PUSH_PROMISE:
        return this.onHeaderStart(frame);
      case FrameType.CONTINUATION:
        return this.onContinuation(frame);
      case FrameType.DATA:
        return this.onData(frame);
      default:
        return handleControlFrame(this, frame);
    }
  }

  private onHeaderStart(frame: Frame): Buffer[] {
    if (frame.streamId === 0) {
      this.problem('malformed-frame', frame.offset, `${frameTypeName(frame.type)} frame on stream 0`, describe(frame));
      this.stop('a header block on stream 0 (PROTOCOL_ERROR)', false, 0x1);
      return [];
    }
    const fragment = fragmentOf(frame);
    if ('error' in fragment) {
      this.problem('malformed-frame', frame.offset, `${frameTypeName(frame.type)} frame: ${fragment.error}`, describe(frame));
      this.stop('a malformed header frame (PROTOCOL_ERROR)', false, 0x1);
      return [];
    }
    if (frame.type === FrameType.PUSH_PROMISE) {
      this.problem('push-when-disabled', frame.offset, 'PUSH_PROMISE although our SETTINGS said SETTINGS_ENABLE_PUSH = 0', describe(frame));
    }
    this.open = openBlock(frame, fragment.bytes, fragment.payloadStart);
    return this.afterFragment(frame);
  }

  private onContinuation(frame: Frame): Buffer[] {
    if (!this.open || this.open.streamId !== frame.streamId) {
      this.problem('malformed-frame', frame.offset, this.open ? `CONTINUATION on stream ${frame.streamId} for a header block of stream ${this.open.streamId}` : 'CONTINUATION without a header block in progress', describe(frame));
      this.stop('an unexpected CONTINUATION frame (PROTOCOL_ERROR)', false, 0x1);
      return [];
    }
    addContinuation(this.open, frame);
    return this.afterFragment(frame);
  }

  private afterFragment(frame: Frame): Buffer[] {
    const block = this.open!;
    if (block.frames > this.options.maxBlockFrames) {
      this.problem('frame-flood', frame.offset, `a header block spread over more than ${this.options.maxBlockFrames} frames (a CONTINUATION flood)`, describe(frame));
      this.stop(`more than ${this.options.maxBlockFrames} frames in one header block: reading stopped`, true, 0xb);
      return [];
    }
    if (block.size > this.options.maxHeaderBytes) {
      this.headerLimitAt = block.offset;
      this.stop(`the header block is larger than ${this.options.maxHeaderBytes} bytes (--max-header-size): reading stopped`, true, 0xb);
      return [];
    }
    if (!(frame.flags & Flag.END_HEADERS)) return [];
    this.open = undefined;
    this.completeBlock(block);
    return [];
  }

  private completeBlock(block: OpenBlock): void {
    const decoded = this.decoder.decode(blockBytes(block));
    if (decoded.error) {
      const at = receivedOffset(block, decoded.error.offset);
      this.problem('hpack-error', at, `HPACK decoding failed: ${decoded.error.reason}`, `header block of the ${block.type} frame at byte ${block.offset}`);
      if (/exceeds/.test(decoded.error.reason)) {
        this.headerLimitAt = block.offset;
        this.stop(`the decoded header list is larger than ${this.options.maxHeaderBytes} bytes (--max-header-size): reading stopped`, true, 0xb);
      }
    }
    const fields: H2Field[] = decoded.fields.map((f) => ({
      name: f.name,
      value: f.value,
      representation: f.representation,
      huffman: f.valueHuffman === true || f.nameHuffman === true,
      offset: receivedOffset(block, f.offset),
    }));
    const place = blockPlaceOf(block, fields, STREAM, this);
    if (place.problem) this.problem(place.problem.id, block.offset, place.problem.detail, `HEADERS frame at byte ${block.offset}`);
    if (place.final) this.finalSeen = true;
    const { kind, afterEnd } = place;
    this.info.blocks.push({ kind, streamId: block.streamId, offset: block.offset, end: block.end, endStream: block.endStream, frames: block.frames, fields, afterEnd, ...(decoded.error ? { hpackError: true } : {}) });
    if (block.streamId === STREAM && block.endStream && !afterEnd) this.endStream(this.finalSeen);
  }

  private onData(frame: Frame): Buffer[] {
    if (frame.streamId === 0) {
      this.problem('malformed-frame', frame.offset, 'DATA frame on stream 0', describe(frame));
      this.stop('DATA on stream 0 (PROTOCOL_ERROR)', false, 0x1);
      return [];
    }
    let start = 0;
    let padLength = 0;
    if (frame.flags & Flag.PADDED) {
      padLength = frame.payload[0] ?? 0;
      start = 1;
      if (frame.payload.length < 1 || padLength >= frame.payload.length) {
        this.problem('malformed-frame', frame.offset, `DATA frame padding (${padLength} bytes) is not shorter than its payload (${frame.payload.length} bytes)`, describe(frame));
        this.stop('bad padding (PROTOCOL_ERROR)', false, 0x1);
        return [];
      }
    }
    const length = frame.payload.length - start - padLength;
    const endStream = (frame.flags & Flag.END_STREAM) !== 0;
    if (length === 0 && !endStream) this.countControl(frame);
    // Flow control (§6.9): the whole payload counts, padding included.
    const violation = this.flow.received(frame.length, frame.streamId === STREAM);
    if (violation) this.problem('flow-control-violation', frame.offset, violation, describe(frame));
    if (frame.streamId !== STREAM) {
      this.problem('malformed-frame', frame.offset, `DATA on stream ${frame.streamId}, a stream the client never opened`, describe(frame));
      return [];
    }
    const afterEnd = this.streamEnded;
    if (afterEnd) this.problem('frame-after-end-stream', frame.offset, `DATA (${length} bytes) on stream 1 after the stream ended`, describe(frame));
    else if (!this.finalSeen) this.problem('malformed-frame', frame.offset, 'DATA on stream 1 before the response HEADERS', describe(frame));
    if (this.info.data.length < MAX_DATA_RECORDS) {
      this.info.data.push({ offset: frame.offset, length, contentOffset: frame.offset + 9 + start, endStream, afterEnd });
    }
    if (!afterEnd && this.finalSeen && length > 0) {
      this.contentLength += length;
      const last = this.content[this.content.length - 1];
      const offset = frame.offset + 9 + start;
      if (this.content.length < 100_000) this.content.push({ offset, length });
      else if (last) last.length += length; // keeps the total; offsets past here are not exact
    }
    if (endStream && !afterEnd) this.endStream(this.finalSeen);
    return [];
  }

  /**
   * Credit for what was read, once per batch of received bytes (not per frame: a server that ignores the
   * window within one burst is caught).
   */
  private replenish(): Buffer[] {
    return this.flow.replenish(!this.streamEnded).map(([streamId, increment]) => this.log(windowUpdate(streamId, increment)));
  }

  endStream(responseComplete: boolean): void {
    this.streamEnded = true;
    if (responseComplete) this.complete = true;
    this.pendingBody = undefined;
  }

  /** WINDOW_UPDATE or SETTINGS changed what we may send: send more of the request body. */
  peerWindowChanged(streamId: number, increment: number): Buffer[] {
    this.flow.credit(streamId, increment);
    return this.flushBody();
  }

  peerInitialWindowChanged(value: number): Buffer[] {
    this.flow.initialWindow(value);
    return this.flushBody();
  }

  get sendWindowTooLarge(): boolean {
    return this.flow.sendWindowTooLarge;
  }

  private flushBody(): Buffer[] {
    const body = this.pendingBody;
    if (!body || this.streamEnded) return [];
    const room = this.flow.take(body.length);
    if (room <= 0) return [];
    const piece = body.subarray(0, room);
    this.pendingBody = room < body.length ? body.subarray(room) : undefined;
    return dataFrames(STREAM, piece, this.pendingBody === undefined, this.peerMaxFrameSize).map((f) => this.log(f));
  }

  private record(direction: 'sent' | 'received', type: number, flags: number, streamId: number, length: number, offset: number): void {
    if (this.info.frames.length >= this.options.maxRecordedFrames) {
      this.info.framesNotRecorded++;
      return;
    }
    this.info.frames.push({ direction, type: frameTypeName(type), flags, streamId, length, offset, at: this.options.clock() });
  }
}

function looksLikeHttp1(bytes: Buffer): boolean {
  return bytes.length >= 5 && bytes.toString('latin1', 0, 5) === 'HTTP/';
}

