// The HTTP token grammar (RFC 9110 §5.6.2), the one copy every parser and validator uses.

/** tchar: "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA */
export const TCHAR = "!#$%&'*+\\-.^_`|~0-9A-Za-z";

/** A whole string that is one token: `token = 1*tchar`. */
export const TOKEN = new RegExp(`^[${TCHAR}]+$`);

export function isToken(text: string): boolean {
  return TOKEN.test(text);
}
