// The response content as a client would see it: chunk framing removed, content-coding undone.
// Bounded by maxBody so a huge body is never decoded into memory.
import { contentOf, headersNamed, type Exchange, type ResponseMessage } from '../exchange';
import { parseMediaType, type MediaType } from './mediaType';

export type DecodedContent =
  | { ok: true; bytes: Buffer; codings: string[] }
  /** The content could not be decoded (the coding is broken) or was not checked (too large, not all kept). */
  | { ok: false; reason: string; codings: string[]; skipped: boolean };

/** Content codings in the order they were applied, lower-cased ("identity" dropped). */
export function contentCodingsOf(message: ResponseMessage): string[] {
  return headersNamed(message.headers, 'content-encoding')
    .flatMap((h) => h.value.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
}

// Several rules read the same decoded body; decode once per message and limit.
const cache = new WeakMap<ResponseMessage, Map<number, DecodedContent>>();

export function decodedContentOf(exchange: Exchange, maxBody: number, message = exchange.response): DecodedContent {
  if (!message) return { ok: false, reason: 'no response', codings: [], skipped: true };
  let byLimit = cache.get(message);
  if (!byLimit) cache.set(message, (byLimit = new Map()));
  const cached = byLimit.get(maxBody);
  if (cached) return cached;
  const result = decode(exchange, message, maxBody);
  byLimit.set(maxBody, result);
  return result;
}

function decode(exchange: Exchange, message: ResponseMessage, maxBody: number): DecodedContent {
  const codings = contentCodingsOf(message);
  if (message.contentLength > maxBody) {
    return { ok: false, reason: `the body (${message.contentLength} bytes) is larger than --max-body (${maxBody} bytes); not checked`, codings, skipped: true };
  }
  const last = message.content[message.content.length - 1];
  if (last && last.offset + last.length > exchange.received.length) {
    return { ok: false, reason: 'the body was not kept in memory; not checked', codings, skipped: true };
  }
  let bytes = contentOf(exchange, message);
  // An empty body is empty content whatever the coding says: curl, browsers and fetch all read it so.
  if (bytes.length === 0) return { ok: true, bytes, codings };
  for (const coding of [...codings].reverse()) {
    try {
      bytes = decodeOne(coding, bytes, maxBody);
    } catch (err) {
      const why = err instanceof RangeError ? `the decoded body exceeds --max-body (${maxBody} bytes); not checked` : `the body does not decode as ${coding}: ${(err as Error).message}`;
      return { ok: false, reason: why, codings, skipped: err instanceof RangeError || err instanceof UnknownCoding };
    }
  }
  return { ok: true, bytes, codings };
}

class UnknownCoding extends Error {}

function decodeOne(coding: string, bytes: Buffer, maxBody: number): Buffer {
  // node:zlib is loaded only when a coded body is actually decoded, to keep start-up fast.
  const { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } = process.getBuiltinModule('node:zlib');
  const options = { maxOutputLength: maxBody };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(bytes, options);
    case 'deflate':
      // "deflate" is zlib-wrapped per RFC 9110 §8.4.1.2, but some servers send raw deflate; clients accept both.
      try {
        return inflateSync(bytes, options);
      } catch (err) {
        if (err instanceof RangeError) throw err; // over --max-body: not a reason to try raw deflate
        return inflateRawSync(bytes, options);
      }
    case 'br':
      return brotliDecompressSync(bytes, options);
    default:
      throw new UnknownCoding(`unknown content coding "${coding}"`);
  }
}

/** The response's media type, when Content-Type is present and valid. */
export function mediaTypeOf(message: ResponseMessage): MediaType | undefined {
  const header = headersNamed(message.headers, 'content-type')[0];
  if (!header) return undefined;
  const parsed = parseMediaType(header.value);
  return parsed.ok ? parsed.mediaType : undefined;
}
