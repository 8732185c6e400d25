// -v for HTTP/2: one nghttp-style line per frame, in the order sent and received, with curl's prefixes
// ("> [  0.001] send SETTINGS frame <length=18, flags=0x00, stream_id=0>"), then the decoded fields;
// -vv adds how each received field was encoded.
import type { ChalkInstance } from 'chalk';
import type { Exchange } from '../exchange';
import type { H2FrameRecord, H2HeaderBlock } from '../http2/types';
import { frameLabel } from '../http2/frameText';
import { visible } from '../text/escape';
import type { Masker } from './secrets';

const MAX_FRAME_LINES = 2000;
const INDENT = ' '.repeat(10);

/** "[  0.003]": seconds since the start, as nghttp prints them. */
export function frameTime(ms: number): string {
  return `[${(ms / 1000).toFixed(3).padStart(7)}]`;
}

export function frameLine(frame: H2FrameRecord): string {
  return `${frame.direction === 'sent' ? '>' : '<'} ${frameTime(frame.at)} ${frame.direction === 'sent' ? 'send' : 'recv'} ${frameLabel(frame)}`;
}

const ENCODING: Record<string, string> = {
  indexed: 'indexed',
  'literal-with-indexing': 'literal, incremental indexing',
  'literal-without-indexing': 'literal, without indexing',
  'literal-never-indexed': 'literal, never indexed',
};

export function renderH2Frames(exchange: Exchange, options: { chalk: ChalkInstance; level: number }, mask: Masker): string[] {
  const h2 = exchange.h2!;
  const out: string[] = [];
  // A received block's fields follow the frame that ended it.
  const blocksByEnd = new Map<number, H2HeaderBlock>(h2.blocks.map((b) => [b.end, b]));
  const sentFields = exchange.request.headers;
  let sentHeadersShown = false;
  const frames = h2.frames.slice(0, MAX_FRAME_LINES);
  for (const frame of frames) {
    const line = frameLine(frame);
    out.push(frame.direction === 'sent' ? options.chalk.blue(line) : line);
    const prefix = frame.direction === 'sent' ? '>' : '<';
    if (frame.direction === 'sent' && frame.type === 'HEADERS' && !sentHeadersShown) {
      sentHeadersShown = true;
      for (const h of sentFields) out.push(options.chalk.blue(`${prefix} ${INDENT}${visible(mask(`${h.name}: ${h.value}`))}`));
    }
    if (frame.direction === 'received' && (frame.type === 'HEADERS' || frame.type === 'CONTINUATION' || frame.type === 'PUSH_PROMISE')) {
      const block = blocksByEnd.get(frame.offset + 9 + frame.length);
      for (const f of block?.fields ?? []) {
        const encoding = options.level >= 2 ? options.chalk.dim(`  (${ENCODING[f.representation]}${f.huffman ? ', Huffman' : ''}; byte ${f.offset})`) : '';
        out.push(`${prefix} ${INDENT}${visible(mask(`${f.name}: ${f.value}`))}${encoding}`);
      }
    }
    if (frame.direction === 'received' && frame.type === 'SETTINGS' && frame.flags === 0) {
      for (const s of h2.settings.received.filter((x) => x.offset >= frame.offset && x.offset < frame.offset + 9 + frame.length)) {
        out.push(`${prefix} ${INDENT}[${s.name}(0x${s.id.toString(16).padStart(2, '0')}):${s.value}]`);
      }
    }
    if (frame.direction === 'received' && (frame.type === 'GOAWAY' || frame.type === 'RST_STREAM')) {
      const e = h2.errors.find((x) => x.offset === frame.offset);
      if (e) {
        const last = e.type === 'GOAWAY' ? `last_stream_id=${e.lastStreamId}, ` : '';
        out.push(`${prefix} ${INDENT}(${last}error_code=${e.codeName}(0x${e.code.toString(16).padStart(2, '0')})${e.debug ? `, opaque_data="${visible(e.debug)}"` : ''})`);
      }
    }
  }
  const hidden = h2.frames.length - frames.length + h2.framesNotRecorded;
  if (hidden > 0) out.push(options.chalk.dim(`* … ${hidden} more frames not shown`));
  return out;
}
