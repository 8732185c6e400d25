// The HPACK dynamic table (RFC 7541 §2.3.2, §4): newest entry first, size = Σ(name + value + 32) octets.
import { STATIC_TABLE } from './hpackStatic';

export const ENTRY_OVERHEAD = 32;

export class DynamicTable {
  private entries: Array<[string, string]> = [];
  private bytes = 0;

  constructor(private maxSize = 4096) {}

  get size(): number {
    return this.bytes;
  }

  get capacity(): number {
    return this.maxSize;
  }

  get length(): number {
    return this.entries.length;
  }

  setCapacity(max: number): void {
    this.maxSize = max;
    this.evict(0);
  }

  add(name: string, value: string): void {
    const size = name.length + value.length + ENTRY_OVERHEAD;
    // An entry larger than the table empties it and is not added (§4.4).
    this.evict(size);
    if (size <= this.maxSize) {
      this.entries.unshift([name, value]);
      this.bytes += size;
    }
  }

  /** Index 1–61 is the static table, 62… the dynamic table (newest first). */
  get(index: number): readonly [string, string] | undefined {
    if (index >= 1 && index <= STATIC_TABLE.length) return STATIC_TABLE[index - 1];
    return this.entries[index - STATIC_TABLE.length - 1];
  }

  /** [name, value] pairs, newest first (for tests and the -vv report). */
  snapshot(): Array<[string, string]> {
    return this.entries.map(([n, v]) => [n, v]);
  }

  private evict(room: number): void {
    while (this.entries.length > 0 && this.bytes + room > this.maxSize) {
      const [n, v] = this.entries.pop()!;
      this.bytes -= n.length + v.length + ENTRY_OVERHEAD;
    }
  }
}
