// Keeps every byte in and out of the socket, in order, with the time it arrived — up to a memory limit,
// past which it only counts, so an endless body costs no memory.
import { now } from '../transport/clock';

export interface RecordedChunk {
  direction: 'out' | 'in';
  /** Offset of the chunk's first byte within its direction's stream. */
  offset: number;
  length: number;
  /** Milliseconds since the recorder was created. */
  at: number;
}

export class Recorder {
  readonly chunks: RecordedChunk[] = [];
  private readonly out: Buffer[] = [];
  private readonly in: Buffer[] = [];
  private sentBytes = 0;
  private receivedBytes = 0;
  private keptBytes = 0;
  private readonly start = now();

  constructor(private readonly keepLimit: number) {}

  sent(bytes: Buffer): void {
    this.out.push(bytes);
    this.chunks.push({ direction: 'out', offset: this.sentBytes, length: bytes.length, at: now() - this.start });
    this.sentBytes += bytes.length;
  }

  received(bytes: Buffer): void {
    if (this.chunks.length < 100_000) {
      this.chunks.push({ direction: 'in', offset: this.receivedBytes, length: bytes.length, at: now() - this.start });
    }
    this.receivedBytes += bytes.length;
    const room = this.keepLimit - this.keptBytes;
    if (room <= 0) return;
    const kept = bytes.length <= room ? bytes : bytes.subarray(0, room);
    this.in.push(kept);
    this.keptBytes += kept.length;
  }

  get receivedTotal(): number {
    return this.receivedBytes;
  }

  sentBuffer(): Buffer {
    return Buffer.concat(this.out);
  }

  receivedBuffer(): Buffer {
    return Buffer.concat(this.in);
  }
}
