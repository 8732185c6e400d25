// Incremental response framer: fed the received bytes as they arrive, it answers one question —
// is the final response complete, and where does it end? — and records where every message, chunk and
// body byte is. It keeps only the bytes it still needs (a head being read, a chunk-size line), never the
// body, so an endless body costs no memory here. Parsing the whole capture at once is the same framer fed
// everything in one push (see parse.ts), so live capture and offline parsing cannot disagree.
import type { Anomaly, ByteRange, Chunk, ResponseMessage } from '../exchange';
import { framingOf } from './framing';
import { parseChunkLine } from './chunkLine';
import { parseFieldLines, parseHead, type ParsedHead } from './head';

type State =
  | 'head'
  | 'length-body'
  | 'close-body'
  | 'chunk-size'
  | 'chunk-data'
  | 'chunk-data-end'
  | 'trailers'
  | 'done' // final message complete; anything further is extra
  | 'unframed'; // not HTTP, or framing broke: everything to EOF is unaccounted

export interface FramerOptions {
  method: string;
  /** Largest header section (and trailer section) accepted. */
  maxHeaderBytes: number;
}

const MAX_CHUNK_LINE = 4096;

export class ResponseFramer {
  readonly messages: ResponseMessage[] = [];
  readonly anomalies: Anomaly[] = [];
  /** Offset where the final response ended (set once state is 'done'). */
  finalEnd: number | undefined;
  /** Set when the head could not be read at all (not HTTP, or too large). */
  unparsed: { offset: number; reason: string } | undefined;
  /** Total bytes pushed. */
  total = 0;

  private state: State = 'head';
  /** Bytes kept for the part being parsed (head, chunk-size line, trailers) and the offset they start at. */
  private pending: Buffer = Buffer.alloc(0);
  private pendingStart = 0;
  private remaining = 0;
  private current: ResponseMessage | undefined;

  constructor(private readonly options: FramerOptions) {}

  /** True once the final response is complete (its framing says it ended). */
  get finalComplete(): boolean {
    return this.state === 'done';
  }

  /** True while the body runs until the connection closes. */
  get readsToClose(): boolean {
    return this.state === 'close-body' || this.state === 'unframed';
  }

  get headComplete(): boolean {
    return this.messages.length > 0 && this.state !== 'head';
  }

  push(chunk: Buffer): void {
    const start = this.total;
    this.total += chunk.length;
    this.consume(chunk, start);
  }

  /**
   * The connection ended. `eof`: the server closed it (a close-delimited body is then complete);
   * otherwise reading stopped early (timeout, limit, interrupt) and whatever is open stays incomplete.
   */
  end(eof = true): void {
    const message = this.current;
    switch (this.state) {
      case 'close-body':
        if (eof) {
          message!.complete = true;
          this.finish(this.total);
        } else {
          message!.body = { offset: message!.headerEnd, length: this.total - message!.headerEnd };
        }
        break;
      case 'head':
        if (this.pending.length > 0) this.endInsideHead();
        else if (this.messages.length > 0) {
          this.anomalies.push({
            id: 'incomplete-head',
            offset: this.total,
            detail: `the connection ended after an interim ${this.messages[this.messages.length - 1]!.status} response, before the final response`,
          });
        }
        break;
      case 'unframed':
        if (this.unframedFrom) this.unframedFrom.body = { offset: this.unframedFrom.headerEnd, length: this.total - this.unframedFrom.headerEnd };
        break;
      case 'length-body':
      case 'chunk-size':
      case 'chunk-data':
      case 'chunk-data-end':
      case 'trailers':
        message!.body = { offset: message!.headerEnd, length: this.total - message!.headerEnd };
        if (this.state !== 'length-body') {
          this.anomalies.push({
            id: 'invalid-chunked-encoding',
            offset: this.total,
            detail:
              this.state === 'trailers'
                ? 'the connection ended after the last chunk but before the blank line that ends the chunked body'
                : 'the connection ended before the terminating zero-size chunk: the chunked body is truncated',
          });
        }
        break;
      case 'done':
        break;
    }
  }

  private consume(chunk: Buffer, offset: number): void {
    let data = chunk;
    let at = offset;
    while (data.length > 0) {
      const used = this.step(data, at);
      data = data.subarray(used);
      at += used;
    }
  }

  /** Consumes a prefix of `data` (starting at absolute offset `at`) and returns how many bytes it used. */
  private step(data: Buffer, at: number): number {
    switch (this.state) {
      case 'head':
        return this.readHead(data, at);
      case 'length-body': {
        const n = Math.min(this.remaining, data.length);
        this.addContent(at, n);
        this.remaining -= n;
        if (this.remaining === 0) this.completeMessage(at + n);
        return n;
      }
      case 'close-body':
        this.addContent(at, data.length);
        return data.length;
      case 'chunk-size':
        return this.readChunkSize(data, at);
      case 'chunk-data': {
        const n = Math.min(this.remaining, data.length);
        this.addContent(at, n);
        this.remaining -= n;
        if (this.remaining === 0) this.setState('chunk-data-end', at + n);
        return n;
      }
      case 'chunk-data-end':
        return this.readChunkDataEnd(data, at);
      case 'trailers':
        return this.readTrailers(data, at);
      case 'done':
      case 'unframed':
        return data.length;
    }
  }

