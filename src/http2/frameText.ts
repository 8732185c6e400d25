// How a frame is named in findings and -v output: nghttp's "<length=…, flags=0x…, stream_id=…>".
import { frameTypeName } from './constants';

export function frameLabel(frame: { type: number | string; flags: number; streamId: number; length: number }): string {
  const type = typeof frame.type === 'number' ? frameTypeName(frame.type) : frame.type;
  return `${type} frame <length=${frame.length}, flags=0x${frame.flags.toString(16).padStart(2, '0')}, stream_id=${frame.streamId}>`;
}

export function describe(frame: { type: number; flags: number; streamId: number; length: number; offset: number }): string {
  return `${frameLabel(frame)} at byte ${frame.offset}`;
}
