// The Deprecation field's value (RFC 9745 §2.1): an RFC 9651 Item whose bare item is a Date ("@" and whole
// seconds since 1970, §3.3.7), parameters allowed. Parsed by the one structured-field parser; this module only
// says, for the common mistakes, why a value is not such a date. Never throws.
import { parseItem } from './structuredFields';

export type SfDate = { ok: true; date: Date; seconds: number } | { ok: false; reason: string };

/** Parses a field value that must be an sf-date Item. */
export function parseSfDate(value: string): SfDate {
  const text = value.replace(/^ +| +$/g, '');
  if (text === '') return { ok: false, reason: 'the value is empty' };
  const hint = mistake(text);
  if (hint) return { ok: false, reason: hint };
  const parsed = parseItem(text);
  if (!parsed.ok) return { ok: false, reason: `${parsed.reason} (at character ${parsed.offset})` };
  const item = parsed.value.bare;
  if (item.type !== 'date') return { ok: false, reason: `it is a structured ${item.type}, not a date ("@" followed by the seconds since 1970, e.g. "@1688169599")` };
  return { ok: true, seconds: item.value, date: new Date(item.value * 1000) };
}

function mistake(text: string): string | undefined {
  if (/^true$/i.test(text)) return 'the value "true" is the obsolete draft syntax; RFC 9745 requires a date ("@<seconds since 1970>")';
  if (/^\d+$/.test(text)) return `a number without "@" is an integer, not a date (write "@${text}")`;
  if (/^[A-Z][a-z]{2}, /.test(text)) return 'an HTTP-date is the draft syntax; RFC 9745 requires a structured date ("@<seconds since 1970>")';
  return undefined;
}
