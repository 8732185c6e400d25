// Small helpers so every rule states its evidence the same way: the exact bytes or line, and where they are.
import type { Exchange, RawHeader, ResponseMessage } from '../exchange';
import { printable } from '../text/escape';
import type { Location, RuleFinding } from './rule';

export { printable } from '../text/escape';

/** "Content-Length: 5 at byte 38" */
export function headerEvidence(header: RawHeader): string {
  return `${header.raw} at byte ${header.offset}`;
}

export function headerLocation(header: RawHeader, part: 'header' | 'trailer' = 'header'): Location {
  return { part, offset: header.offset, header: header.name };
}

/** 'status line "HTTP/1.1 206 Partial Content" at byte 0' */
export function statusLineEvidence(message: Pick<ResponseMessage, 'statusLine' | 'offset'>): string {
  return `status line "${printable(message.statusLine, 100)}" at byte ${message.offset}`;
}

export function statusLineLocation(message: Pick<ResponseMessage, 'offset'>): Location {
  return { part: 'status-line', offset: message.offset };
}

/** 'status line "HTTP/1.1 405 Method Not Allowed" at byte 0; no Allow among 3 header lines' */
export function missingHeaderEvidence(message: ResponseMessage, name: string): string {
  return `${statusLineEvidence(message)}; no ${name} among ${plural(message.headers.length, 'header line')}`;
}

/** "5 bytes: 68 65 6c 6c 6f ("hello")": a hex preview of the first bytes, with their printable text. */
export function bytesEvidence(bytes: Buffer, total = bytes.length, max = 16): string {
  const shown = bytes.subarray(0, max);
  const hex = [...shown].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const text = [...shown].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  const more = total > shown.length ? ' …' : '';
  return `${total} byte${total === 1 ? '' : 's'}: ${hex}${more} ("${text}"${more})`;
}

/**
 * The bytes that followed a message that ends at its header block (204, 304, a response to HEAD): one finding
 * pointing at them, or none when nothing followed.
 */
export function extraBytesFindings(exchange: Exchange, subject: string): RuleFinding[] {
  const extra = exchange.extra;
  if (!extra || extra.length <= 0) return [];
  const bytes = exchange.received.subarray(extra.offset, extra.offset + extra.length);
  return [
    {
      message: `${plural(extra.length, 'byte')} follow the header block of ${subject}`,
      evidence: `at byte ${extra.offset}: ${bytesEvidence(bytes, extra.length)}`,
      location: { part: 'extra', offset: extra.offset },
    },
  ];
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
