// Content-Disposition in HTTP responses (RFC 6266 §4.1) and its RFC 8187 ext-values (filename*).
//   content-disposition = disposition-type *( ";" disposition-parm )
//   disposition-parm    = token "=" ( token / quoted-string ) / ext-token "=" ext-value
// RFC 6266 uses RFC 2616's implied linear whitespace, so whitespace around ";" and "=" is allowed. An empty
// parameter (a trailing ";") is tolerated as every browser does; it is not what makes a value unreadable.
import { TCHAR as TCHAR_CLASS } from './token';

export interface DispositionParameter {
  /** Name as written. */
  name: string;
  /** Lower-cased name ("filename", "filename*"). */
  key: string;
  /** Unquoted value for plain parameters; the raw ext-value for names ending in "*". */
  value: string;
  /** True when the value was a quoted-string. */
  quoted: boolean;
}

export interface ContentDisposition {
  /** Lower-cased disposition type ("attachment", "inline", …). */
  type: string;
  parameters: DispositionParameter[];
}

export type ContentDispositionResult =
  | { ok: true; disposition: ContentDisposition }
  /** `unquoted`: the only problem found is a value with spaces or separators that should have been quoted. */
  | { ok: false; reason: string; unquoted?: boolean };

// tchar (RFC 9110 §5.6.2), one character at a time.
const TCHAR = new RegExp(`[${TCHAR_CLASS}]`);

export function parseContentDisposition(value: string): ContentDispositionResult {
  let i = 0;
  const ws = () => {
    while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < value.length && TCHAR.test(value[i]!)) i++;
    return value.slice(start, i);
  };
  const fail = (reason: string): ContentDispositionResult => ({ ok: false, reason });

  ws();
  const type = token();
  if (type === '') return fail(value.trim() === '' ? 'the value is empty' : `it does not start with a disposition type token (found "${value[i]}" at position ${i})`);
  const parameters: DispositionParameter[] = [];
  for (;;) {
    ws();
    if (i >= value.length) break;
    if (value[i] !== ';') return fail(`expected ";" at position ${i}, found "${value[i]}"${parameters.length === 0 ? ` after the type "${type}"` : ''}`);
    i++;
    ws();
    if (i >= value.length || value[i] === ';') continue;
    const name = token();
    if (name === '') return fail(`expected a parameter name at position ${i}, found "${value[i]}"`);
    ws();
    if (value[i] !== '=') return fail(`parameter "${name}" has no "=" and no value`);
    i++;
    ws();
    if (name.endsWith('*')) {
      const start = i;
      while (i < value.length && value[i] !== ';' && value[i] !== ' ' && value[i] !== '\t') i++;
      parameters.push({ name, key: name.toLowerCase(), value: value.slice(start, i), quoted: false });
      continue;
    }
    if (value[i] === '"') {
      const end = quotedEnd(value, i);
      if (end < 0) return fail(`the quoted value of parameter "${name}" is not terminated`);
      parameters.push({ name, key: name.toLowerCase(), value: unescape(value.slice(i + 1, end - 1)), quoted: true });
      i = end;
      continue;
    }
    const start = i;
    const plain = token();
    if (plain === '') return fail(`parameter "${name}" has no value`);
    ws();
    if (i < value.length && value[i] !== ';') {
      const next = value.indexOf(';', i);
      const rest = parseContentDisposition(`${type}${next < 0 ? '' : value.slice(next)}`);
      return { ...fail(`the value of parameter "${name}" is neither a token nor a quoted string ("${value.slice(start, next < 0 ? undefined : next).trim()}": quote it)`), ...(rest.ok ? { unquoted: true } : {}) };
    }
    parameters.push({ name, key: name.toLowerCase(), value: plain, quoted: false });
  }
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.key)) return fail(`parameter "${p.name}" is repeated (RFC 6266 §4.1: names must not be repeated)`);
    seen.add(p.key);
  }
  return { ok: true, disposition: { type: type.toLowerCase(), parameters } };
}

/** Index just past the closing quote of the quoted-string starting at `start`, or -1. */
function quotedEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

function unescape(inner: string): string {
  return inner.replace(/\\(.)/g, '$1');
}

export function dispositionParameter(disposition: ContentDisposition, key: string): DispositionParameter | undefined {
  return disposition.parameters.find((p) => p.key === key);
}

export type ExtValueResult =
  | { ok: true; charset: string; language: string; value: string }
  | { ok: false; reason: string; charset?: string };

// RFC 8187 §3.2.1
const MIME_CHARSET = /^[A-Za-z0-9!#$%&+\-^_`{}~]+$/;
const LANGUAGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

/**
 * Decodes an RFC 8187 ext-value: charset "'" [ language ] "'" value-chars. UTF-8 is the only charset producers
 * may use; ISO-8859-1 (allowed by the obsolete RFC 5987) decodes but is reported by the caller.
 */
export function decodeExtValue(text: string): ExtValueResult {
  if (text.startsWith('"')) return { ok: false, reason: 'it is a quoted string; an ext-value is never quoted (charset\'\'percent-encoded-value)' };
  const first = text.indexOf("'");
  const second = first < 0 ? -1 : text.indexOf("'", first + 1);
  if (first < 0 || second < 0) return { ok: false, reason: 'it lacks the charset\'language\' prefix (e.g. UTF-8\'\'…)' };
  const charset = text.slice(0, first);
  const language = text.slice(first + 1, second);
  const chars = text.slice(second + 1);
  if (!MIME_CHARSET.test(charset)) return { ok: false, reason: charset === '' ? 'the charset is missing (write UTF-8\'\'…)' : `"${charset}" is not a charset name` };
  if (language !== '' && !LANGUAGE.test(language)) return { ok: false, reason: `"${language}" is not a language tag`, charset };
  const bytes: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '%') {
      const hex = chars.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return { ok: false, reason: `"%${hex}" at position ${second + 1 + i} is not a percent-encoded byte`, charset };
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (ATTR_CHAR.test(c)) {
      bytes.push(c.charCodeAt(0));
    } else {
      const code = c.charCodeAt(0);
      const shown = code < 0x21 || code > 0x7e ? `byte 0x${code.toString(16).padStart(2, '0')}` : `"${c}"`;
      return { ok: false, reason: `${shown} at position ${second + 1 + i} must be percent-encoded`, charset };
    }
  }
  const name = charset.toLowerCase();
  const buffer = Buffer.from(bytes);
  if (name === 'utf-8') {
    try {
      return { ok: true, charset, language, value: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
    } catch {
      return { ok: false, reason: 'the percent-decoded bytes are not valid UTF-8', charset };
    }
  }
  if (name === 'iso-8859-1') return { ok: true, charset, language, value: buffer.toString('latin1') };
  return { ok: false, reason: `charset "${charset}" is not supported (use UTF-8)`, charset };
}
