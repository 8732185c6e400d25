// Small helpers so every rule states its evidence the same way.
import type { RawHeader } from '../exchange';
import type { Location } from './rule';

/** "Content-Length: 5 at byte 38" */
export function headerEvidence(header: RawHeader): string {
  return `${header.raw} at byte ${header.offset}`;
}

export function headerLocation(header: RawHeader, part: 'header' | 'trailer' = 'header'): Location {
  return { part, offset: header.offset, header: header.name };
}

/** "5 bytes: 68 65 6c 6c 6f ("hello")": a hex preview of the first bytes, with their printable text. */
export function bytesEvidence(bytes: Buffer, total = bytes.length, max = 16): string {
  const shown = bytes.subarray(0, max);
  const hex = [...shown].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const text = [...shown].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  const more = total > shown.length ? ' …' : '';
  return `${total} byte${total === 1 ? '' : 's'}: ${hex}${more} ("${text}"${more})`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
