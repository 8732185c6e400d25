// An RFC 9651 Item whose bare item is a Date (§3.3.7: "@" sf-integer, seconds since the epoch), as the
// Deprecation field (RFC 9745 §2.1) uses it. Says why a value is not one; never throws.

export type SfDate = { ok: true; date: Date; seconds: number } | { ok: false; reason: string };

const KEY = /^[a-z*][a-z0-9_\-.*]*/;
const BARE_ITEM = [
  /^-?\d{1,12}\.\d{1,3}(?![\d.])/, // decimal
  /^-?\d{1,15}(?![\d.])/, // integer
  /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*"/, // string
  /^[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*/, // token
  /^:[A-Za-z0-9+/=]*:/, // byte sequence
  /^\?[01]/, // boolean
  /^@-?\d{1,15}(?![\d.])/, // date
  /^%"(?:[\x20\x21\x23\x24\x26-\x5b\x5d-\x7e]|%[0-9a-f]{2}|\\["\\])*"/, // display string
];

/** Parses a field value that must be an sf-date Item (parameters allowed, and ignored). */
export function parseSfDate(value: string): SfDate {
  const text = value.replace(/^ +| +$/g, '');
  if (text === '') return { ok: false, reason: 'the value is empty' };
  const m = /^@(-?)(\d+)/.exec(text);
  if (!m) return { ok: false, reason: describe(text) };
  if (m[2]!.length > 15) return { ok: false, reason: 'the integer has more than 15 digits' };
  let rest = text.slice(m[0].length);
  if (/^[\d.]/.test(rest)) return { ok: false, reason: 'a date is a whole number of seconds ("@1688169599"), not a decimal' };
  while (rest !== '') {
    if (!rest.startsWith(';')) return { ok: false, reason: `unexpected "${rest.slice(0, 20)}" after the date (a Deprecation field holds one date; parameters start with ";")` };
    rest = rest.slice(1).replace(/^ +/, '');
    const key = KEY.exec(rest);
    if (!key) return { ok: false, reason: `"${rest.slice(0, 20)}" is not a parameter key (lowercase letters, digits, "_", "-", ".", "*")` };
    rest = rest.slice(key[0].length);
    if (rest.startsWith('=')) {
      rest = rest.slice(1);
      const item = BARE_ITEM.map((re) => re.exec(rest)).find(Boolean);
      if (!item) return { ok: false, reason: `parameter "${key[0]}" has an invalid value` };
      rest = rest.slice(item[0].length);
    }
  }
  const seconds = Number(`${m[1]}${m[2]}`);
  return { ok: true, seconds, date: new Date(seconds * 1000) };
}

function describe(text: string): string {
  if (/^true$/i.test(text)) return 'the value "true" is the obsolete draft syntax; RFC 9745 requires a date ("@<seconds since 1970>")';
  if (/^\d+$/.test(text)) return 'a number without "@" is an integer, not a date (write "@' + text + '")';
  if (/^[A-Z][a-z]{2}, /.test(text)) return 'an HTTP-date is the draft syntax; RFC 9745 requires a structured date ("@<seconds since 1970>")';
  return 'not a structured-field date ("@" followed by the seconds since 1970, e.g. "@1688169599")';
}
