// The Link fields of a response, parsed once, with byte-exact evidence for a piece of one (RFC 8288 rules).
import { printable } from '../../src/engine/evidence';
import type { Location } from '../../src/engine/rule';
import { headersNamed, type Exchange, type RawHeader } from '../../src/exchange';
import { parseLink, type ParsedLink } from '../../src/http/link';

export const RFC8288 = 'https://www.rfc-editor.org/rfc/rfc8288';

export interface LinkField {
  header: RawHeader;
  parsed: ParsedLink;
  /** Byte offset (in the received stream) of a position in the field value. */
  at(valueOffset: number): number;
}

export function linkFieldsOf(exchange: Exchange): LinkField[] {
  const res = exchange.response;
  if (!res) return [];
  return headersNamed(res.headers, 'link').map((header) => {
    const colon = header.raw.indexOf(':');
    const start = header.raw.indexOf(header.value, colon + 1);
    return { header, parsed: parseLink(header.value), at: (offset: number) => (start < 0 ? header.offset : header.offset + start + offset) };
  });
}

/** 'Link: </a.css>; rel=preload at byte 17: "</a.css>; rel=preload" at byte 23' */
export function linkEvidence(field: LinkField, text: string, valueOffset: number): string {
  return `${printable(field.header.raw, 160)} at byte ${field.header.offset}: "${printable(text, 80)}" at byte ${field.at(valueOffset)}`;
}

export function linkLocation(field: LinkField, valueOffset: number): Location {
  return { part: 'header', offset: field.at(valueOffset), header: field.header.name };
}
