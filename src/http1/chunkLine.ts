// The chunk-size line of a chunked body, exactly per RFC 9112 §7.1 and §7.1.1:
//   chunk-size [ chunk-ext ] CRLF      chunk-size = 1*HEXDIG
//   chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
//   chunk-ext-val = token / quoted-string
// Pure. A line whose size cannot be read is fatal (framing is lost); a readable size with a malformed
// extension or line ending keeps framing (the size is unambiguous) but is still a finding.

import { TCHAR } from '../http/token';

export interface ChunkLineProblem {
  /** Column in the line where the offending bytes start. */
  column: number;
  detail: string;
  /** A recipient may accept it (BWS, RFC 9112 §7.1.1): a warning rather than an error. */
  lenient?: boolean;
}

export type ChunkLine =
  | { kind: 'fatal'; column: number; detail: string }
  | { kind: 'size'; size: number; problems: ChunkLineProblem[] };

const HEX = /^[0-9A-Fa-f]+/;
const TOKEN_CHAR = new RegExp(`[${TCHAR}]`);
/** Bytes a chunk size may have before it exceeds what a safe integer holds (13 hex digits < 2^53). */
const MAX_SIZE_DIGITS = 13;

/** `line` is the text before the LF (so it ends in CR when the line ending is CRLF). */
export function parseChunkLine(line: string): ChunkLine {
  const hex = HEX.exec(line)?.[0];
  if (!hex) {
    return { kind: 'fatal', column: 0, detail: line === '' || line === '\r' ? 'an empty line where a chunk size was expected' : 'the chunk-size line does not start with a hexadecimal size' };
  }
  // Leading zeros are valid (1*HEXDIG): only the significant digits say how large the size is.
  const significant = hex.replace(/^0+(?=.)/, '');
  if (significant.length > MAX_SIZE_DIGITS) return { kind: 'fatal', column: 0, detail: `a chunk size of ${significant.length} hex digits, too large to be real` };
  const size = parseInt(significant, 16);
  const problems: ChunkLineProblem[] = [];
  let body = line;
  if (line.endsWith('\r')) body = line.slice(0, -1);
  else problems.push({ column: line.length, detail: 'the chunk-size line ends in LF without CR (RFC 9112 §7.1 requires CRLF)' });
  let i = hex.length;
  const next = body[i];
  if (next !== undefined && next !== ';' && next !== ' ' && next !== '\t') {
    return { kind: 'fatal', column: i, detail: `the chunk size "${hex}" is followed by ${describe(next)}, not ";" or the end of the line` };
  }
  while (i < body.length) {
    const ws = skipWs(body, i);
    if (ws === body.length) {
      problems.push({ column: i, detail: i === hex.length ? 'whitespace after the chunk size without a chunk extension' : 'whitespace at the end of the chunk-size line' });
      break;
    }
    if (body[ws] !== ';') {
      problems.push({ column: ws, detail: `${describe(body[ws]!)} where a chunk extension (";name") or the end of the line was expected` });
      break;
    }
    if (ws > i) problems.push({ column: i, detail: 'whitespace before ";" in a chunk extension (BWS: senders must not send it, RFC 9112 §7.1.1; Node rejects it)', lenient: true });
    const nameStart = skipWs(body, ws + 1);
    if (nameStart > ws + 1) problems.push({ column: ws + 1, detail: 'whitespace after ";" in a chunk extension (BWS: senders must not send it, RFC 9112 §7.1.1; Node rejects it)', lenient: true });
    const nameEnd = skipToken(body, nameStart);
    if (nameEnd === nameStart) {
      problems.push({ column: nameStart, detail: nameStart >= body.length ? 'a chunk extension without a name (";" at the end of the line)' : `a chunk extension name starting with ${describe(body[nameStart]!)} (it must be a token)` });
      break;
    }
    i = nameEnd;
    const eq = skipWs(body, i);
    if (body[eq] !== '=') {
      if (eq < body.length && body[eq] !== ';') {
        problems.push({ column: eq, detail: `${describe(body[eq]!)} after the chunk extension name "${body.slice(nameStart, nameEnd)}"` });
        break;
      }
      i = eq === body.length ? eq : i; // trailing whitespace or the next ";" is handled by the loop
      if (eq === body.length && eq > nameEnd) {
        problems.push({ column: nameEnd, detail: 'whitespace at the end of a chunk extension' });
        break;
      }
      continue;
    }
    if (eq > i) problems.push({ column: i, detail: 'whitespace before "=" in a chunk extension (BWS: senders must not send it, RFC 9112 §7.1.1; Node rejects it)', lenient: true });
    const valueStart = skipWs(body, eq + 1);
    if (valueStart > eq + 1) problems.push({ column: eq + 1, detail: 'whitespace after "=" in a chunk extension (BWS: senders must not send it, RFC 9112 §7.1.1; Node rejects it)', lenient: true });
    const valueEnd = body[valueStart] === '"' ? skipQuoted(body, valueStart) : skipToken(body, valueStart);
    if (valueEnd < 0) {
      problems.push({ column: valueStart, detail: 'a quoted chunk extension value without its closing quote, or with a control character inside' });
      break;
    }
    if (valueEnd === valueStart) {
      problems.push({ column: valueStart, detail: valueStart >= body.length ? 'a chunk extension "=" without a value' : `a chunk extension value starting with ${describe(body[valueStart]!)} (it must be a token or a quoted string)` });
      break;
    }
    i = valueEnd;
    if (i < body.length && body[i] !== ';' && body[i] !== ' ' && body[i] !== '\t') {
      problems.push({ column: i, detail: `${describe(body[i]!)} inside a chunk extension value` });
      break;
    }
  }
  return { kind: 'size', size, problems };
}

function skipWs(s: string, i: number): number {
  while (s[i] === ' ' || s[i] === '\t') i++;
  return i;
}

function skipToken(s: string, i: number): number {
  while (i < s.length && TOKEN_CHAR.test(s[i]!)) i++;
  return i;
}

/** The index just past the closing quote, or -1 when the string is unterminated or holds a control character. */
function skipQuoted(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const escaped = s.charCodeAt(i + 1);
      if (Number.isNaN(escaped) || (escaped < 0x20 && escaped !== 0x09) || escaped === 0x7f) return -1;
      i++;
      continue;
    }
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return -1;
  }
  return -1;
}

function describe(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x0d) return 'a bare CR';
  if (code === 0) return 'a NUL byte';
  if (code < 0x20 || code === 0x7f) return `the control byte 0x${code.toString(16).padStart(2, '0')}`;
  if (code > 0x7e) return `the byte 0x${code.toString(16)}`;
  if (c === ' ' || c === '\t') return 'whitespace';
  return `"${c}"`;
}
