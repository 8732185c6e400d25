// Seeded HTTP/2 server byte streams: well-formed responses built from frames, then mutated (frames
// truncated, bytes flipped, lengths and flags rewritten, random frames inserted, floods, HPACK garbage,
// control characters in fields). Same (seed, index) → same bytes.
import { Setting } from '../../src/http2/constants';
import { continuation, data, encodeFrame, goaway, headers, rstStream, serverSettings, settingsAck, type Field } from '../../src/lab/h2/frames';
import { prng } from './cases';

export interface H2FuzzCase {
  index: number;
  recipe: string[];
  method: string;
  /** The server's bytes, and how they are split when read (tests the incremental reader). */
  pieces: Buffer[];
}

function template(r: () => number, recipe: string[]): Buffer[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const status = pick(['200', '204', '304', '103', '404', '500', '101', '2000', '']);
  const fields: Field[] = status === '' ? [] : [[':status', status]];
  const names = ['content-type', 'content-length', 'date', 'etag', 'set-cookie', 'connection', 'Content-Type', 'x-a', 'cache-control', ':path', 'transfer-encoding'];
  const count = Math.floor(r() * 8);
  for (let i = 0; i < count; i++) {
    const name = pick(names);
    // The cookie secret only ever goes in Set-Cookie, where reports must mask it.
    const value = name === 'set-cookie' ? pick(['sid=fuzzCookieS3cret', 'sid=fuzzCookieS3cret\r\n', ' sid=fuzzCookieS3cret']) : pick(['text/plain', '5', '0', 'abc', ' padded ', 'a\r\nb', 'x\0y', '"v1"', 'no-store', '\x1b[31mred']);
    fields.push({ name, value, huffman: r() < 0.5, representation: pick(['indexed', 'literal-with-indexing', 'literal-without-indexing', 'literal-never-indexed'] as const) });
  }
  const body = Buffer.from('hello world'.slice(0, Math.floor(r() * 12)));
  const frames = [serverSettings(r() < 0.2 ? [[Setting.MAX_FRAME_SIZE, Math.floor(r() * 20000)]] : undefined), settingsAck()];
  const split = r() < 0.3 && fields.length > 1;
  if (split) {
    frames.push(headers(fields.slice(0, 1), { endHeaders: false }), continuation(fields.slice(1)));
  } else {
    frames.push(headers(fields, { endStream: body.length === 0 && r() < 0.5 }));
  }
  if (body.length > 0 || r() < 0.5) frames.push(data(body, { endStream: r() < 0.8 }));
  if (r() < 0.2) frames.push(headers([['x-trailer', 'v']], { endStream: true }));
  recipe.push(`status ${JSON.stringify(status)}, ${fields.length} fields${split ? ' (CONTINUATION)' : ''}, ${body.length}-byte body`);
  return frames;
}

function mutate(r: () => number, frames: Buffer[], recipe: string[]): Buffer[] {
  const kind = Math.floor(r() * 10);
  const at = Math.floor(r() * frames.length);
  const frame = Buffer.from(frames[at]!);
  switch (kind) {
    case 0: {
      const cut = Math.floor(r() * frame.length);
      recipe.push(`frame ${at} truncated at ${cut}`);
      return [...frames.slice(0, at), frame.subarray(0, cut)];
    }
    case 1: {
      const i = Math.floor(r() * frame.length);
      frame[i] = Math.floor(r() * 256);
      recipe.push(`byte ${i} of frame ${at} flipped`);
      return [...frames.slice(0, at), frame, ...frames.slice(at + 1)];
    }
    case 2: {
      frame.writeUIntBE(Math.floor(r() * 70000), 0, 3);
      recipe.push(`length of frame ${at} rewritten`);
      return [...frames.slice(0, at), frame, ...frames.slice(at + 1)];
    }
    case 3: {
      frame[4] = Math.floor(r() * 256);
      recipe.push(`flags of frame ${at} rewritten`);
      return [...frames.slice(0, at), frame, ...frames.slice(at + 1)];
    }
    case 4: {
      const type = Math.floor(r() * 12);
      const payload = Buffer.alloc(Math.floor(r() * 20), Math.floor(r() * 256));
      recipe.push(`random frame type ${type} inserted at ${at}`);
      return [...frames.slice(0, at), encodeFrame(type, Math.floor(r() * 256), Math.floor(r() * 4), payload), ...frames.slice(at)];
    }
    case 5: {
      const n = 900 + Math.floor(r() * 300);
      recipe.push(`${n} PING or empty DATA frames`);
      const flood = r() < 0.5 ? encodeFrame(6, 0, 0, Buffer.alloc(8)) : data('', { endStream: false });
      return [...frames.slice(0, 3), ...Array.from({ length: n }, () => flood), ...frames.slice(3)];
    }
    case 6: {
      recipe.push('HPACK garbage in a HEADERS frame');
      const garbage = Buffer.from(Array.from({ length: 1 + Math.floor(r() * 30) }, () => Math.floor(r() * 256)));
      return [...frames.slice(0, 2), encodeFrame(1, 0x05, 1, garbage)];
    }
    case 7: {
      recipe.push('RST_STREAM / GOAWAY with a random code');
      const code = Math.floor(r() * 20);
      return [...frames.slice(0, at), r() < 0.5 ? rstStream(1, code) : goaway(Math.floor(r() * 3), code, Buffer.from('dbg\x1b[2J')), ...frames.slice(at)];
    }
    case 8: {
      recipe.push('random bytes');
      return [Buffer.from(Array.from({ length: Math.floor(r() * 200) }, () => Math.floor(r() * 256)))];
    }
    default:
      recipe.push('unmutated');
      return frames;
  }
}

export function h2CaseOf(seed: number, index: number): H2FuzzCase {
  const r = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const recipe: string[] = [];
  const bytes = Buffer.concat(mutate(r, template(r, recipe), recipe));
  // Split into pieces at random points (sometimes byte by byte) to exercise the incremental reader.
  const pieces: Buffer[] = [];
  const tiny = r() < 0.1 && bytes.length < 400;
  for (let start = 0; start < bytes.length; ) {
    const size = tiny ? 1 : 1 + Math.floor(r() * 64);
    pieces.push(bytes.subarray(start, start + size));
    start += size;
  }
  return { index, recipe, method: r() < 0.2 ? 'HEAD' : 'GET', pieces };
}
