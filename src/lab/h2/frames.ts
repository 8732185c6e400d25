// Server-side frames for the lab's HTTP/2 scenarios and for tests: written byte by byte with our own
// encoder, so a scenario can send exactly the defect it demonstrates (node:http2 refuses to misbehave).
import { Flag, FrameType, Setting } from '../../http2/constants';
import { encodeFrame, goaway, rstStream, settingsAck, settingsFrame } from '../../http2/frame';
import { encodeBlock, type EncodeField } from '../../http2/hpackEncoder';

export type Field = [string, string] | EncodeField;

const toEncode = (f: Field): EncodeField => (Array.isArray(f) ? { name: f[0], value: f[1] } : f);

/** The server's connection preface: a SETTINGS frame (MAX_CONCURRENT_STREAMS 100 unless told otherwise). */
export function serverSettings(settings: Array<[number, number]> = [[Setting.MAX_CONCURRENT_STREAMS, 100]]): Buffer {
  return settingsFrame(settings);
}

export { settingsAck, goaway, rstStream, encodeFrame };

export function headers(fields: Field[], options: { endStream?: boolean; endHeaders?: boolean; streamId?: number; flags?: number } = {}): Buffer {
  const flags = (options.flags ?? 0) | (options.endStream ? Flag.END_STREAM : 0) | (options.endHeaders === false ? 0 : Flag.END_HEADERS);
  return encodeFrame(FrameType.HEADERS, flags, options.streamId ?? 1, encodeBlock(fields.map(toEncode)));
}

export function continuation(fields: Field[], options: { endHeaders?: boolean; streamId?: number } = {}): Buffer {
  return encodeFrame(FrameType.CONTINUATION, options.endHeaders === false ? 0 : Flag.END_HEADERS, options.streamId ?? 1, encodeBlock(fields.map(toEncode)));
}

export function data(body: string | Buffer, options: { endStream?: boolean; streamId?: number } = {}): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  return encodeFrame(FrameType.DATA, options.endStream === false ? 0 : Flag.END_STREAM, options.streamId ?? 1, bytes);
}

/** A simple well-formed response: 200, content-type, content-length, body. */
export function okResponse(body = 'hello', extra: Field[] = []): Buffer[] {
  return [
    serverSettings(),
    settingsAck(),
    headers([[':status', '200'], ['content-type', 'text/plain; charset=utf-8'], ['content-length', String(Buffer.byteLength(body))], ['date', new Date().toUTCString()], ...extra]),
    data(body),
  ];
}
