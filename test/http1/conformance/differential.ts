// The differential test: the same generated valid responses through Node's llhttp, compared with what they
// are (status, headers, de-chunked body, trailers, end offset). Every disagreement must be one of the known
// llhttp deviations below, each decided by the RFC text it cites.
import { bytesOf, type Generated } from './generate';
import { readWithLlhttp, type LlhttpReading } from './llhttp';

export interface Disagreement {
  what: string;
  detail: string;
}

/** How llhttp's reading of a valid response differs from what was generated (empty: it agrees). */
export function disagreements(g: Generated): { reading: LlhttpReading; found: Disagreement[] } {
  const bytes = bytesOf(g.segments);
  // An HTTP/1.0 connection is not persistent: no sentinel after it; llhttp must end exactly at EOF instead.
  const close = g.expected.framing === 'close' || g.expected.version === '1.0';
  const reading = readWithLlhttp(bytes, g.method, close);
  const found: Disagreement[] = [];
  const e = g.expected;
  if (reading.error) found.push({ what: 'error', detail: reading.error });
  const messages = reading.messages;
  const interim = messages.slice(0, e.interim.length).map((m) => m.status);
  if (JSON.stringify(interim) !== JSON.stringify(e.interim)) found.push({ what: 'interim', detail: JSON.stringify(interim) });
  const final = messages[e.interim.length];
  if (!final) {
    if (!reading.error) found.push({ what: 'no final response', detail: '' });
    return { reading, found };
  }
  const same = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) found.push({ what, detail: `${JSON.stringify(got).slice(0, 200)} ≠ ${JSON.stringify(want).slice(0, 200)}` });
  };
  same('version', final.version, e.version);
  same('status', final.status, e.status);
  same('reason', final.reason, e.reason);
  same('headers', final.headers, e.headers);
  same('body', final.body, e.content);
  same('trailers', final.trailers, e.trailers);
  if (!final.complete && !reading.error) found.push({ what: 'end', detail: 'the response never completed' });
  if (!close) {
    const next = messages[e.interim.length + 1];
    if (final.complete && next?.status !== 299 && !reading.error) found.push({ what: 'end', detail: `the next message read is ${next ? next.status : 'none'}, not the sentinel right after the response` });
  }
  return { reading, found };
}

export interface KnownDeviation {
  id: string;
  /** What llhttp does. */
  llhttp: string;
  /** The RFC text that decides it. */
  rfc: string;
  /** True when the response has the shape that triggers it. */
  applies(g: Generated): boolean;
}

const headerTexts = (g: Generated, name: string) => g.segments.filter((s) => s.tag === 'header' && s.name?.toLowerCase() === name).map((s) => s.text);

/** Where llhttp 9 (strict, as Node's http client and fetch use it) misreads a valid response. */
export const KNOWN_DEVIATIONS: KnownDeviation[] = [
  {
    id: 'content-length-trailing-tab',
    llhttp: 'rejects the response (HPE_INVALID_CONTENT_LENGTH: "Invalid character in Content-Length") when a tab follows the value',
    rfc: 'RFC 9110 §5.5: "a field value does not include leading or trailing whitespace"; §5.6.3: OWS = *( SP / HTAB )',
    applies: (g) => headerTexts(g, 'content-length').some((t) => /\d[ \t]*\t[ \t]*\r\n$/.test(t)),
  },
  {
    id: 'chunked-then-tab-or-empty-element',
    llhttp: 'does not recognise chunked when a tab or a comma follows it, and reads the body until the connection closes',
    rfc: 'RFC 9110 §5.6.1: "a recipient MUST accept empty list elements"; §5.5 and §5.6.3: trailing OWS (SP / HTAB) is not part of the value',
    applies: (g) => headerTexts(g, 'transfer-encoding').some((t) => /chunked *[\t,][ \t,]*\r\n$/i.test(t)),
  },
];