  private setState(state: State, at: number): void {
    this.state = state;
    this.pending = Buffer.alloc(0);
    this.pendingStart = at;
  }

  /** Appends to `pending` and returns the combined buffer. */
  private accumulate(data: Buffer): Buffer {
    this.pending = this.pending.length === 0 ? Buffer.from(data) : Buffer.concat([this.pending, data]);
    return this.pending;
  }

  private readHead(data: Buffer, at: number): number {
    const before = this.pending.length;
    const buf = this.accumulate(data);
    // Re-parsing a growing head on every small push would be quadratic: only parse when the head may have
    // ended (a blank line arrived), when the first bytes decide whether this is HTTP at all, or at the limit.
    const from = Math.max(0, before - 3);
    const mayHaveEnded = buf.indexOf('\n\n', from) >= 0 || buf.indexOf('\n\r\n', from) >= 0;
    if (!mayHaveEnded && before >= 5 && buf.length <= this.options.maxHeaderBytes) return data.length;
    const result = parseHead(buf, 0, this.options.maxHeaderBytes, this.pendingStart);
    if (result.kind === 'incomplete') return data.length;
    if (result.kind === 'not-http' || result.kind === 'too-large') {
      this.markUnparsed(result.anomaly, this.pendingStart);
      return data.length;
    }
    const head = result.head;
    const start = this.pendingStart;
    const headerEnd = start + head.headerEnd;
    this.anomalies.push(...head.anomalies);
    const message = this.newMessage(head, start, headerEnd);
    const framing = message.framing;
    this.messages.push(message);
    this.current = message;
    const used = head.headerEnd - before;
    const interim = head.status >= 100 && head.status < 200 && head.status !== 101;
    if (interim) {
      message.complete = true;
      this.setState('head', headerEnd);
    } else if (framing.kind === 'none') {
      this.completeMessage(headerEnd);
    } else if (framing.kind === 'content-length') {
      this.remaining = framing.length ?? 0;
      this.setState('length-body', headerEnd);
      if (this.remaining === 0) this.completeMessage(headerEnd);
    } else if (framing.kind === 'chunked') {
      this.setState('chunk-size', headerEnd);
    } else {
      this.setState('close-body', headerEnd);
    }
    return used;
  }

  private newMessage(head: ParsedHead, start: number, headerEnd: number): ResponseMessage {
    return {
      httpVersion: head.httpVersion,
      status: head.status,
      reason: head.reason,
      statusLine: head.statusLine,
      offset: start,
      headers: head.headers,
      headerEnd,
      framing: framingOf(head.status, head.headers, this.options.method),
      body: { offset: headerEnd, length: 0 },
      content: [],
      contentLength: 0,
      chunks: [],
      trailers: [],
      complete: false,
    };
  }

  private readChunkSize(data: Buffer, at: number): number {
    const before = this.pending.length;
    const buf = this.accumulate(data);
    const lf = buf.indexOf(0x0a);
    // The same limit whether the line arrives in one push or in pieces: live and offline parsing agree.
    if ((lf < 0 && buf.length > MAX_CHUNK_LINE) || lf > MAX_CHUNK_LINE) {
      this.breakChunked(this.pendingStart, `a chunk-size line longer than ${MAX_CHUNK_LINE} bytes`, buf.toString('latin1', 0, 60));
      return data.length;
    }
    if (lf < 0) return data.length;
    const lineStart = this.pendingStart;
    const line = buf.toString('latin1', 0, lf);
    const used = lf + 1 - before;
    const parsed = parseChunkLine(line);
    if (parsed.kind === 'fatal') {
      this.breakChunked(lineStart + parsed.column, parsed.detail, lineEvidence(line, parsed.column));
      return used;
    }
    for (const p of parsed.problems) {
      this.anomalies.push({
        id: 'invalid-chunked-encoding',
        offset: lineStart + p.column,
        detail: p.detail,
        evidence: lineEvidence(line, p.column),
        ...(p.lenient ? { severity: 'warning' as const } : {}),
      });
    }
    const size = parsed.size;
    this.current!.chunks.push({ offset: lineStart, size, dataOffset: lineStart + lf + 1 } satisfies Chunk);
    if (size === 0) {
      this.setState('trailers', lineStart + lf + 1);
    } else {
      this.remaining = size;
      this.setState('chunk-data', lineStart + lf + 1);
    }
    return used;
  }

  private readChunkDataEnd(data: Buffer, at: number): number {
    const before = this.pending.length;
    const buf = this.accumulate(data.subarray(0, Math.max(0, 2 - before)));
    if (buf.length < 2) return data.length < 2 - before ? data.length : 2 - before;
    const used = 2 - before;
    if (buf[0] !== 0x0d || buf[1] !== 0x0a) {
      this.breakChunked(this.pendingStart, 'chunk data is not followed by CRLF (the chunk is longer than its size says, or the CRLF is missing)', buf.toString('latin1'));
      return used;
    }
    this.setState('chunk-size', this.pendingStart + 2);
    return used;
  }

