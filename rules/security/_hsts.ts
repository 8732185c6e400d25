// Strict-Transport-Security as a user agent reads it (RFC 6797 §6.1, §8.1): only the first field counts;
// directives are `name[=token|quoted-string]` separated by ";", names case-insensitive.
import type { Exchange, RawHeader } from '../../src/exchange';
import { headersNamed } from '../../src/exchange';
import { isToken } from '../../src/http/token';
import { unquote } from '../../src/http/mediaType';
import { splitUnquoted } from '../../src/http/quoted';

export interface HstsDirective {
  /** Lower-cased. */
  name: string;
  /** The name as written. */
  written: string;
  /** Unquoted value; undefined when the directive has no "=". */
  value?: string;
  /** The directive's text as written (trimmed). */
  text: string;
}

export interface Hsts {
  header: RawHeader;
  /** Every STS field line (UAs process the first only). */
  all: RawHeader[];
  /** Why the value does not match the grammar, or undefined. */
  syntaxError?: string;
  directives: HstsDirective[];
}

export const ONE_YEAR = 31_536_000;

export function hstsOf(exchange: Exchange): Hsts | undefined {
  const res = exchange.response;
  if (!res) return undefined;
  const all = headersNamed(res.headers, 'Strict-Transport-Security');
  const header = all[0];
  if (!header) return undefined;
  const directives: HstsDirective[] = [];
  for (const part of splitUnquoted(header.value, ';')) {
    const text = part.trim();
    if (text === '') continue; // `[ directive ] *( ";" [ directive ] )`: empty directives are allowed
    const eq = text.indexOf('=');
    const written = (eq < 0 ? text : text.slice(0, eq)).trim();
    if (!isToken(written)) return { header, all, directives, syntaxError: `"${written}" is not a directive name (a token)` };
    if (eq < 0) {
      directives.push({ name: written.toLowerCase(), written, text });
      continue;
    }
    const raw = text.slice(eq + 1).trim();
    const value = raw.startsWith('"') ? unquote(raw) : isToken(raw) ? raw : undefined;
    if (value === undefined) {
      const why = raw === '' ? 'has "=" but no value' : 'has a value that is neither a token nor a quoted string';
      return { header, all, directives, syntaxError: `directive "${text}" ${why}` };
    }
    directives.push({ name: written.toLowerCase(), written, value, text });
  }
  return { header, all, directives };
}

/** max-age in seconds when the policy is one a UA applies (valid, no duplicates, no valued includeSubDomains). */
export function effectiveMaxAge(hsts: Hsts): number | undefined {
  if (hsts.syntaxError) return undefined;
  const names = hsts.directives.map((d) => d.name).filter((n) => n === 'max-age' || n === 'includesubdomains');
  if (new Set(names).size !== names.length) return undefined; // browsers reject these repeated
  if (hsts.directives.some((d) => d.name === 'includesubdomains' && d.value !== undefined)) return undefined;
  const maxAge = hsts.directives.find((d) => d.name === 'max-age');
  if (!maxAge || maxAge.value === undefined || !/^[0-9]+$/.test(maxAge.value)) return undefined;
  return Number(maxAge.value);
}

export function has(hsts: Hsts, name: string): boolean {
  return hsts.directives.some((d) => d.name === name);
}

/** "1 day", "6 months", "2 years": a human reading of a number of seconds. */
export function duration(seconds: number): string {
  const units: Array<[number, string]> = [[ONE_YEAR, 'year'], [2_592_000, 'month'], [86_400, 'day'], [3_600, 'hour'], [60, 'minute']];
  for (const [size, unit] of units) {
    if (seconds >= size) {
      const n = Math.round((seconds / size) * 10) / 10;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
