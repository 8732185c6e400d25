// The lab's side of an HTTP/2 connection: reads the client preface and frames until the request on
// stream 1 is complete, decodes its fields, then hands the socket to a scenario that writes raw frames.
import type { Socket } from 'node:net';
import { Flag, FrameType, PREFACE } from '../../http2/constants';
import { FrameReader } from '../../http2/frameReader';
import { HpackDecoder } from '../../http2/hpackDecoder';

export interface H2Request {
  method: string;
  path: string;
  fields: Array<[string, string]>;
  /** Every frame type the client sent before the request was complete (e.g. "SETTINGS", "HEADERS"). */
  frames: string[];
}

/**
 * Calls `onRequest` once stream 1's request (HEADERS … END_STREAM) has arrived. `already` holds bytes read
 * before (the sniffed preface). Frames after that are only read and dropped, so the client's GOAWAY and
 * half-close go through.
 */
export function serveH2(socket: Socket, already: Buffer, onRequest: (request: H2Request) => void): void {
  let buffered = already;
  let reader: FrameReader | undefined;
  const decoder = new HpackDecoder({ maxTableSize: 4096, maxHeaderListSize: 256 * 1024 });
  let block: Buffer[] = [];
  let fields: Array<[string, string]> | undefined;
  const frames: string[] = [];
  let done = false;
  const onBytes = (chunk: Buffer) => {
    if (done) return;
    if (!reader) {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < PREFACE.length) return;
      if (!buffered.subarray(0, PREFACE.length).equals(PREFACE)) {
        done = true;
        socket.destroy();
        return;
      }
      reader = new FrameReader(1 << 24, PREFACE.length);
      chunk = buffered.subarray(PREFACE.length);
    }
    for (const r of reader.push(chunk)) {
      if (r.kind !== 'frame' || done) continue;
      const f = r.frame;
      frames.push(String(f.type));
      if (f.streamId === 1 && (f.type === FrameType.HEADERS || f.type === FrameType.CONTINUATION)) {
        let p = f.payload;
        if (f.type === FrameType.HEADERS) {
          const pad = f.flags & Flag.PADDED ? p[0]! : 0;
          p = p.subarray((f.flags & Flag.PADDED ? 1 : 0) + (f.flags & Flag.PRIORITY ? 5 : 0), p.length - pad);
        }
        block.push(p);
        if (f.flags & Flag.END_HEADERS) {
          fields = decoder.decode(Buffer.concat(block)).fields.map((x) => [x.name, x.value]);
          block = [];
        }
      }
      const ended = (f.type === FrameType.HEADERS || f.type === FrameType.DATA) && f.streamId === 1 && (f.flags & Flag.END_STREAM) !== 0;
      if (ended && fields) {
        done = true;
        const get = (n: string) => fields!.find(([k]) => k === n)?.[1] ?? '';
        onRequest({ method: get(':method'), path: get(':path'), fields, frames });
      }
    }
  };
  socket.on('data', onBytes);
  if (already.length > 0) onBytes(Buffer.alloc(0));
}
