// Where the absence of a security header matters: a document a browser renders (HTML, XHTML, SVG, XML shown
// inline) in a successful response with content. Never a JSON API, a 204/205/206, a redirect or a 304.
import type { Exchange, ResponseMessage } from '../../src/exchange';
import { headerNamed } from '../../src/exchange';
import { parseMediaType } from '../../src/http/mediaType';

const ACTIVE = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml']);

export interface ActiveDocument {
  res: ResponseMessage;
  /** The media type's essence, e.g. "text/html". */
  type: string;
}

export function activeDocument(exchange: Exchange): ActiveDocument | undefined {
  const res = exchange.response;
  if (!res || res.status < 200 || res.status > 299 || res.status === 204 || res.status === 205 || res.status === 206) return undefined;
  const ct = headerNamed(res.headers, 'Content-Type');
  if (!ct) return undefined;
  const parsed = parseMediaType(ct.value);
  if (!parsed.ok || !ACTIVE.has(parsed.mediaType.essence)) return undefined;
  const disposition = headerNamed(res.headers, 'Content-Disposition');
  if (disposition && /^\s*attachment\b/i.test(disposition.value)) return undefined;
  return { res, type: parsed.mediaType.essence };
}

/** "an HTML response (text/html)" */
export function describeDocument(doc: ActiveDocument): string {
  const kind = doc.type === 'text/html' ? 'an HTML' : doc.type === 'image/svg+xml' ? 'an SVG' : doc.type === 'application/xhtml+xml' ? 'an XHTML' : 'an XML';
  return `${kind} document (${doc.type}, status ${doc.res.status})`;
}
