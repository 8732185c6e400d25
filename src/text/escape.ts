// Terminal safety: text that came from the server is shown, never obeyed. Control characters (C0, C1,
// ESC/CSI/OSC introducers) and bidi overrides become visible escapes before anything is printed.

// C0 (but for TAB), DEL, C1 (0x9b is an 8-bit CSI, 0x9d an 8-bit OSC), the Unicode bidi controls that can
// reorder what a reader sees, and the line/paragraph separators some terminals treat as new lines.
export const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Decodes latin1 wire text as UTF-8 when it is valid UTF-8 (what a person expects to read), else keeps it. */
export function wireText(latin1: string): string {
  if (!/[\x80-\xff]/.test(latin1)) return latin1;
  const bytes = Buffer.from(latin1, 'latin1');
  const utf8 = bytes.toString('utf8');
  return Buffer.from(utf8, 'utf8').equals(bytes) ? utf8 : latin1;
}

/** Makes every unsafe character visible: \x1b → "\x1b", LF → "\n", U+202E → "\u202e". */
export function visible(text: string): string {
  return wireText(text).replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Evidence text as received, readable in one line: control characters as \r \n \t \xNN, DEL and bytes
 * 0x80–0xff of latin1 wire text as \xNN (decoded text keeps its non-ASCII letters with `keepNonAscii`), cut to
 * `max` characters with an ellipsis.
 */
export function printable(text: string, max = 200, keepNonAscii = false): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  const unsafe = keepNonAscii ? /[\x00-\x1f\x7f]/g : /[\x00-\x1f\x7f-\xff]/g;
  const escaped = cut.replace(unsafe, (c) => {
    if (c === '\r') return '\\r';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return text.length > max ? `${escaped}…` : escaped;
}
