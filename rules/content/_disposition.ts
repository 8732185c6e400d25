// Content-Disposition lines of a response, parsed once per rule (not a rule: files starting with "_" are helpers).
import { headersNamed, type Exchange, type RawHeader } from '../../src/exchange';
import { parseContentDisposition, type ContentDisposition } from '../../src/http/contentDisposition';

export interface ParsedDisposition {
  header: RawHeader;
  disposition: ContentDisposition;
}

/** Every Content-Disposition line that parses (the invalid ones are content/invalid-content-disposition's). */
export function dispositionsOf(exchange: Exchange): ParsedDisposition[] {
  const res = exchange.response;
  if (!res) return [];
  const out: ParsedDisposition[] = [];
  for (const header of headersNamed(res.headers, 'content-disposition')) {
    const parsed = parseContentDisposition(header.value);
    if (parsed.ok) out.push({ header, disposition: parsed.disposition });
  }
  return out;
}
