// Field values whose delimiters may also appear inside quoted-strings (RFC 9110 §5.6.4): find and split only
// outside them. A backslash inside quotes escapes the next character.

/** Index of the first `char` outside quoted-strings, or -1. */
export function indexOfUnquoted(text: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === char) return i;
  }
  return -1;
}

/** The pieces of `value` between `delimiter`s outside quoted-strings (not trimmed). */
export function splitUnquoted(value: string, delimiter: string): string[] {
  const parts: string[] = [];
  let rest = value;
  for (let at = indexOfUnquoted(rest, delimiter); at >= 0; at = indexOfUnquoted(rest, delimiter)) {
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}
