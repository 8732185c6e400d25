// The Link fields of a response, parsed once, with byte-exact evidence for a piece of one (RFC 8288 rules).
import { printable } from '../../src/engine/evidence';
import type { Location } from '../../src/engine/rule';
import { headersNamed, type Exchange, type RawHeader } from '../../src/exchange';
import { parseLink, type ParsedLink } from '../../src/http/link';

export const RFC8288 = 'https://www.rfc-editor.org/rfc/rfc8288';

export interface LinkField {
  header: RawHeader;
  /** 'interim' for a Link of a 103 Early Hints response, where preload hints usually travel. */
  part: 'header' | 'interim';
  parsed: ParsedLink;
  /** Byte offset (in the received stream) of a position in the field value. */
  at(valueOffset: number): number;
}

/** Link fields of the 103 Early Hints responses, then of the final response. */
export function linkFieldsOf(exchange: Exchange): LinkField[] {
  const hints = exchange.interim.filter((m) => m.status === 103).flatMap((m) => headersNamed(m.headers, 'link').map((h) => fieldOf(h, 'interim')));
  const final = exchange.response ? headersNamed(exchange.response.headers, 'link').map((h) => fieldOf(h, 'header')) : [];
  return [...hints, ...final];
}

function fieldOf(header: RawHeader, part: LinkField['part']): LinkField {
  const colon = header.raw.indexOf(':');
  const start = header.raw.indexOf(header.value, colon + 1);
  return { header, part, parsed: parseLink(header.value), at: (offset: number) => (start < 0 ? header.offset : header.offset + start + offset) };
}

/** 'Link: </a.css>; rel=preload at byte 17: "</a.css>; rel=preload" at byte 23' */
export function linkEvidence(field: LinkField, text: string, valueOffset: number): string {
  return `${printable(field.header.raw, 160)} at byte ${field.header.offset}: "${printable(text, 80)}" at byte ${field.at(valueOffset)}`;
}

export function linkLocation(field: LinkField, valueOffset: number): Location {
  return { part: field.part, offset: field.at(valueOffset), header: field.header.name };
}