  private readTrailers(data: Buffer, at: number): number {
    const before = this.pending.length;
    const buf = this.accumulate(data);
    const result = parseFieldLines(buf, 0, this.options.maxHeaderBytes, this.pendingStart);
    if (result.kind === 'incomplete') return data.length;
    if (result.kind === 'too-large') {
      this.breakChunked(this.pendingStart, 'the trailer section is larger than the header size limit');
      return data.length;
    }
    this.current!.trailers = result.headers;
    this.anomalies.push(...result.anomalies);
    // Framing fields cannot be trailers (RFC 9110 §6.5.1): the length was needed before the content.
    for (const t of result.headers) {
      const name = t.name.toLowerCase();
      if (name === 'content-length' || name === 'transfer-encoding') {
        this.anomalies.push({ id: 'invalid-header-line', offset: t.offset, detail: `${t.name} in the trailer section: message framing fields are not allowed as trailers (RFC 9110 §6.5.1); a client that merges trailers into the headers may re-frame the message`, evidence: t.raw });
      }
    }
    const end = this.pendingStart + result.end;
    this.completeMessage(end);
    return result.end - before;
  }

  private addContent(at: number, length: number): void {
    if (length === 0 || !this.current) return;
    const message = this.current;
    const last = message.content[message.content.length - 1];
    if (last && last.offset + last.length === at) last.length += length;
    else message.content.push({ offset: at, length } satisfies ByteRange);
    message.contentLength += length;
  }

  private completeMessage(end: number): void {
    const message = this.current!;
    message.complete = true;
    this.finish(end);
  }

  private finish(end: number): void {
    const message = this.current!;
    message.body = { offset: message.headerEnd, length: end - message.headerEnd };
    this.finalEnd = end;
    this.setState('done', end);
  }

  private breakChunked(offset: number, detail: string, evidence?: string): void {
    this.anomalies.push({ id: 'invalid-chunked-encoding', offset, detail, evidence });
    // Framing is lost: like a close-delimited body, everything until EOF belongs to this message.
    const message = this.current!;
    this.setState('unframed', offset);
    message.body = { offset: message.headerEnd, length: 0 };
    this.unframedFrom = message;
  }

  private unframedFrom: ResponseMessage | undefined;

  private markUnparsed(anomaly: Anomaly, offset: number): void {
    this.anomalies.push(anomaly);
    this.unparsed = { offset, reason: anomaly.detail };
    this.setState('unframed', offset);
  }

  /** EOF inside a head: keep what can be read of it, so the status and headers still get reported. */
  private endInsideHead(): void {
    const start = this.pendingStart;
    const head = parseHead(this.pending, 0, this.options.maxHeaderBytes, start);
    if (head.kind === 'not-http' || head.kind === 'too-large') {
      this.markUnparsed(head.anomaly, start);
      return;
    }
    if (head.kind !== 'incomplete') return;
    // Only complete lines count; a line cut off by EOF is reported as such, not judged as a header.
    const lastLf = this.pending.lastIndexOf(0x0a);
    if (lastLf < 0) {
      this.markUnparsed({ id: 'invalid-status-line', offset: start, detail: 'the connection ended inside the status line', evidence: this.pending.toString('latin1', 0, 200) }, start);
      return;
    }
    const lines = this.pending.subarray(0, lastLf + 1);
    const cut = this.pending.subarray(lastLf + 1);
    const patched = parseHead(Buffer.concat([lines, Buffer.from('\r\n')]), 0, Infinity, start);
    if (patched.kind !== 'head') {
      this.markUnparsed({ id: 'invalid-status-line', offset: start, detail: 'the connection ended inside the head', evidence: this.pending.toString('latin1', 0, 200) }, start);
      return;
    }
    // The blank line added to close the head is not the server's: drop any note about it.
    this.anomalies.push(...patched.head.anomalies.filter((a) => a.offset === undefined || a.offset < start + lines.length));
    this.anomalies.push({
      id: 'incomplete-head',
      offset: start + lastLf + 1,
      detail:
        cut.length > 0
          ? `the connection ended in the middle of a header line (${cut.length} bytes), before the blank line that ends the header section`
          : 'the connection ended before the blank line that ends the header section',
      evidence: cut.length > 0 ? cut.toString('latin1', 0, 200) : undefined,
    });
    const message = this.newMessage(patched.head, start, this.total);
    message.complete = false;
    this.messages.push(message);
    this.current = message;
  }

}

/** The chunk-size line as evidence; a long one starts shortly before the offending byte so that it shows. */
function lineEvidence(line: string, column: number): string {
  const text = line.replace(/\r$/, '');
  return column > 120 ? `…${text.slice(column - 40)}` : text;
}
