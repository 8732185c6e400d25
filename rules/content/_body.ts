// Helpers shared by the content rules (not a rule: files starting with "_" are helpers).
import type { Exchange, ResponseMessage } from '../../src/exchange';

/** The content codings httpinspect (and every mainstream client) can undo. */
export const KNOWN_CODINGS: ReadonlySet<string> = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/**
 * True when the response can carry content at all: not HEAD, 1xx, 204, 304 or a 2xx to CONNECT
 * (the framer already decided this: their framing is 'none').
 */
export function mayHaveBody(res: ResponseMessage): boolean {
  return res.framing.kind !== 'none';
}

/**
 * Maps an offset in the content (chunk framing removed, no content-coding) to its offset in the received
 * bytes. Undefined when the offset is past the content.
 */
export function wireOffsetOf(res: ResponseMessage, contentOffset: number): number | undefined {
  let rest = contentOffset;
  for (const range of res.content) {
    if (rest < range.length) return range.offset + rest;
    rest -= range.length;
  }
  const last = res.content[res.content.length - 1];
  // Just past the end (e.g. "unexpected end of input"): point at the byte after the last content byte.
  if (rest === 0 && last) return last.offset + last.length;
  return undefined;
}

/** The first `max` content bytes as received (still content-coded), without copying the whole body. */
export function contentHead(exchange: Exchange, res: ResponseMessage, max = 16): Buffer {
  const parts: Buffer[] = [];
  let need = max;
  for (const range of res.content) {
    if (need <= 0) break;
    const take = Math.min(need, range.length);
    parts.push(exchange.received.subarray(range.offset, range.offset + take));
    need -= take;
  }
  return Buffer.concat(parts);
}

/** Text of a body as the Fetch standard's "UTF-8 decode" reads it: a leading UTF-8 BOM dropped, bad bytes → U+FFFD. */
export function utf8TextOf(bytes: Buffer): { text: string; bom: number } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: bytes.toString('utf8', bom), bom };
}

const JSON_WS = /^[ \t\r\n]*/;

/** 'object' or 'array' when the text is a JSON object or array, else undefined. Never throws. */
export function jsonContainerOf(text: string): 'object' | 'array' | undefined {
  const first = text[JSON_WS.exec(text)![0].length];
  if (first !== '{' && first !== '[') return undefined;
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  return first === '{' ? 'object' : 'array';
}

/**
 * The UTF-16/32 encoding a JSON text is in, from its byte order mark or (without one) from the zero bytes
 * around its first ASCII character (the pattern RFC 4627 §3 described). Undefined for UTF-8 or anything else.
 */
export function utf16or32Of(b: Buffer): { encoding: string; bom: boolean } | undefined {
  if (b.length >= 4 && b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'UTF-32BE', bom: true };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return { encoding: 'UTF-32LE', bom: true };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'UTF-16BE', bom: true };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'UTF-16LE', bom: true };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] !== 0) return { encoding: 'UTF-32BE', bom: false };
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] === 0 && b[3] === 0) return { encoding: 'UTF-32LE', bom: false };
  if (b.length >= 2 && b[0] === 0 && b[1] !== 0) return { encoding: 'UTF-16BE', bom: false };
  if (b.length >= 2 && b[0] !== 0 && b[1] === 0) return { encoding: 'UTF-16LE', bom: false };
  return undefined;
}

/**
 * Transfer codings other than chunked (e.g. `Transfer-Encoding: gzip, chunked`): the content still carries them,
 * since only chunked framing is removed, so its bytes are not the representation and cannot be judged as text.
 */
export function otherTransferCodings(res: ResponseMessage): string[] {
  return res.headers
    .filter((h) => h.name.toLowerCase() === 'transfer-encoding')
    .flatMap((h) => h.value.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'chunked' && c !== 'identity');
}

/** Why the content cannot be read as text, when a transfer coding still wraps it. */
export function transferCodedReason(res: ResponseMessage): string | undefined {
  const other = otherTransferCodings(res);
  return other.length > 0 ? `the body is transfer-coded with ${other.join(', ')}, which httpinspect does not undo` : undefined;
}
