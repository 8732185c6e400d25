// The HPACK Huffman code (RFC 7541 Appendix B). The code is canonical: codes of equal length are consecutive
// in symbol order, so the table is fully given by each symbol's code length (257 symbols, 256 = EOS).
const LENGTHS: readonly number[] = [
  // 0–31: control characters
  13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  // 32–63: ' ' … '?'
  6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
  // 64–95: '@' … '_'
  13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,
  // 96–127: '`' … DEL
  15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5, 6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,
  // 128–159
  20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23, 24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,
  // 160–191
  22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23, 21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,
  // 192–223
  26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25, 19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,
  // 224–255
  20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23, 26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26,
  // 256: EOS
  30,
];

export const EOS = 256;

/** Codes, right-aligned, derived canonically from the lengths: shortest first, then by symbol. */
function canonicalCodes(): number[] {
  const order = LENGTHS.map((len, sym) => ({ len, sym })).sort((a, b) => a.len - b.len || a.sym - b.sym);
  const codes = new Array<number>(LENGTHS.length).fill(0);
  let code = 0;
  let len = order[0]!.len;
  for (const entry of order) {
    code *= 2 ** (entry.len - len);
    len = entry.len;
    codes[entry.sym] = code;
    code += 1;
  }
  return codes;
}

export function codeLength(symbol: number): number {
  return LENGTHS[symbol]!;
}

interface Tables {
  codes: readonly number[];
  // Decoding tree as two child arrays; a negative child is a leaf: -(symbol + 1).
  zero: number[];
  one: number[];
}

// Built on first use: plain HTTP/1.1 inspections never pay for the tables (start-up).
let tables: Tables | undefined;

function huffmanTables(): Tables {
  if (tables) return tables;
  const codes = canonicalCodes();
  const zero: number[] = [0];
  const one: number[] = [0];
  let nodes = 1;
  for (let sym = 0; sym < LENGTHS.length; sym++) {
    const len = LENGTHS[sym]!;
    const code = codes[sym]!;
    let node = 0;
    for (let bit = len - 1; bit >= 0; bit--) {
      const branch = Math.floor(code / 2 ** bit) % 2 === 1 ? one : zero;
      if (bit === 0) {
        branch[node] = -(sym + 1);
      } else {
        if (!branch[node]) {
          branch[node] = nodes;
          zero[nodes] = 0;
          one[nodes] = 0;
          nodes++;
        }
        node = branch[node]!;
      }
    }
  }
  tables = { codes, zero, one };
  return tables;
}

/** The code of each symbol, right-aligned (RFC 7541 Appendix B). */
export function huffmanCodes(): readonly number[] {
  return huffmanTables().codes;
}

export type HuffmanResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Decodes a Huffman string (§5.2). Errors (never thrown): the EOS symbol inside the string, padding longer than
 * 7 bits, or padding that is not the most significant bits of EOS (all ones).
 */
export function huffmanDecode(input: Buffer, maxOutput = Infinity): HuffmanResult {
  const { zero, one } = huffmanTables();
  const out: number[] = [];
  let node = 0;
  let depth = 0; // bits consumed since the last symbol
  let allOnes = true;
  for (const byte of input) {
    for (let bit = 7; bit >= 0; bit--) {
      const b = (byte >> bit) & 1;
      const next = b ? one[node]! : zero[node]!;
      depth++;
      if (b === 0) allOnes = false;
      if (next < 0) {
        const sym = -next - 1;
        if (sym === EOS) return { ok: false, reason: 'the EOS symbol appears inside a Huffman string' };
        out.push(sym);
        if (out.length > maxOutput) return { ok: false, reason: `a Huffman string decodes to more than ${maxOutput} bytes` };
        node = 0;
        depth = 0;
        allOnes = true;
      } else if (next === 0) {
        return { ok: false, reason: 'invalid Huffman code' };
      } else {
        node = next;
      }
    }
  }
  if (depth > 7) return { ok: false, reason: 'Huffman padding longer than 7 bits' };
  if (!allOnes) return { ok: false, reason: 'Huffman padding is not the most significant bits of EOS (all ones)' };
  return { ok: true, bytes: Buffer.from(out) };
}

export function huffmanEncodedLength(input: Buffer): number {
  let bits = 0;
  for (const byte of input) bits += LENGTHS[byte]!;
  return Math.ceil(bits / 8);
}

export function huffmanEncode(input: Buffer): Buffer {
  const { codes } = huffmanTables();
  const out = Buffer.alloc(huffmanEncodedLength(input));
  let acc = 0; // pending bits, at most 7 + 30 — kept below 2^53 by flushing bytes eagerly
  let accBits = 0;
  let pos = 0;
  for (const byte of input) {
    const len = LENGTHS[byte]!;
    acc = acc * 2 ** len + codes[byte]!;
    accBits += len;
    while (accBits >= 8) {
      accBits -= 8;
      out[pos++] = Math.floor(acc / 2 ** accBits) & 0xff;
      acc %= 2 ** accBits;
    }
  }
  if (accBits > 0) out[pos++] = ((acc << (8 - accBits)) | (0xff >> accBits)) & 0xff;
  return out;
}
