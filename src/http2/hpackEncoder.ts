// HPACK encoder for the requests we send and the lab's scenarios. Deliberately simple and predictable:
// no dynamic table (so a block can be replayed on any connection), static-table indexing where an exact
// match exists, and per-field choice of Huffman. The lab can ask for any representation, even bad ones.
import { huffmanEncode, huffmanEncodedLength } from './huffman';
import { STATIC_TABLE } from './hpackStatic';
import type { Representation } from './hpackDecoder';

export interface EncodeField {
  name: string;
  value: string;
  /** Default: indexed when the static table has the exact pair, else literal without indexing. */
  representation?: Representation;
  /** Default: Huffman when it is shorter. */
  huffman?: boolean;
}

export function encodeInteger(value: number, prefixBits: number, firstByteFlags: number): Buffer {
  const max = (1 << prefixBits) - 1;
  if (value < max) return Buffer.from([firstByteFlags | value]);
  const bytes = [firstByteFlags | max];
  let rest = value - max;
  while (rest >= 128) {
    bytes.push((rest % 128) + 128);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

export function encodeString(text: string, huffman?: boolean): Buffer {
  const raw = Buffer.from(text, 'latin1');
  const useHuffman = huffman ?? huffmanEncodedLength(raw) < raw.length;
  const body = useHuffman ? huffmanEncode(raw) : raw;
  return Buffer.concat([encodeInteger(body.length, 7, useHuffman ? 0x80 : 0), body]);
}

function staticIndex(name: string, value?: string): number {
  const i = STATIC_TABLE.findIndex(([n, v]) => n === name && (value === undefined || v === value));
  return i + 1; // 0: not found
}

export function encodeField(field: EncodeField): Buffer {
  const exact = staticIndex(field.name, field.value);
  const representation = field.representation ?? (exact ? 'indexed' : 'literal-without-indexing');
  if (representation === 'indexed' && exact) return encodeInteger(exact, 7, 0x80);
  const nameIndex = staticIndex(field.name);
  const [prefix, flags] =
    representation === 'literal-with-indexing' ? [6, 0x40] : representation === 'literal-never-indexed' ? [4, 0x10] : [4, 0x00];
  const parts = [encodeInteger(nameIndex, prefix, flags)];
  if (!nameIndex) parts.push(encodeString(field.name, field.huffman));
  parts.push(encodeString(field.value, field.huffman));
  return Buffer.concat(parts);
}

export function encodeBlock(fields: readonly EncodeField[]): Buffer {
  return Buffer.concat(fields.map(encodeField));
}
