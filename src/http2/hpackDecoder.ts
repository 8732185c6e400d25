// HPACK decoder (RFC 7541 §6). Field names and values are kept as latin1 strings, byte for byte.
// It never throws: a malformed block ends decoding with an error (a connection error, COMPRESSION_ERROR),
// and it is bounded by the header list size and the table size we advertised.
import { huffmanDecode } from './huffman';
import { DynamicTable, ENTRY_OVERHEAD } from './hpackTable';

export type Representation = 'indexed' | 'literal-with-indexing' | 'literal-without-indexing' | 'literal-never-indexed';

export interface DecodedField {
  name: string;
  value: string;
  representation: Representation;
  /** Table index of the field (indexed) or of its name (literal with indexed name). */
  index?: number;
  nameHuffman?: boolean;
  valueHuffman?: boolean;
  /** Offset of the representation's first byte within the header block. */
  offset: number;
  /** Bytes the representation takes in the block. */
  length: number;
}

export interface HpackError {
  /** Offset within the header block where decoding failed. */
  offset: number;
  reason: string;
}

export interface DecodedBlock {
  fields: DecodedField[];
  /** Dynamic table size updates at the start of the block. */
  sizeUpdates: number[];
  error?: HpackError;
}

export interface DecoderLimits {
  /** SETTINGS_HEADER_TABLE_SIZE we advertised: the most a size update may ask for. */
  maxTableSize: number;
  /** Most decoded octets (Σ name + value + 32) in one block; beyond is an error (a bomb). */
  maxHeaderListSize: number;
}

class Fail {
  constructor(readonly offset: number, readonly reason: string) {}
}

export class HpackDecoder {
  readonly table: DynamicTable;
  private broken: HpackError | undefined;

  constructor(private readonly limits: DecoderLimits = { maxTableSize: 4096, maxHeaderListSize: 64 * 1024 }) {
    this.table = new DynamicTable(limits.maxTableSize);
  }

  /** Decodes one complete header block. After an error, the shared table is unreliable: later blocks fail too. */
  decode(block: Buffer): DecodedBlock {
    const fields: DecodedField[] = [];
    const sizeUpdates: number[] = [];
    if (this.broken) return { fields, sizeUpdates, error: { offset: 0, reason: `decoding stopped after an earlier error (${this.broken.reason})` } };
    let pos = 0;
    let listSize = 0;
    try {
      while (pos < block.length) {
        const start = pos;
        const first = block[pos]!;
        if (first & 0x80) {
          const [index, next] = readInteger(block, pos, 7);
          pos = next;
          if (index === 0) throw new Fail(start, 'indexed field with index 0');
          const entry = this.table.get(index);
          if (!entry) throw new Fail(start, `index ${index} is not in the table`);
          fields.push({ name: entry[0], value: entry[1], representation: 'indexed', index, offset: start, length: pos - start });
        } else if ((first & 0xe0) === 0x20) {
          if (fields.length > 0) throw new Fail(start, 'a dynamic table size update after the first field of a block');
          const [size, next] = readInteger(block, pos, 5);
          pos = next;
          if (size > this.limits.maxTableSize) throw new Fail(start, `table size update to ${size}, above the ${this.limits.maxTableSize} we allowed`);
          this.table.setCapacity(size);
          sizeUpdates.push(size);
        } else {
          const withIndexing = (first & 0xc0) === 0x40;
          const prefix = withIndexing ? 6 : 4;
          const representation: Representation = withIndexing ? 'literal-with-indexing' : first & 0x10 ? 'literal-never-indexed' : 'literal-without-indexing';
          const [index, afterIndex] = readInteger(block, pos, prefix);
          pos = afterIndex;
          let name: string;
          let nameHuffman: boolean | undefined;
          if (index === 0) {
            const s = readString(block, pos, this.limits.maxHeaderListSize);
            name = s.text;
            nameHuffman = s.huffman;
            pos = s.next;
          } else {
            const entry = this.table.get(index);
            if (!entry) throw new Fail(start, `name index ${index} is not in the table`);
            name = entry[0];
          }
          const v = readString(block, pos, this.limits.maxHeaderListSize);
          pos = v.next;
          if (withIndexing) this.table.add(name, v.text);
          fields.push({
            name,
            value: v.text,
            representation,
            ...(index !== 0 ? { index } : { nameHuffman }),
            valueHuffman: v.huffman,
            offset: start,
            length: pos - start,
          });
        }
        const last = fields[fields.length - 1];
        if (last && last.offset === start) {
          listSize += last.name.length + last.value.length + ENTRY_OVERHEAD;
          if (listSize > this.limits.maxHeaderListSize) {
            throw new Fail(start, `the decoded header list exceeds ${this.limits.maxHeaderListSize} bytes (--max-header-size)`);
          }
        }
      }
    } catch (err) {
      const fail = err instanceof Fail ? err : new Fail(pos, String(err));
      this.broken = { offset: fail.offset, reason: fail.reason };
      return { fields, sizeUpdates, error: this.broken };
    }
    return { fields, sizeUpdates };
  }
}

/** Integer with an N-bit prefix (§5.1); rejects values beyond 2^31 - 1 (no legitimate use, and bounded). */
export function readInteger(buf: Buffer, pos: number, prefixBits: number): [number, number] {
  if (pos >= buf.length) throw new Fail(pos, 'truncated integer');
  const max = (1 << prefixBits) - 1;
  let value = buf[pos]! & max;
  pos++;
  if (value < max) return [value, pos];
  let shift = 0;
  for (;;) {
    if (pos >= buf.length) throw new Fail(pos, 'truncated integer');
    const byte = buf[pos++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (value > 0x7fffffff) throw new Fail(pos, 'integer too large');
    if ((byte & 0x80) === 0) return [value, pos];
  }
}

function readString(buf: Buffer, pos: number, maxLength: number): { text: string; huffman: boolean; next: number } {
  if (pos >= buf.length) throw new Fail(pos, 'truncated string');
  const huffman = (buf[pos]! & 0x80) !== 0;
  const [length, start] = readInteger(buf, pos, 7);
  if (start + length > buf.length) throw new Fail(pos, `string length ${length} runs past the end of the block`);
  const raw = buf.subarray(start, start + length);
  if (!huffman) return { text: raw.toString('latin1'), huffman, next: start + length };
  const decoded = huffmanDecode(raw, maxLength);
  if (!decoded.ok) throw new Fail(pos, decoded.reason);
  return { text: decoded.bytes.toString('latin1'), huffman, next: start + length };
}
