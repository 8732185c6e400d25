// Pure parser for a response head (status line + header fields) and for field lines in general
// (the same grammar serves trailers). It never throws: malformations become anomalies.
import { TOKEN } from '../http/token';
import type { Anomaly, RawHeader } from '../exchange';

export interface ParsedHead {
  httpVersion: string;
  status: number;
  reason: string;
  statusLine: string;
  headers: RawHeader[];
  /** Offset (relative to the buffer given) just past the blank line ending the head. */
  headerEnd: number;
  anomalies: Anomaly[];
}

export type HeadResult =
  | { kind: 'incomplete' }
  | { kind: 'head'; head: ParsedHead }
  /** The bytes do not start with an HTTP status line; `firstLine` is what they start with. */
  | { kind: 'not-http'; firstLine: string; anomaly: Anomaly }
  | { kind: 'too-large'; anomaly: Anomaly };

// CTLs other than HTAB are not allowed in field values (RFC 9110 §5.5).
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;
const STATUS_LINE = /^HTTP\/(\d)\.(\d) (\d{3}) (.*)$/s;
const LENIENT_STATUS_LINE = /^HTTP\/(\d+)\.(\d+)[ \t]+(\d{3})(?:[ \t](.*))?$/s;

/** A line in a buffer: [start, end) excludes the line ending; `next` is where the next line starts. */
interface Line {
  start: number;
  end: number;
  next: number;
  bareLf: boolean;
}

function nextLine(buf: Buffer, from: number): Line | undefined {
  const lf = buf.indexOf(0x0a, from);
  if (lf < 0) return undefined;
  const crlf = lf > from && buf[lf - 1] === 0x0d;
  return { start: from, end: crlf ? lf - 1 : lf, next: lf + 1, bareLf: !crlf };
}

/** Parses the head starting at `start`. `base` is added to every reported offset. */
export function parseHead(buf: Buffer, start: number, maxBytes: number, base = 0): HeadResult {
  const prefix = buf.subarray(start, start + 5).toString('latin1');
  if (!'HTTP/'.startsWith(prefix) && !prefix.startsWith('HTTP/')) {
    return notHttp(buf, start, base, 'the response does not start with "HTTP/"');
  }
  const first = nextLine(buf, start);
  if (!first) {
    if (buf.length - start > maxBytes) return tooLarge(start, base, maxBytes);
    return { kind: 'incomplete' };
  }
  const statusLine = buf.toString('latin1', first.start, first.end);
  const anomalies: Anomaly[] = [];
  if (first.bareLf) anomalies.push(bareLf(first.start + base, statusLine));

  let httpVersion: string;
  let status: number;
  let reason: string;
  const strict = STATUS_LINE.exec(statusLine);
  const lenient = strict ?? LENIENT_STATUS_LINE.exec(statusLine);
  if (!lenient) return notHttp(buf, start, base, 'the status line is not "HTTP/x.y NNN reason"');
  httpVersion = `${lenient[1]}.${lenient[2]}`;
  status = Number(lenient[3]);
  reason = lenient[4] ?? '';
  if (!strict) {
    anomalies.push({
      id: 'invalid-status-line',
      offset: first.start + base,
      detail: reason === '' && !statusLine.match(/\d{3} $/)
        ? 'the status line has no space after the status code (RFC 9112 §4 requires "HTTP/x.y NNN SP reason")'
        : 'the status line is malformed (RFC 9112 §4: "HTTP/x.y" SP 3DIGIT SP reason)',
      evidence: statusLine,
    });
  } else if (status < 100 || status > 599) {
    anomalies.push({
      id: 'invalid-status-line',
      offset: first.start + base,
      detail: `status code ${status} is outside 100–599 (RFC 9110 §15)`,
      evidence: statusLine,
    });
  } else if (CONTROL.test(reason)) {
    anomalies.push({
      id: 'invalid-status-line',
      offset: first.start + base,
      detail: 'the reason phrase contains a control character',
      evidence: statusLine,
    });
  }
  if (strict && lenient[1] !== '1' && lenient[1] !== '0') {
    anomalies.push({
      id: 'invalid-status-line',
      offset: first.start + base,
      detail: `HTTP/${httpVersion} is not an HTTP/1 version: this syntax carries only HTTP/1.x (RFC 9112 §2.3), so the response is read as HTTP/1.1 at best`,
      evidence: statusLine,
    });
  } else if (strict && httpVersion !== '1.1' && httpVersion !== '1.0') {
    anomalies.push({
      id: 'invalid-status-line',
      offset: first.start + base,
      detail: lenient[1] === '1'
        ? `HTTP/${httpVersion} does not exist; a recipient processes it as HTTP/1.1 (RFC 9110 §2.5), but Node's llhttp rejects the response`
        : `HTTP/${httpVersion} has no status line; a server answering an HTTP/1.1 request sends HTTP/1.1 (RFC 9110 §2.5)`,
      evidence: statusLine,
      severity: 'warning',
    });
  }

  const fields = parseFieldLines(buf, first.next, maxBytes - (first.next - start), base);
  if (fields.kind === 'incomplete') {
    if (buf.length - start > maxBytes) return tooLarge(start, base, maxBytes);
    return { kind: 'incomplete' };
  }
  if (fields.kind === 'too-large') return tooLarge(start, base, maxBytes);
  return {
    kind: 'head',
    head: {
      httpVersion,
      status,
      reason,
      statusLine,
      headers: fields.headers,
      headerEnd: fields.end,
      anomalies: [...anomalies, ...fields.anomalies],
    },
  };
}

