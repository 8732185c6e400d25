// Decoding a body in a named charset the way a browser would (WHATWG Encoding labels, via TextDecoder), strictly:
// the point is to say whether the bytes are valid in that encoding and, if not, where the first bad byte is.

export type StrictDecode =
  | { ok: true; encoding: string; text: string }
  /** `offset`: the first byte the encoding cannot decode (or the start of a sequence cut off by the end). */
  | { ok: false; encoding: string; offset: number }
  /** The label names no encoding this runtime knows (WHATWG Encoding labels). */
  | { ok: 'unknown-label' }
  /** A WHATWG label for the "replacement" encoding: browsers decode the whole body as one U+FFFD. */
  | { ok: 'replacement'; encoding: 'replacement' }
  /** A WHATWG label the runtime's TextDecoder does not implement (ISO-8859-16): cannot be judged here. */
  | { ok: 'unsupported'; encoding: string };

// WHATWG Encoding labels that Node's TextDecoder (ICU) rejects, and what browsers do with them.
const REPLACEMENT_LABELS = new Set(['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement']);
const UNSUPPORTED_LABELS: ReadonlyMap<string, string> = new Map([['iso-8859-16', 'iso-8859-16']]);

export function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label.trim(), { fatal: true });
  } catch {
    return undefined;
  }
}

export function decodeStrict(bytes: Uint8Array, label: string): StrictDecode {
  const name = label.trim().toLowerCase();
  if (REPLACEMENT_LABELS.has(name)) return { ok: 'replacement', encoding: 'replacement' };
  if (UNSUPPORTED_LABELS.has(name)) return { ok: 'unsupported', encoding: UNSUPPORTED_LABELS.get(name)! };
  // x-user-defined maps every byte to a code point: nothing can fail to decode.
  if (name === 'x-user-defined') return { ok: true, encoding: 'x-user-defined', text: '' };
  const decoder = decoderFor(label);
  if (!decoder) return { ok: 'unknown-label' };
  try {
    return { ok: true, encoding: decoder.encoding, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, encoding: decoder.encoding, offset: firstBadByte(bytes, decoder.encoding) };
  }
}

/**
 * The longest prefix that decodes when more bytes may follow (stream mode tolerates a sequence cut at the end)
 * ends at the first byte the encoding cannot accept: binary search, so a large body costs ~log2(n) decodes.
 */
function firstBadByte(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return firstInvalidUtf8(bytes);
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    const decoder = new TextDecoder(encoding, { fatal: true });
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  // `good` bytes decode as a prefix, possibly ending inside a character the failing byte was meant to finish.
  // Walk back to the start of the unfinished sequence the failing byte belongs to (UTF-8 and multi-byte sets).
  let start = good;
  while (start > 0 && decodes(encoding, bytes.subarray(0, start)) === false) start--;
  return start;
}

/**
 * The start of the first byte sequence that is not UTF-8 (WHATWG Encoding's UTF-8 decoder: no overlongs,
 * surrogates or code points past U+10FFFF), in one linear pass; bytes.length when all of it is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return n;
}

/** True when the bytes decode completely (nothing left unfinished). */
function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding a byte order mark names (WHATWG "BOM sniff", which overrides any charset label), if any. */
export function bomEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16be' | 'utf-16le'; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}