export type FieldsResult =
  | { kind: 'incomplete' }
  | { kind: 'too-large' }
  | { kind: 'fields'; headers: RawHeader[]; anomalies: Anomaly[]; end: number };

/**
 * Parses field lines from `from` up to and including the empty line that ends them.
 * Used for the header section and for trailers.
 */
export function parseFieldLines(buf: Buffer, from: number, maxBytes: number, base = 0): FieldsResult {
  const headers: RawHeader[] = [];
  const anomalies: Anomaly[] = [];
  let pos = from;
  for (;;) {
    const line = nextLine(buf, pos);
    if (!line) return buf.length - from > maxBytes ? { kind: 'too-large' } : { kind: 'incomplete' };
    if (line.next - from > maxBytes) return { kind: 'too-large' };
    const text = buf.toString('latin1', line.start, line.end);
    const offset = line.start + base;
    if (line.bareLf) anomalies.push(bareLf(offset, text));
    pos = line.next;
    if (text === '') return { kind: 'fields', headers, anomalies, end: line.next };

    if (text[0] === ' ' || text[0] === '\t') {
      const previous = headers[headers.length - 1];
      anomalies.push({
        id: 'obs-fold',
        offset,
        detail: previous
          ? `a line starting with whitespace continues "${previous.name}" (obsolete line folding)`
          : 'the first header line starts with whitespace',
        evidence: text,
      });
      if (previous) {
        const continued = text.trim();
        previous.value = continued === '' ? previous.value : `${previous.value} ${continued}`.trim();
        previous.raw += `\r\n${text}`;
      }
      continue;
    }

    const colon = text.indexOf(':');
    if (colon < 0) {
      anomalies.push({ id: 'invalid-header-line', offset, detail: 'a header line without a colon', evidence: text });
      continue;
    }
    const rawName = text.slice(0, colon);
    const name = rawName.replace(/[ \t]+$/, '');
    if (name !== rawName) {
      anomalies.push({
        id: 'whitespace-before-colon',
        offset,
        detail: `whitespace between the field name "${name}" and the colon`,
        evidence: text,
      });
    }
    if (!TOKEN.test(name)) {
      anomalies.push({
        id: 'invalid-header-line',
        offset,
        detail: name === '' ? 'a header line with an empty field name' : `"${name}" is not a valid field name (token)`,
        evidence: text,
      });
      continue;
    }
    const value = text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (CONTROL.test(value)) {
      anomalies.push({
        id: 'invalid-header-line',
        offset,
        detail: `the value of "${name}" contains a control character`,
        evidence: text,
      });
    }
    headers.push({ name, value, raw: text, offset });
  }
}

function bareLf(offset: number, text: string): Anomaly {
  return { id: 'bare-lf', offset, detail: 'line ends in LF without CR', evidence: text };
}

function notHttp(buf: Buffer, start: number, base: number, detail: string): HeadResult {
  const lf = buf.indexOf(0x0a, start);
  const end = Math.min(lf < 0 ? buf.length : lf, start + 200);
  let firstLine = buf.toString('latin1', start, end).replace(/\r$/, '');
  // An empty first line says little; show the bytes that follow it instead.
  if (firstLine === '') firstLine = buf.toString('latin1', start, Math.min(buf.length, start + 60));
  return { kind: 'not-http', firstLine, anomaly: { id: 'invalid-status-line', offset: start + base, detail, evidence: firstLine } };
}

function tooLarge(start: number, base: number, maxBytes: number): HeadResult {
  return {
    kind: 'too-large',
    anomaly: {
      id: 'header-section-too-large',
      offset: start + base,
      detail: `the header section is larger than the ${maxBytes}-byte limit (--max-header-size); reading stopped`,
    },
  };
}
